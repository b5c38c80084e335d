package cn.dangjian.bot.dingtalk;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Wires the DingTalk clients (official SDK for the OpenAPI, java.net.http for the rest) and the outbox. */
@Configuration(proxyBeanMethods = false)
class DingTalkConfiguration {

    @Bean
    AccessTokens dingTalkAccessTokens(DingTalkProperties properties, Clock clock, MeterRegistry meters)
            throws Exception {
        return new AccessTokens(new com.aliyun.dingtalkoauth2_1_0.Client(DingTalkClients.config(properties)),
                properties, clock, meters);
    }

    @Bean
    Transport dingTalkTransport(DingTalkProperties properties, AccessTokens tokens, SessionHosts sessionHosts,
            Clock clock) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JsonMapper json = JsonMapper.builder().build();
        MessageFormats formats = new MessageFormats(json);
        EnterpriseRobot robot = new EnterpriseRobot(
                new com.aliyun.dingtalkrobot_1_0.Client(DingTalkClients.config(properties)), tokens, http, properties,
                formats, json);
        return new Transport(robot, new RobotWebhooks(http, properties, sessionHosts, formats, json, clock));
    }

    @Bean
    RobotFiles robotFiles(DingTalkProperties properties, AccessTokens tokens) throws Exception {
        // a downloadUrl may answer with a redirect to the file's storage
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new RobotFiles(new com.aliyun.dingtalkrobot_1_0.Client(DingTalkClients.config(properties)), tokens,
                http, properties, properties.fileDownload().attempts(), properties.fileDownload().backoff());
    }

    @Bean
    Outbox dingTalkOutbox(StringRedisTemplate redis) {
        return new Outbox(redis);
    }

    @Bean
    Pace pace(StringRedisTemplate redis, Clock clock) {
        return new Pace(redis, clock);
    }

    @Bean
    DingTalkMessenger messenger(Transport transport, Outbox outbox, Pace pace, DingTalkProperties properties,
            Clock clock, MeterRegistry meters) {
        return new DingTalkMessenger(transport, outbox, pace, properties, clock, meters);
    }

    /**
     * The outbox's one polling thread. Boot stops it before Redis, waiting for the send under way, and meters it as
     * {@code executor.*{name=outboxScheduler}}.
     */
    @Bean
    ThreadPoolTaskScheduler outboxScheduler(ThreadPoolTaskSchedulerBuilder builder, DingTalkProperties properties) {
        return builder.poolSize(1).threadNamePrefix("dingtalk-outbox-")
                .awaitTerminationPeriod(Duration.ofSeconds(properties.outbox().lease().toSeconds() / 2 + 1)).build();
    }

    @Bean
    OutboxWorker dingTalkOutboxWorker(Outbox outbox, DingTalkMessenger messenger, DingTalkProperties properties,
            Clock clock, ThreadPoolTaskScheduler outboxScheduler) {
        return new OutboxWorker(outbox, messenger, properties, clock, outboxScheduler);
    }
}
