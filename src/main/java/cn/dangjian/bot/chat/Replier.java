package cn.dangjian.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.MessageObject;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.SessionHosts;
import cn.dangjian.bot.metrics.BotMetrics;

/**
 * The one way a reply leaves the bot: a POST to the message's sessionWebhook, the way DingTalk documents for app
 * robots. In HTTP mode {@code bot.dingtalk.reply-mode=body} answers in the callback's response body instead (the older
 * outgoing robot's behaviour); Stream mode cannot answer on its socket, so it always uses the sessionWebhook.
 * <p>
 * The sessionWebhook comes in the unsigned body: one that is missing, malformed or not on a host of
 * {@link SessionHosts} is never called, and neither is one DingTalk refuses; the answer then goes by
 * {@code bot.dingtalk.session-fallback}: {@code push} (the OpenAPI, to the group or the person; the default) or
 * {@code body} (HTTP mode only). The message has been handled by then, so this never fails the callback.
 */
@Component
public class Replier {

    private static final Logger log = LoggerFactory.getLogger(Replier.class);

    /** What answers when the sessionWebhook cannot. */
    public enum Fallback { PUSH, BODY }

    private final DingTalkProperties properties;
    private final ObjectProvider<Messenger> messenger;
    private final SessionHosts sessionHosts;
    private final Fallback fallback;
    private final BotMetrics metrics;

    public Replier(DingTalkProperties properties, ObjectProvider<Messenger> messenger, SessionHosts sessionHosts,
            @Value("${bot.dingtalk.session-fallback:push}") Fallback fallback, BotMetrics metrics) {
        this.properties = properties;
        this.messenger = messenger;
        this.sessionHosts = sessionHosts;
        this.fallback = fallback;
        this.metrics = metrics;
    }

    /** The body for the callback's response, or empty when the reply went (or will go) another way. */
    public Optional<Map<String, Object>> answerCallback(InboundMessage to, Reply reply) {
        if (properties.replyMode() == DingTalkProperties.ReplyMode.BODY
                || !viaSession(to, reply) && fallback == Fallback.BODY) {
            metrics.replySent();
            return Optional.of(MessageObject.of(message(reply)));
        }
        return Optional.empty();
    }

    /**
     * Posts the reply to the message's sessionWebhook. When that cannot be (see above), pushes it instead, unless
     * the answer may go in the callback's body: then returns false and sends nothing.
     */
    public boolean viaSession(InboundMessage to, Reply reply) {
        boolean bodyLater = fallback == Fallback.BODY && properties.mode() == DingTalkProperties.Mode.HTTP;
        if (!sessionHosts.allows(to.sessionWebhook())) {
            log.warn("msg {}: sessionWebhook {} is not an allowed session host, not called; answering by {}",
                    to.msgId(), SessionHosts.hostOf(to.sessionWebhook()), bodyLater ? "body" : "push");
            return !bodyLater && push(to, reply);
        }
        try {
            messenger.getObject().send(new Destination.Session(to.sessionWebhook(), to.sessionWebhookExpiresAt()),
                    message(reply));
            metrics.replySent();
            return true;
        }
        catch (RuntimeException e) {
            log.warn("msg {}: the sessionWebhook refused the reply ({}); answering by {}", to.msgId(), e.getMessage(),
                    bodyLater ? "body" : "push");
            return !bodyLater && push(to, reply);
        }
    }

    private boolean push(InboundMessage to, Reply reply) {
        Destination where = to.group() ? new Destination.Group(to.conversationId())
                : new Destination.Users(List.of(to.senderStaffId()));
        try {
            messenger.getObject().send(where, message(reply));
            metrics.replySent();
        }
        catch (RuntimeException e) {
            // the message was handled (a record may be stored): the callback still succeeds, the log says why
            // the member saw no answer
            log.error("msg {}: the reply could not be pushed either: {}", to.msgId(), e.getMessage());
        }
        return true;
    }

    static Message message(Reply reply) {
        return reply.markdown() ? new Message.Markdown(reply.title(), reply.text()) : new Message.Text(reply.text());
    }
}
