package cn.dangjian.bot.redis;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * {@code bot.redis.embedded}: run a real redis-server inside the process (the local default and the tests), with its
 * append-only file under {@code bot.redis.data-dir}. It listens on {@code spring.data.redis.port}.
 */
@ConfigurationProperties("bot.redis")
@Validated
public record EmbeddedRedisProperties(
        @DefaultValue("false") boolean embedded,
        @DefaultValue("data/redis") @NotNull Path dataDir) {
}
