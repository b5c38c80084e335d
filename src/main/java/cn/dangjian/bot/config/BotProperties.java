package cn.dangjian.bot.config;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every feature shares: where {@code bot-config} lives, the zone every date is reasoned in, and the
 * admin API's bearer token (the API is off when it is blank).
 */
@ConfigurationProperties("bot")
public record BotProperties(
        @DefaultValue("bot-config") Path configDir,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        String adminToken) {
}
