package cn.dangjian.bot.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.dangjian.bot.config.BotProperties;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link AdminTokenFilter} in front of every path under {@code /api/v1/}, whichever controller serves it. */
@Configuration(proxyBeanMethods = false)
class AdminApiConfiguration {

    static final String PATHS = "/api/v1/*";

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(BotProperties properties, JsonMapper json) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(
                new AdminTokenFilter(properties.adminToken(), json));
        registration.addUrlPatterns(PATHS);
        // after character encoding and request observation, before anything that might read the request
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
