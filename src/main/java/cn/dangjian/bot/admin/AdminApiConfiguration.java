package cn.dangjian.bot.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.dangjian.bot.config.BotProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link AdminTokenFilter} in front of every path under {@code /api/v1/}, whichever controller serves it, and
 * in front of the actuator but its health (liveness and readiness included), which orchestrators call without a
 * token: metrics tell who uses the bot how much. With {@code management.server.port} the actuator moves to a port
 * of its own, outside these filters, for a network only operators reach.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiConfiguration {

    static final String PATHS = "/api/v1/*";
    static final String ACTUATOR = "/actuator";

    /** Before every other filter, the token filters included: they rely on the container's reading of the path. */
    @Bean
    FilterRegistrationBean<PathSpellingFilter> pathSpellingFilter(JsonMapper json) {
        FilterRegistrationBean<PathSpellingFilter> registration = new FilterRegistrationBean<>(
                new PathSpellingFilter(json));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(BotProperties properties, JsonMapper json) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(
                new AdminTokenFilter(properties.adminToken(), json));
        registration.addUrlPatterns(PATHS);
        // after character encoding and request observation, before anything that might read the request
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminTokenFilter> actuatorTokenFilter(BotProperties properties, JsonMapper json) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(
                new AdminTokenFilter(properties.adminToken(), json, ACTUATOR + "/health"));
        registration.addUrlPatterns(ACTUATOR + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
