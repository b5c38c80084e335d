package cn.dangjian.bot.redis;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Configuration;

/**
 * {@code bot.redis.embedded=true} in a build without the embedded Redis (the production jar, {@code -Pprod}): without
 * this the bot would look for a Redis on localhost and fail later with a connection error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("bot.redis.embedded")
@ConditionalOnMissingClass(EmbeddedRedis.SERVER_CLASS)
class EmbeddedRedisAbsent implements InitializingBean {

    @Override
    public void afterPropertiesSet() {
        throw new EmbeddedRedisException(
                "bot.redis.embedded is true, but this build of the bot has no embedded Redis (the production jar "
                        + "leaves it out).",
                "Run the prod profile (SPRING_PROFILES_ACTIVE=prod) or set bot.redis.embedded=false, and point "
                        + "spring.data.redis.* at a Redis server.");
    }
}
