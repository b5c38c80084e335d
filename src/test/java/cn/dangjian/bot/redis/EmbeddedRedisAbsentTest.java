package cn.dangjian.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import redis.embedded.RedisServer;

/** The production jar has no embedded Redis (built with {@code -Pprod}): the bot starts without it, as prod runs. */
class EmbeddedRedisAbsentTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedRedisProperties.class)
    @Import({EmbeddedRedis.class, EmbeddedRedisAbsent.class})
    static class RedisParts {
    }

    private final ApplicationContextRunner prodJar = new ApplicationContextRunner()
            .withUserConfiguration(RedisParts.class)
            .withClassLoader(new FilteredClassLoader(RedisServer.class));

    @Test
    void withoutTheLibraryAndWithoutAskingForItTheBotStarts() {
        prodJar.withPropertyValues("bot.redis.embedded=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean("embeddedRedisServer");
        });
    }

    @Test
    void askingForItInABuildWithoutItStopsTheStartSayingWhy() {
        prodJar.withPropertyValues("bot.redis.embedded=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(EmbeddedRedisException.class)
                    .hasMessageContaining("this build of the bot has no embedded Redis");
        });
    }
}
