package cn.dangjian.bot.redis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis client as Spring Boot configures it, without a cost every call paid on the message path (bench/webhook):
 * a proxy around the connection for each call. (The other, an observation per command, is left out in application.yml:
 * LettuceObservationAutoConfiguration.)
 */
@Configuration(proxyBeanMethods = false)
class RedisClientSettings {

    /**
     * The auto-configured template, handing its callbacks the connection itself instead of a proxy that refuses
     * {@code close()}: the bot's callbacks never close one, and the proxy was built anew for each call.
     */
    @Bean
    StringRedisTemplate stringRedisTemplate(RedisConnectionFactory connections) {
        StringRedisTemplate template = new StringRedisTemplate(connections);
        template.setExposeConnection(true);
        return template;
    }
}
