package cn.dangjian.bot.chat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
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

    private final transient Conversation conversation;
    private final transient Replier replier;
    private final transient DingTalkProperties properties;
    private final transient JsonMapper json;
    /** Answers run here, apart from the SDK's consumer threads, so that the acknowledgement never waits for one. */
    private final transient Executor work;

    public StreamListener(Conversation conversation, Replier replier, DingTalkProperties properties, JsonMapper json,
            @Qualifier("streamAnswerExecutor") Executor work) {
        this.conversation = conversation;
        this.replier = replier;
        this.properties = properties;
        this.json = json;
        this.work = work;
    }

    /**
     * Acknowledges the delivery; the answer follows on another thread. Once the bot is stopping no answer can be
     * started: the delivery is then not acknowledged, so that DingTalk delivers it again (to another instance, or to
     * this one after its restart).
     */
    @Override
    public Map<String, Object> execute(Map<String, Object> payload) {
        InboundMessage message = toInbound(payload, json, properties.robotCode());
        if (message == null) {
            log.warn("Stream delivery on {} is not a robot message; acknowledged and dropped", TOPIC);
            return Map.of();
        }
        try {
            work.execute(() -> answer(message));
        }
        catch (RejectedExecutionException e) {
            log.warn("msg {} received over Stream while the bot is stopping; left for DingTalk to deliver again",
                    message.msgId());
            throw e;
        }
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

    /**
     * The answers' threads. Messages already acknowledged are answered before Redis and the web client stop: Boot
     * stops this executor first and waits for the answers under way (DingTalk will not deliver those again). Metered
     * as {@code executor.*{name=streamAnswerExecutor}}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "stream")
    static class Threads {

        @Bean
        ThreadPoolTaskExecutor streamAnswerExecutor(ThreadPoolTaskExecutorBuilder builder) {
            return builder.corePoolSize(8).maxPoolSize(8).queueCapacity(Integer.MAX_VALUE)
                    .threadNamePrefix("stream-answer-").awaitTerminationPeriod(Duration.ofSeconds(15)).build();
        }
    }
}
