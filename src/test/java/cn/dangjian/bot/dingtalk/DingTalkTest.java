package cn.dangjian.bot.dingtalk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The whole bot with DingTalk played by one WireMock server and time on the tests' {@link MutableClock}. Every test starts
 * with an empty journal, no stubs, an empty outbox and the clock three hours past the last test (so that no cached
 * token is still valid).
 */
public abstract class DingTalkTest extends BotTest {

    public static final String APP_KEY = "dingAppKeyForTests";
    public static final String APP_SECRET = "app-secret-never-logged";
    public static final String ROBOT_CODE = "dingRobotCodeForTests";
    public static final ZoneId ZONE = MutableClock.ZONE;

    protected static final WireMockServer dingtalk = new WireMockServer(options().dynamicPort());

    static {
        dingtalk.start();
        Runtime.getRuntime().addShutdownHook(new Thread(dingtalk::stop));
    }

    @DynamicPropertySource
    static void dingtalkOnWireMock(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + dingtalk.port();
        registry.add("bot.dingtalk.api-url", () -> url);
        registry.add("bot.dingtalk.oapi-url", () -> url);
        registry.add("bot.dingtalk.app-key", () -> APP_KEY);
        registry.add("bot.dingtalk.app-secret", () -> APP_SECRET);
        registry.add("bot.dingtalk.robot-code", () -> ROBOT_CODE);
        registry.add("bot.dingtalk.read-timeout", () -> "2s");
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

    @BeforeEach
    void freshDingTalk() {
        dingtalk.resetAll();
        redis.delete(redis.keys("dj:{outbox}:*"));
        redis.delete(redis.keys("dj:{pace}:*"));
        clock.advance(Duration.ofHours(3));
    }

    protected double pushes(String outcome) {
        return meters.counter("dingtalk.pushes", "outcome", outcome).count();
    }

    protected long outboxSize() {
        Long size = redis.opsForZSet().zCard(Outbox.DUE);
        return size == null ? 0 : size;
    }
}
