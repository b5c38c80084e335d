package cn.dangjian.bot.chat;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.metrics.BotMetrics;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP callback's verification, in front of {@link WebhookController}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "http", matchIfMissing = true)
class WebhookConfiguration {

    static final String PATHS = "/webhook/*";

    @Bean
    FilterRegistrationBean<CallbackSignatureFilter> callbackSignatureFilter(DingTalkProperties dingtalk,
            SignLedger ledger, Clock clock, JsonMapper json, BotMetrics metrics) {
        FilterRegistrationBean<CallbackSignatureFilter> registration = new FilterRegistrationBean<>(
                new CallbackSignatureFilter(dingtalk.appSecret(), ledger, clock, json, metrics));
        registration.addUrlPatterns(PATHS);
        // after character encoding and request observation, before anything that reads the request
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
