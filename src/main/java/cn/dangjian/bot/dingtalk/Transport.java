package cn.dangjian.bot.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One attempt to deliver one message to one destination, by the channel the destination names. */
class Transport {

    private static final Logger log = LoggerFactory.getLogger(Transport.class);

    private final EnterpriseRobot robot;
    private final RobotWebhooks webhooks;

    Transport(EnterpriseRobot robot, RobotWebhooks webhooks) {
        this.robot = robot;
        this.webhooks = webhooks;
    }

    /**
     * Delivers, or throws. Returns what is left to send later: the users DingTalk's flow control held back from a
     * one-to-one push ({@code Users} of at most 20).
     */
    Optional<Destination> deliver(Destination to, Message message) throws SendFailure {
        if (to instanceof Destination.Group group) {
            robot.sendToGroup(group.openConversationId(), message);
        }
        else if (to instanceof Destination.Users users) {
            EnterpriseRobot.UsersResult result = robot.sendToUsers(users.userIds(), message);
            if (!result.invalid().isEmpty()) {
                log.warn("DingTalk does not know {} of {} users of a one-to-one push: {}", result.invalid().size(),
                        users.userIds().size(), result.invalid());
                if (result.invalid().size() == users.userIds().size()) {
                    throw SendFailure.permanent("one-to-one push: DingTalk knows none of the " + users.userIds().size()
                            + " users");
                }
            }
            if (!result.flowControlled().isEmpty()) {
                return Optional.of(new Destination.Users(result.flowControlled()));
            }
        }
        else if (to instanceof Destination.Session session) {
            webhooks.sendToSession(session, message);
        }
        else if (to instanceof Destination.CustomRobot custom) {
            webhooks.sendToCustomRobot(custom, message);
        }
        return Optional.empty();
    }

    /** A destination as a log line may name it: never a webhook URL, token or secret. */
    static String describe(Destination to) {
        if (to instanceof Destination.Group group) {
            return "group " + group.openConversationId();
        }
        if (to instanceof Destination.Users users) {
            return users.userIds().size() + " users";
        }
        if (to instanceof Destination.Session) {
            return "sessionWebhook";
        }
        return "custom robot " + robotLane((Destination.CustomRobot) to);
    }

    /** A short fingerprint of a 自定义机器人's webhook: its pacing lane, and how logs name it. */
    static String robotLane(Destination.CustomRobot robot) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(robot.webhook().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
