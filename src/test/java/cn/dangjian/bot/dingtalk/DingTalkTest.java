package cn.dangjian.bot.dingtalk;

import java.time.ZoneId;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;

/** The family of the DingTalk package's tests: the shipped bot-config, DingTalk on WireMock. */
public abstract class DingTalkTest extends WireMockBot {

    public static final ZoneId ZONE = MutableClock.ZONE;

    private static final int REDIS_PORT = BotTest.freePort();

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
    }
}
