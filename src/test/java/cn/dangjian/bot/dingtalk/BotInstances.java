package cn.dangjian.bot.dingtalk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;
import cn.dangjian.bot.MutableClock;
import redis.embedded.RedisServer;

/**
 * Several bots, started and stopped at will, sharing one real Redis and one WireMock DingTalk, each on its own
 * {@link MutableClock}: what a deployment of several instances, or a restart, looks like.
 */
public final class BotInstances implements AutoCloseable {

    private final int redisPort = BotTest.freePort();
    private final RedisServer redis;
    public final WireMockServer dingtalk = new WireMockServer(options().dynamicPort());
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    public BotInstances() {
        try {
            redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").setting("appendonly no")
                    .setting("save \"\"").build();
            redis.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dingtalk.start();
    }

    /** A clock for the instance, starting at {@code test.clock.start}. */
    static class Clock {
        @Bean
        @Primary
        MutableClock instanceClock(@Value("${test.clock.start}") String start) {
            return new MutableClock(Instant.parse(start));
        }
    }

    /**
     * What {@code @SpringBootTest} leaves out of component scanning and a plain run would not: the tests' own
     * configurations (BotTest's clock among them), which would clash with this instance's clock.
     */
    static class LeaveOutTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                org.springframework.core.type.classreading.MetadataReaderFactory factory) {
            String enclosing = reader.getClassMetadata().getEnclosingClassName();
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || (enclosing != null && (enclosing.endsWith("Test") || enclosing.endsWith("Tests")));
        }
    }

    public ConfigurableApplicationContext start(Instant now, Map<String, Object> extra) {
        String url = "http://127.0.0.1:" + dingtalk.port();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.jmx.enabled", false);
        properties.put("spring.data.redis.port", redisPort);
        properties.put("bot.redis.embedded", false);
        properties.put("bot.dingtalk.api-url", url);
        properties.put("bot.dingtalk.oapi-url", url);
        properties.put("bot.dingtalk.app-key", DingTalkTest.APP_KEY);
        properties.put("bot.dingtalk.app-secret", DingTalkTest.APP_SECRET);
        properties.put("bot.dingtalk.robot-code", DingTalkTest.ROBOT_CODE);
        // the profile "instances" is not local: production rules, so the admin token a deployment must have
        properties.put("bot.admin-token", "instances-admin-token-for-tests");
        properties.put("bot.dingtalk.outbox.poll-interval", "50ms");
        // no reminders unless a test asks: a start-up sweep would push the demo branch's
        properties.put("bot.reminders.enabled", false);
        properties.put("test.clock.start", now.toString());
        properties.putAll(extra);
        // as command-line arguments: they outrank application.yml, as an operator's would
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DangjianBotApplication.class, Clock.class)
                .profiles("instances")
                .initializers(app -> app.getBeanFactory()
                        .registerSingleton("leaveOutTestConfigurations", new LeaveOutTestConfigurations()))
                .run(args);
        synchronized (running) {
            running.add(context);
        }
        return context;
    }

    public ConfigurableApplicationContext start(Instant now) {
        return start(now, Map.of());
    }

    @Override
    public void close() {
        running.forEach(ConfigurableApplicationContext::close);
        dingtalk.stop();
        try {
            redis.stop();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
