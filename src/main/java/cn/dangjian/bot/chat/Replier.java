package cn.dangjian.bot.chat;

import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.MessageObject;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.metrics.BotMetrics;

/**
 * The one way a reply leaves the bot. In HTTP mode it travels in the callback's response body (one round trip
 * fewer) unless {@code bot.dingtalk.reply-mode=session}; Stream mode cannot answer on its socket, so it always posts
 * to the message's sessionWebhook.
 */
@Component
public class Replier {

    private final DingTalkProperties properties;
    private final ObjectProvider<Messenger> messenger;
    private final BotMetrics metrics;

    public Replier(DingTalkProperties properties, ObjectProvider<Messenger> messenger, BotMetrics metrics) {
        this.properties = properties;
        this.messenger = messenger;
        this.metrics = metrics;
    }

    /** The body for the callback's response, or empty when the reply went by sessionWebhook. */
    public Optional<Map<String, Object>> answerCallback(InboundMessage to, Reply reply) {
        if (properties.replyMode() == DingTalkProperties.ReplyMode.BODY) {
            metrics.replySent();
            return Optional.of(MessageObject.of(message(reply)));
        }
        viaSession(to, reply);
        return Optional.empty();
    }

    public void viaSession(InboundMessage to, Reply reply) {
        messenger.getObject().send(new Destination.Session(to.sessionWebhook(), to.sessionWebhookExpiresAt()),
                message(reply));
        metrics.replySent();
    }

    static Message message(Reply reply) {
        return reply.markdown() ? new Message.Markdown(reply.title(), reply.text()) : new Message.Text(reply.text());
    }
}
