package cn.dangjian.bot.config;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The settings every feature shares: where {@code bot-config} lives, the zone every date is reasoned in, and the
 * admin API's bearer token (the API is off when it is blank).
 */
@ConfigurationProperties("bot")
@Validated
public record BotProperties(
        @DefaultValue("bot-config") @NotNull Path configDir,
        @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
        String adminToken) {
}
