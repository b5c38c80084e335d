package cn.dangjian.bot.dingtalk;

import java.time.Instant;
import java.util.List;

/** Where a message goes. */
public sealed interface Destination {

    /** A group the enterprise robot is in, by openConversationId. */
    record Group(String openConversationId) implements Destination {
    }

    /** One-to-one chats with these staffIds (userid). */
    record Users(List<String> userIds) implements Destination {
        public Users {
            userIds = List.copyOf(userIds);
        }
    }

    /** The sessionWebhook of an incoming message, usable until it expires. */
    record Session(String url, Instant expiresAt) implements Destination {
    }

    /** A 自定义机器人 with 加签. */
    record CustomRobot(String webhook, String secret) implements Destination {
    }
}
