package cn.dangjian.bot.dingtalk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.metrics.BotMetrics;
import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The whole bot with DingTalk played by one WireMock server and time on a {@link MutableClock}. Unlike
 * {@link BotTest}, each family of these tests (a concrete class with its own {@code @DynamicPropertySource} that calls
 * {@link #dingtalkOnWireMock}) runs its own embedded Redis: a test context is cached with its Redis, so two families
 * on one port would collide, and two on one Redis would share an outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.reminders.enabled=false")
@Import(WireMockBot.Clocks.class)
public abstract class WireMockBot {

    public static final String APP_KEY = "dingAppKeyForTests";
    public static final String APP_SECRET = "app-secret-never-logged";
    public static final String ROBOT_CODE = "dingRobotCodeForTests";

    protected static final WireMockServer dingtalk = new WireMockServer(options().dynamicPort());

    static {
        dingtalk.start();
        Runtime.getRuntime().addShutdownHook(new Thread(dingtalk::stop));
    }

    /** Imported, never scanned (no annotation), so that contexts started by {@link BotInstances} do not see it. */
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(BotTest.TODAY.atZone(MutableClock.ZONE).toInstant());
        }
    }

    /** DingTalk on WireMock, and an embedded Redis of the family's own on {@code redisPort}. */
    protected static void dingtalkOnWireMock(DynamicPropertyRegistry registry, int redisPort) {
        Path redisDir;
        try {
            redisDir = Files.createTempDirectory("dj-redis-wiremock");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.data.redis.port", () -> redisPort);
        registry.add("bot.redis.embedded", () -> "true");
        registry.add("bot.redis.data-dir", redisDir::toString);
        String url = "http://127.0.0.1:" + dingtalk.port();
        registry.add("bot.dingtalk.api-url", () -> url);
        registry.add("bot.dingtalk.oapi-url", () -> url);
        // sessionWebhooks of the tests' callbacks point at WireMock, as DingTalk's point at oapi.dingtalk.com
        registry.add("bot.dingtalk.session-hosts", () -> url);
        registry.add("bot.dingtalk.app-key", () -> APP_KEY);
        registry.add("bot.dingtalk.app-secret", () -> APP_SECRET);
        registry.add("bot.dingtalk.robot-code", () -> ROBOT_CODE);
        registry.add("bot.dingtalk.read-timeout", () -> "2s");
        // the tests read the answer from the callback's response; the default, session, is tested on its own
        registry.add("bot.dingtalk.reply-mode", () -> "body");
        registry.add("bot.dingtalk.outbox.poll-interval", () -> "50ms");
        registry.add("bot.dingtalk.outbox.initial-backoff", () -> "10s");
        registry.add("bot.dingtalk.outbox.max-backoff", () -> "10m");
        registry.add("bot.dingtalk.outbox.give-up-after", () -> "1h");
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected MeterRegistry meters;

    /** An empty journal, no stubs, an empty outbox, and the clock three hours on (no cached token is still valid). */
    @BeforeEach
    void freshDingTalk() {
        dingtalk.resetAll();
        redis.delete(redis.keys("dj:{outbox}:*"));
        redis.delete(redis.keys("dj:{pace}:*"));
        clock.advance(Duration.ofHours(3));
    }

    protected double pushes(String outcome) {
        return meters.counter(BotMetrics.PUSHES, "outcome", outcome).count();
    }

    protected long outboxSize() {
        Long size = redis.opsForZSet().zCard(BranchKeys.OUTBOX_DUE);
        return size == null ? 0 : size;
    }
}
