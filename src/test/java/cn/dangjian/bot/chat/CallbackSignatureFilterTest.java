package cn.dangjian.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The filter on its own, where the whole bot cannot go: a Redis that does not answer. */
class CallbackSignatureFilterTest {

    static final String SECRET = "filter-test-secret";
    static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");

    LettuceConnectionFactory nobodyListens;

    @AfterEach
    void close() {
        nobodyListens.destroy();
    }

    @Test
    void withoutTheSignLedgerAGenuineLookingCallbackIsRefusedNotLetThrough() throws Exception {
        RedisStandaloneConfiguration where = new RedisStandaloneConfiguration("127.0.0.1", BotTest.freePort());
        nobodyListens = new LettuceConnectionFactory(where,
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(1)).build());
        nobodyListens.afterPropertiesSet();
        nobodyListens.start();
        StringRedisTemplate redis = new StringRedisTemplate(nobodyListens);
        CallbackSignatureFilter filter = new CallbackSignatureFilter(SECRET, new SignLedger(redis), redis,
                (message, trip) -> null, Clock.fixed(NOW, ZoneOffset.UTC), JsonMapper.builder().build(),
                new BotMetrics(new SimpleMeterRegistry()), Duration.ofSeconds(10));
        String timestamp = Long.toString(NOW.toEpochMilli());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhook/dingtalk");
        request.addHeader("timestamp", timestamp);
        request.addHeader("sign", Signature.sign(timestamp, SECRET));
        request.setContent(("{\"msgId\":\"msg1\",\"msgtype\":\"text\",\"text\":{\"content\":\"主题党日\"},"
                + "\"conversationType\":\"2\",\"conversationId\":\"cid1\",\"senderStaffId\":\"member01\"}")
                .getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(chain.getRequest()).as("the controller is not reached").isNull();
    }
}
