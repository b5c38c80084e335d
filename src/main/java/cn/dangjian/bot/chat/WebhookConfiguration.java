package cn.dangjian.bot.chat;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.metrics.BotMetrics;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP callback: {@link WebhookServlet}, and its verification in front of it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "http", matchIfMissing = true)
class WebhookConfiguration {

    static final String PATHS = "/webhook/*";

    /**
     * How long a signed callback's body may take to arrive: DingTalk sends a few kilobytes at once; a client dripping
     * one under a captured header is cut off after this.
     */
    static final Duration BODY_TIME = Duration.ofSeconds(10);

    @Bean
    FilterRegistrationBean<CallbackSignatureFilter> callbackSignatureFilter(DingTalkProperties dingtalk,
            SignLedger ledger, StringRedisTemplate redis, Conversation conversation, Clock clock, JsonMapper json,
            BotMetrics metrics) {
        FilterRegistrationBean<CallbackSignatureFilter> registration = new FilterRegistrationBean<>(
                new CallbackSignatureFilter(dingtalk.appSecret(), ledger, redis, conversation::readAhead, clock, json,
                        metrics, BODY_TIME));
        registration.addUrlPatterns(PATHS);
        // after character encoding and request observation, before anything that reads the request
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    ServletRegistrationBean<WebhookServlet> webhookServlet(Conversation conversation, Replier replier,
            JsonMapper json) {
        return new ServletRegistrationBean<>(new WebhookServlet(conversation, replier, json.writer()),
                WebhookServlet.PATH);
    }

    /** A refused callback's connection closes without the rest of its body being read ({@link UnreadBodies}). */
    @Bean
    TomcatContextCustomizer unreadBodies() {
        return context -> context.getPipeline().addValve(new UnreadBodies());
    }
}
