package cn.dangjian.bot;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.activity.ActivityStore;

/**
 * A {@link BotTest} that talks to the bot through its webhook as DingTalk does: each test starts with an empty Redis,
 * the clock at {@link #TODAY}, and {@link #dingtalk} ready to send signed callbacks.
 */
public abstract class ChatTest extends BotTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected ActivityStore store;

    protected DingTalkCallbacks dingtalk;

    @BeforeEach
    void anEmptyBranchToday() {
        clock.set(TODAY);
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        dingtalk = new DingTalkCallbacks(port, clock);
    }
}
