package cn.dangjian.bot;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The bot's clock in full-application tests: a {@link MutableClock} starting at {@link BotTest#TODAY}. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(BotTest.TODAY.atZone(MutableClock.ZONE).toInstant());
    }
}
