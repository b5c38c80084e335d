package cn.dangjian.bot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dangjian.bot.metrics.BotMetrics;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.dingtalk.BotInstances;
import tools.jackson.databind.json.JsonMapper;

/** Several bots on one Redis, started and stopped like a deployment: each reminder goes once, and none is lost. */
class ReminderInstancesTest {

    static final int BRANCHES = 40;
    static final JsonMapper json = JsonMapper.builder().build();
    static final Path CONFIG = ReminderConfigs.directory(ReminderConfigs.manyBranches(BRANCHES), "");

    BotInstances instances;

    @BeforeEach
    void dingtalk() {
        instances = new BotInstances();
        instances.dingtalk.stubFor(post(urlEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"t\",\"expireIn\":7200}")));
        instances.dingtalk.stubFor(post(urlEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(okJson("{\"processQueryKey\":\"ok\"}").withFixedDelay(5)));
    }

    @AfterEach
    void stop() {
        instances.close();
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MutableClock.ZONE).toInstant();
    }

    ConfigurableApplicationContext bot(Instant now, Map<String, Object> extra) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "bot.config-dir", CONFIG.toString(),
                "bot.reminders.enabled", true,
                "bot.reminders.sends-per-second", 0));
        properties.putAll(extra);
        return instances.start(now, properties);
    }

    List<LoggedRequest> pushes() {
        return instances.dingtalk.findAll(postRequestedFor(urlEqualTo("/v1.0/robot/groupMessages/send")));
    }

    /** Per group and title: how many times it was pushed. */
    Map<String, Long> received() {
        return pushes().stream().map(r -> {
            var body = json.readTree(r.getBodyAsString());
            return body.path("openConversationId").asString() + " "
                    + json.readTree(body.path("msgParam").asString()).path("title").asString();
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    void settle(int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pushes().size() >= expected);
        RemindersTestSupport.pause(500);
    }

    @Test
    void twoBotsWhoseSchedulesFireTogetherSendEachReminderOnce() throws Exception {
        // started before the minute (nothing due), then both reach it and run their jobs at the same moment; the
        // 25th of April 2026 is a Saturday, so the reminder goes on Friday the 24th
        ConfigurableApplicationContext one = bot(at(2026, 4, 24, 8, 0), Map.of());
        ConfigurableApplicationContext two = bot(at(2026, 4, 24, 8, 0), Map.of());
        RemindersTestSupport.pause(500);
        assertThat(pushes()).isEmpty();
        for (ConfigurableApplicationContext bot : List.of(one, two)) {
            bot.getBean(MutableClock.class).set(LocalDateTime.of(2026, 4, 24, 9, 5));
        }
        one.getBean(Scheduler.class).triggerJob(ReminderTriggers.job(ReminderKind.MONTHLY));
        two.getBean(Scheduler.class).triggerJob(ReminderTriggers.job(ReminderKind.MONTHLY));
        one.getBean(Scheduler.class).triggerJob(ReminderTriggers.SWEEP);
        two.getBean(Scheduler.class).triggerJob(ReminderTriggers.SWEEP);
        settle(BRANCHES);

        Map<String, Long> received = received();
        assertThat(received).hasSize(BRANCHES);
        assertThat(received.values()).containsOnly(1L);
        assertThat(received.keySet()).allMatch(k -> k.endsWith(" 4月组织生活提醒"));
        // what the two bots say they sent adds up to one per branch
        assertThat(one.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .counter(BotMetrics.REMINDERS, "kind", "monthly", "outcome", "sent").count()
                + two.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                        .counter(BotMetrics.REMINDERS, "kind", "monthly", "outcome", "sent").count()).isEqualTo(BRANCHES);
    }

    @Test
    void aReminderThatFellDueWhileEveryBotWasDownGoesAtTheNextStartOnceAndNeverAtNight() throws Exception {
        // down from before the 25th until 03:00 the day after: the start catches up, but not at night
        ConfigurableApplicationContext night = bot(at(2026, 4, 26, 3, 0), Map.of());
        RemindersTestSupport.pause(1500);
        assertThat(pushes()).isEmpty();

        // the morning sweep of that bot sends April's reminder
        night.getBean(MutableClock.class).set(LocalDateTime.of(2026, 4, 26, 8, 0));
        night.getBean(Scheduler.class).triggerJob(ReminderTriggers.SWEEP);
        settle(BRANCHES);
        night.close();

        // later starts in the same month send nothing again; nor does May's start, April being over
        bot(at(2026, 4, 27, 10, 0), Map.of()).close();
        bot(at(2026, 5, 2, 10, 0), Map.of()).close();
        Map<String, Long> received = received();
        assertThat(received).hasSize(BRANCHES).allSatisfy((k, n) -> {
            assertThat(k).endsWith(" 4月组织生活提醒");
            assertThat(n).isOne();
        });
    }

    @Test
    void quartzHoldsTheScheduleInTheBotsZoneAndItsJobSendsTheReminders() throws Exception {
        ConfigurableApplicationContext bot = bot(at(2026, 4, 20, 12, 0), Map.of());
        Scheduler scheduler = bot.getBean(Scheduler.class);

        List<? extends Trigger> monthly = scheduler.getTriggersOfJob(ReminderTriggers.job(ReminderKind.MONTHLY));
        // 09:05 on the days its calendar holds: the 25th, or the working day before
        assertThat(monthly).singleElement().satisfies(t -> {
            assertThat(((CronTrigger) t).getCronExpression()).isEqualTo("0 5 9 * * ?");
            assertThat(((CronTrigger) t).getTimeZone().getID()).isEqualTo("Asia/Shanghai");
            org.quartz.Calendar days = scheduler.getCalendar(t.getCalendarName());
            assertThat(days.isTimeIncluded(at(2026, 4, 24, 9, 5).toEpochMilli())).isTrue();
            assertThat(days.isTimeIncluded(at(2026, 4, 25, 9, 5).toEpochMilli())).isFalse();
            assertThat(days.getNextIncludedTime(at(2026, 4, 20, 12, 0).toEpochMilli()))
                    .isEqualTo(at(2026, 4, 24, 0, 0).toEpochMilli());
        });
        Trigger yearly = scheduler.getTriggersOfJob(ReminderTriggers.job(ReminderKind.YEARLY)).get(0);
        assertThat(scheduler.getCalendar(yearly.getCalendarName()).getNextIncludedTime(
                at(2026, 4, 20, 12, 0).toEpochMilli())).isEqualTo(at(2026, 12, 1, 0, 0).toEpochMilli());
        RemindersTestSupport.pause(1000);
        assertThat(pushes()).isEmpty(); // nothing is due on the 20th

        bot.getBean(MutableClock.class).set(LocalDateTime.of(2026, 4, 24, 9, 5));
        scheduler.triggerJob(ReminderTriggers.job(ReminderKind.MONTHLY));

        settle(BRANCHES);
        assertThat(received()).hasSize(BRANCHES).containsKey("cidB017 4月组织生活提醒");
    }

    @Test
    void theFanOutIsPacedAcrossBots() {
        Map<String, Object> paced = Map.of("bot.reminders.sends-per-second", 40, "bot.reminders.enabled", false);
        Instant now = at(2026, 5, 25, 9, 5);
        ConfigurableApplicationContext one = bot(now, paced);
        ConfigurableApplicationContext two = bot(now, paced);

        Thread other = new Thread(() -> two.getBean(Reminders.class).runDue(ReminderKind.MONTHLY));
        other.start();
        one.getBean(Reminders.class).runDue(ReminderKind.MONTHLY);
        await().atMost(Duration.ofSeconds(20)).until(() -> !other.isAlive());

        List<Long> times = pushes().stream().map(r -> r.getLoggedDate().getTime()).sorted(Comparator.naturalOrder())
                .toList();
        assertThat(times).hasSize(BRANCHES);
        // 40 a second shared by both bots: pushes 2 to 40 take at least 38 × 25 ms. The first is left out: it also
        // fetches the token and opens the connection, so it can go out late and shorten the span on a loaded machine.
        assertThat(times.get(times.size() - 1) - times.get(1)).isGreaterThanOrEqualTo(38 * 25 - 50);
        assertThat(received().values()).containsOnly(1L);
    }
}
