package cn.dangjian.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.config.BotConfigException;

/** reminders.yml, read with the real Quartz cron parser and checked against what a reminder is for. */
class ReminderSchedulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0).atZone(ZONE);
    static final Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
    static final Branches branches = Branches.load(Path.of("bot-config/branches.yml"), catalogue);
    static final WorkingDays CALENDAR = WorkingDays.load(Path.of("bot-config/calendar"));

    @TempDir
    Path dir;

    ReminderSchedules load(String yaml) throws IOException {
        Path file = dir.resolve("reminders.yml");
        Files.writeString(file, yaml);
        return ReminderSchedules.load(file, branches, CALENDAR, ZONE, START);
    }

    static List<LocalDateTime> firesIn2026(Cron cron) {
        List<LocalDateTime> fires = new ArrayList<>();
        Optional<ZonedDateTime> next = cron.next(START);
        while (next.isPresent() && next.get().getYear() == 2026) {
            fires.add(next.get().toLocalDateTime());
            next = cron.next(next.get());
        }
        return fires;
    }

    @Test
    void theShippedScheduleRemindsMonthlyQuarterlyAndYearlyAFewMinutesPastNine() {
        ReminderSchedules schedules = ReminderSchedules.load(Path.of("bot-config/reminders.yml"), branches, CALENDAR, ZONE,
                START);

        assertThat(firesIn2026(schedules.schedule("demo", ReminderKind.MONTHLY).orElseThrow().cron()))
                .hasSize(12)
                .allMatch(t -> t.getDayOfMonth() == 25 && t.getHour() == 9 && t.getMinute() == 5);
        assertThat(firesIn2026(schedules.schedule("demo", ReminderKind.QUARTERLY).orElseThrow().cron())).containsExactly(
                LocalDateTime.of(2026, 3, 10, 9, 5), LocalDateTime.of(2026, 6, 10, 9, 5),
                LocalDateTime.of(2026, 9, 10, 9, 5), LocalDateTime.of(2026, 12, 10, 9, 5));
        assertThat(firesIn2026(schedules.schedule("demo", ReminderKind.YEARLY).orElseThrow().cron()))
                .containsExactly(LocalDateTime.of(2026, 12, 1, 9, 5));
        assertThat(schedules.acknowledgeComplete()).isTrue();
    }

    static List<LocalDateTime> goesIn(Schedule schedule, int year) {
        List<LocalDateTime> fires = new ArrayList<>();
        ZonedDateTime start = LocalDateTime.of(year, 1, 1, 0, 0).atZone(ZONE);
        for (Optional<ZonedDateTime> next = schedule.next(start); next.isPresent() && next.get().getYear() == year;
                next = schedule.next(next.get())) {
            fires.add(next.get().toLocalDateTime());
        }
        return fires;
    }

    static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 9, 5);
    }

    @Test
    void in2026TheMonthlyReminderGoesOnTheWorkingDayBeforeARestDayAndEarlyBefore国庆() {
        ReminderSchedules schedules = ReminderSchedules.load(Path.of("bot-config/reminders.yml"), branches, CALENDAR,
                ZONE, START);

        assertThat(goesIn(schedules.schedule("demo", ReminderKind.MONTHLY).orElseThrow(), 2026)).containsExactly(
                at(2026, 1, 23), // the 25th is a Sunday
                at(2026, 2, 25),
                at(2026, 3, 25),
                at(2026, 4, 24), // a Saturday; 24–30 April leaves five working days before 劳动节
                at(2026, 5, 25),
                at(2026, 6, 25),
                at(2026, 7, 24), // a Saturday
                at(2026, 8, 25),
                at(2026, 9, 23), // 中秋 on the 25th, and after the 24th only 28–30 September before 国庆
                at(2026, 10, 23), // a Sunday
                at(2026, 11, 25),
                at(2026, 12, 25));
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.QUARTERLY).orElseThrow(), 2026)).containsExactly(
                at(2026, 3, 10), at(2026, 6, 10), at(2026, 9, 10), at(2026, 12, 10));
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.YEARLY).orElseThrow(), 2026))
                .containsExactly(at(2026, 12, 1));
    }

    @Test
    void in2025TheJanuaryReminderComesAWorkingWeekBefore春节() {
        ReminderSchedules schedules = ReminderSchedules.load(Path.of("bot-config/reminders.yml"), branches, CALENDAR,
                ZONE, START.minusYears(1));

        // the 25th is a Saturday; January's last working day is Monday the 27th (Sunday the 26th is worked), then
        // 春节 from the 28th: the reminder leaves the 22nd, 23rd, 24th, 26th and 27th to act
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.MONTHLY).orElseThrow(), 2025)).startsWith(
                at(2025, 1, 22), at(2025, 2, 25));
    }

    @Test
    void 调休SaturdaysAreWorkingDaysAndEachReminderMayChooseWhatARestDayDoes() throws IOException {
        ReminderSchedules schedules = load("""
                reminders:
                  monthly: {cron: "0 5 9 10 * ?", onRestDay: previous}
                  quarterly: {cron: "0 5 9 25 3,6,9,12 ?", onRestDay: next}
                  yearly: {cron: "0 5 9 6 12 ?", onRestDay: keep}
                sendBetween: "08:00-21:00"
                branches:
                  demo:
                    monthly: "0 5 9 28 2 ?"
                """);
        Schedule tenth = schedules.schedule("other", ReminderKind.MONTHLY).orElseThrow();

        // Saturday 10 October 2026 is worked (国庆's 调休); Saturday 10 January is not
        assertThat(goesIn(tenth, 2026)).contains(at(2026, 10, 10), at(2026, 1, 9));
        // Saturday 28 February 2026 is worked (春节's 调休)
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.MONTHLY).orElseThrow(), 2026))
                .containsExactly(at(2026, 2, 28));
        // next: 25 September is 中秋 → Monday the 28th, but 国庆 comes three working days later: the 23rd
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.QUARTERLY).orElseThrow(), 2026)).containsExactly(
                at(2026, 3, 25), at(2026, 6, 25), at(2026, 9, 23), at(2026, 12, 25));
        // keep: Sunday 6 December 2026 stays
        assertThat(goesIn(schedules.schedule("demo", ReminderKind.YEARLY).orElseThrow(), 2026))
                .containsExactly(at(2026, 12, 6));
    }

    @Test
    void anUnknownOnRestDayIsReportedOnItsLine() {
        assertThatThrownBy(() -> load("""
                reminders:
                  monthly:
                    cron: "0 5 9 25 * ?"
                    onRestDay: before
                  quarterly: "0 5 9 10 3,6,9,12 ?"
                  yearly: "0 5 9 1 12 ?"
                sendBetween: "08:00-21:00"
                """)).isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problem()).contains("onRestDay must be previous, next or keep, found 'before'");
                });
    }

    @Test
    void cronTimesAreReadInTheBotsZone() throws IOException {
        Cron monthly = load(valid()).schedule("demo", ReminderKind.MONTHLY).orElseThrow().cron();

        // 09:05 in Shanghai is 01:05 UTC
        assertThat(monthly.next(START).orElseThrow().toInstant().toString()).isEqualTo("2026-01-25T01:05:00Z");
    }

    @Test
    void aBranchMayHaveItsOwnTimeOrNone() throws IOException {
        ReminderSchedules schedules = load(valid() + """
                branches:
                  demo:
                    monthly: "0 30 8 20 * ?"
                    yearly: off
                """);

        assertThat(schedules.schedule("demo", ReminderKind.MONTHLY).orElseThrow().cron().expression()).isEqualTo("0 30 8 20 * ?");
        assertThat(schedules.schedule("demo", ReminderKind.QUARTERLY).orElseThrow().cron().expression())
                .isEqualTo("0 5 9 10 3,6,9,12 ?");
        assertThat(schedules.schedule("demo", ReminderKind.YEARLY)).isEmpty();
        assertThat(schedules.schedule("other", ReminderKind.YEARLY)).isPresent();
        assertThat(schedules.schedules(ReminderKind.MONTHLY)).extracting(s -> s.cron().expression())
                .containsExactly("0 5 9 25 * ?", "0 30 8 20 * ?");
    }

    @Test
    void aBadCronStopsTheStartWithFileLineAndQuartzsReason() {
        assertThatThrownBy(() -> load("""
                reminders:
                  monthly: "0 5 9 25 * ?"
                  quarterly: "0 5 9 32 3,6,9,12 ?"
                  yearly: "0 5 9 1 12 ?"
                sendBetween: "08:00-21:00"
                """))
                .isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("reminders.yml"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("'0 5 9 32 3,6,9,12 ?' is not a valid Quartz cron expression")
                            .contains("Day of month values must be between 1 and 31");
                });
    }

    @Test
    void aCronThatWouldRemindAtNightIsRefused() {
        assertThatThrownBy(() -> load(valid().replace("\"0 5 9 25 * ?\"", "\"0 5 3 25 * ?\"")))
                .isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("fires at 2026-01-25 03:05, outside sendBetween 08:00-21:00");
                });
    }

    @Test
    void aCronThatFiresTwiceInOnePeriodIsRefused() {
        assertThatThrownBy(() -> load(valid().replace("\"0 5 9 10 3,6,9,12 ?\"", "\"0 5 9 10 2,3,5,6,8,9,11,12 ?\"")))
                .isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problem())
                        .contains("fires twice in one quarter (2026-02-10 09:05 and 2026-03-10 09:05)"));
    }

    @Test
    void aCronThatNeverFiresIsRefused() {
        assertThatThrownBy(() -> load(valid().replace("\"0 5 9 1 12 ?\"", "\"0 5 9 30 2 ?\"")))
                .isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problem()).contains("never fires"));
    }

    @Test
    void anUnknownBranchOrReminderIsRefused() {
        assertThatThrownBy(() -> load(valid() + "branches:\n  nosuch:\n    monthly: off\n"))
                .isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(9); // the first line of that branch's settings
                    assertThat(e.problem()).contains("unknown branch 'nosuch'");
                });
        assertThatThrownBy(() -> load(valid().replace("yearly:", "weekly:")))
                .isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problem())
                        .contains("unknown reminder 'weekly'"));
    }

    @Test
    void aMissingReminderMustBeTurnedOffExplicitly() {
        assertThatThrownBy(() -> load("""
                reminders:
                  monthly: "0 5 9 25 * ?"
                  quarterly: off
                sendBetween: "08:00-21:00"
                """)).isInstanceOfSatisfying(BotConfigException.class,
                        e -> assertThat(e.problem()).contains("missing 'yearly'"));
    }

    @Test
    void theWindowKeepsCatchUpsOutOfTheNight() throws IOException {
        ReminderSchedules schedules = load(valid());

        assertThat(schedules.allowsSendingAt(LocalDateTime.of(2026, 3, 26, 7, 59).atZone(ZONE))).isFalse();
        assertThat(schedules.allowsSendingAt(LocalDateTime.of(2026, 3, 26, 8, 0).atZone(ZONE))).isTrue();
        assertThat(schedules.allowsSendingAt(LocalDateTime.of(2026, 3, 26, 20, 59).atZone(ZONE))).isTrue();
        assertThat(schedules.allowsSendingAt(LocalDateTime.of(2026, 3, 26, 21, 0).atZone(ZONE))).isFalse();
    }

    static String valid() {
        return """
                reminders:
                  monthly: "0 5 9 25 * ?"
                  quarterly: "0 5 9 10 3,6,9,12 ?"
                  yearly: "0 5 9 1 12 ?"
                sendBetween: "08:00-21:00"
                acknowledgeComplete: true
                """;
    }
}
