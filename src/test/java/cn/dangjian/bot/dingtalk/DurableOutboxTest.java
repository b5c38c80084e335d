package cn.dangjian.bot.dingtalk;

import static cn.dangjian.bot.dingtalk.EnterpriseRobotPushTest.GROUP_SEND;
import static cn.dangjian.bot.dingtalk.EnterpriseRobotPushTest.TOKEN;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import cn.dangjian.bot.MutableClock;
import org.springframework.data.redis.core.StringRedisTemplate;
import cn.dangjian.bot.redis.BranchKeys;

/** The outbox outlives the bot: stopped with parcels in it, a new bot on the same Redis delivers each once. */
class DurableOutboxTest {

    static final Instant T0 = Instant.parse("2026-05-25T01:05:00Z");

    BotInstances instances;

    @BeforeEach
    void dingtalkThatFails() {
        instances = new BotInstances();
        instances.dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"t\",\"expireIn\":7200}")));
        instances.dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(aResponse().withStatus(502)));
    }

    @AfterEach
    void stopEverything() {
        instances.close();
    }

    void dingtalkRecovers() {
        instances.dingtalk.resetAll();
        instances.dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"t\",\"expireIn\":7200}")));
        instances.dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"ok\"}")));
    }

    Map<String, Long> deliveriesPerGroup() {
        return instances.dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).stream()
                .map(r -> EnterpriseRobotPushTest.json.readTree(r.getBodyAsString()).path("openConversationId").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static long outboxSize(ConfigurableApplicationContext bot) {
        return bot.getBean(StringRedisTemplate.class).opsForZSet().zCard(BranchKeys.OUTBOX_DUE);
    }

    @Test
    void aBotStoppedWithAFullOutboxIsReplacedByOneThatDeliversEachPushOnce() {
        ConfigurableApplicationContext first = instances.start(T0);
        Messenger messenger = first.getBean(Messenger.class);
        List<String> groups = IntStream.rangeClosed(1, 25).mapToObj(i -> "cidBranch" + i).toList();
        groups.forEach(cid -> messenger.send(new Destination.Group(cid), new Message.Text("提醒 " + cid)));
        assertThat(outboxSize(first)).isEqualTo(25);

        first.close();
        dingtalkRecovers();
        ConfigurableApplicationContext second = instances.start(T0.plus(Duration.ofMinutes(1)));

        await().atMost(Duration.ofSeconds(20)).until(() -> outboxSize(second) == 0);
        Map<String, Long> deliveries = deliveriesPerGroup();
        assertThat(deliveries).containsOnlyKeys(groups);
        assertThat(deliveries.values()).containsOnly(1L);
    }

    @Test
    void aParcelClaimedByABotThatDiedMidSendComesBackAfterItsLease() {
        ConfigurableApplicationContext first = instances.start(T0, Map.of("bot.dingtalk.outbox.poll-interval", "1h"));
        first.getBean(Messenger.class).send(new Destination.Group("cidOrphan"), new Message.Text("孤儿"));
        // the first bot claims it, then dies before it could answer for it
        assertThat(first.getBean(Outbox.class).claim(T0.plus(Duration.ofMinutes(5)), Duration.ofMinutes(2), 10)).hasSize(1);
        first.close();
        dingtalkRecovers();

        ConfigurableApplicationContext second = instances.start(T0.plus(Duration.ofMinutes(6)));
        MutableClock clock = second.getBean(MutableClock.class);
        RobotWebhooksTest.sleep(300);
        assertThat(deliveriesPerGroup()).isEmpty(); // still under the dead bot's lease
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20)).until(() -> outboxSize(second) == 0);
        assertThat(deliveriesPerGroup()).containsExactly(Map.entry("cidOrphan", 1L));
    }

    @Test
    void twoBotsDrainingOneOutboxSendEachPushOnce() {
        ConfigurableApplicationContext one = instances.start(T0);
        ConfigurableApplicationContext two = instances.start(T0);
        List<String> groups = IntStream.rangeClosed(1, 60).mapToObj(i -> "cidShared" + i).toList();
        for (int i = 0; i < groups.size(); i++) {
            ConfigurableApplicationContext bot = i % 2 == 0 ? one : two;
            bot.getBean(Messenger.class).send(new Destination.Group(groups.get(i)), new Message.Text("通知"));
        }
        dingtalkRecovers();

        one.getBean(MutableClock.class).advance(Duration.ofMinutes(1));
        two.getBean(MutableClock.class).advance(Duration.ofMinutes(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> outboxSize(one) == 0);
        Map<String, Long> deliveries = deliveriesPerGroup();
        assertThat(deliveries).containsOnlyKeys(groups);
        assertThat(deliveries.values()).containsOnly(1L);
    }
}
