package cn.dangjian.bot.chat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Robot messages of DingTalk's Stream mode ({@code bot.dingtalk.mode=stream}), fed into the same conversation as the
 * HTTP callback. DingTalk redelivers a message whose callback is not acknowledged within some seconds, so each one is
 * acknowledged at once and answered afterwards, through its sessionWebhook: a Stream socket cannot carry the answer.
 *
 * <p>The payload arrives as a map rather than the SDK's {@code ChatbotMessage}, which lacks {@code robotCode}; it has
 * the HTTP callback's fields and is read by the same {@link CallbackPayload}.
 */
@Component
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "stream")
public class StreamListener implements OpenDingTalkCallbackListener<Map<String, Object>, Map<String, Object>> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(StreamListener.class);

    /** The callback topic of robot messages. */
    public static final String TOPIC = "/v1.0/im/bot/messages/get";

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final transient Conversation conversation;
    private final transient Replier replier;
    private final transient DingTalkProperties properties;
    private final transient JsonMapper json;
    /** Answers run here, apart from the SDK's consumer threads, so that the acknowledgement never waits for one. */
    private final transient ExecutorService work = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "stream-answer-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public StreamListener(Conversation conversation, Replier replier, DingTalkProperties properties, JsonMapper json) {
        this.conversation = conversation;
        this.replier = replier;
        this.properties = properties;
        this.json = json;
    }

    /** Acknowledges the delivery; the answer follows on another thread. */
    @Override
    public Map<String, Object> execute(Map<String, Object> payload) {
        InboundMessage message = toInbound(payload, json, properties.robotCode());
        if (message == null) {
            log.warn("Stream delivery on {} is not a robot message; acknowledged and dropped", TOPIC);
            return Map.of();
        }
        work.execute(() -> answer(message));
        return Map.of();
    }

    /** The robot message of a Stream delivery, or null when it is not one. */
    static InboundMessage toInbound(Map<String, Object> payload, JsonMapper json, String configuredRobotCode) {
        CallbackPayload callback;
        try {
            callback = json.convertValue(payload, CallbackPayload.class);
        }
        catch (RuntimeException e) {
            return null;
        }
        if (callback == null || !callback.isRobotMessage()) {
            return null;
        }
        InboundMessage message = callback.toInbound();
        if (message.robotCode() != null && !message.robotCode().isBlank()) {
            return message;
        }
        return message.withRobotCode(configuredRobotCode);
    }

    void answer(InboundMessage message) {
        try {
            Reply reply = conversation.handle(message);
            replier.viaSession(message, reply);
        }
        catch (RuntimeException e) {
            log.error("msg {} received over Stream could not be answered", message.msgId(), e);
        }
    }

    /** Messages already acknowledged are answered before the bot stops: DingTalk will not deliver them again. */
    @PreDestroy
    void finishAnswers() throws InterruptedException {
        work.shutdown();
        if (!work.awaitTermination(15, TimeUnit.SECONDS)) {
            log.warn("Stream answers still running at shutdown were abandoned");
            work.shutdownNow();
        }
    }
}
