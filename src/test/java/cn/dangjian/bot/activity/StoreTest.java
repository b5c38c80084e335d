package cn.dangjian.bot.activity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The store's tests against a real redis-server of each class's own ({@link LocalRedis}), emptied before every test,
 * with a store whose clock stands at {@link #NOW}.
 */
abstract class StoreTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");

    static LocalRedis server;
    StringRedisTemplate redis;
    ActivityStore store;

    @BeforeAll
    static void startRedis() {
        server = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws IOException {
        server.close();
    }

    @BeforeEach
    void emptyStore() {
        redis = server.template();
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        store = new ActivityStore(redis, Clock.fixed(NOW, ZONE));
    }
}
