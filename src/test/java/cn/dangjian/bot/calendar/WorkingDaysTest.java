package cn.dangjian.bot.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.config.BotConfigException;

/** bot-config/calendar/: the State Council's schedule per year, and what a bad file does. */
class WorkingDaysTest {

    static final WorkingDays SHIPPED = WorkingDays.load(Path.of("bot-config/calendar"));

    @TempDir
    Path dir;

    @Test
    void the2026NoticeMakesHolidaysRestDaysAnd调休WeekendsWorkingDays() {
        assertThat(SHIPPED.knows(2025)).isTrue();
        assertThat(SHIPPED.knows(2026)).isTrue();
        assertThat(SHIPPED.notice(2026).orElseThrow()).contains("2025年11月4日");
        // 国庆 1–7 October, 中秋 25–27 September; Sunday 20 September and Saturday 10 October are worked
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        // 元旦 1–3 January is a Thursday to Saturday; 2 January, a Friday, is a rest day
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(SHIPPED.holiday(LocalDate.of(2026, 2, 17))).contains("春节");
        // an ordinary weekend and an ordinary weekday
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 3, 21))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 3, 20))).isTrue();
    }

    @Test
    void the2025NoticeHas春节FromNewYearsEveAndTheEightDay国庆() {
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 4, 27))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(SHIPPED.breakAfter(LocalDate.of(2025, 9, 30)))
                .contains(new WorkingDays.Break("国庆节、中秋节", 8));
    }

    @Test
    void workingDaysAreCountedAndFoundAroundHolidays() {
        // September 2026 after the 24th: 24, 28, 29, 30 (25–27 中秋, then a Saturday and the 国庆 break)
        assertThat(SHIPPED.count(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 30))).isEqualTo(4);
        assertThat(SHIPPED.onOrBefore(LocalDate.of(2026, 10, 4))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(SHIPPED.onOrAfter(LocalDate.of(2026, 10, 4))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(SHIPPED.lastIn(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).contains(LocalDate.of(2026, 9, 30));
        assertThat(SHIPPED.workingDaysBefore(LocalDate.of(2026, 9, 30), 4)).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(SHIPPED.breakAfter(LocalDate.of(2026, 9, 30))).contains(new WorkingDays.Break("国庆节", 7));
        assertThat(SHIPPED.breakAfter(LocalDate.of(2026, 3, 20))).isEmpty();
    }

    @Test
    void aYearWithoutAFileHasWeekendsOnly() {
        assertThat(SHIPPED.knows(2027)).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(WorkingDays.load(dir.resolve("absent")).knows(2026)).isFalse();
    }

    @Test
    void aWeekdayListedAsA调休WorkingDayStopsTheStartWithFileAndLine() throws IOException {
        Path file = write("2026.yml", """
                notice: 国务院办公厅关于2026年部分节假日安排的通知
                holidays:
                  元旦: {from: 2026-01-01, to: 2026-01-03, workdays: [2026-01-04]}
                  国庆节:
                    from: 2026-10-01
                    to: 2026-10-07
                    workdays: [2026-09-20, 2026-10-09]
                """);

        assertThatThrownBy(() -> WorkingDays.load(dir)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.problem()).contains("2026-10-09 is a FRIDAY");
        });
    }

    @Test
    void aDateThatIsNotOneOrNotOfTheYearIsNamedWithItsLine() throws IOException {
        write("2026.yml", """
                notice: 通知
                holidays:
                  劳动节: {from: 2026-05-01, to: 2026-05-32}
                """);
        assertThatThrownBy(() -> WorkingDays.load(dir)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).contains("expected a date like 2026-10-01, found '2026-05-32'");
        });

        write("2026.yml", """
                notice: 通知
                holidays:
                  劳动节: {from: 2025-05-01, to: 2025-05-05}
                """);
        assertThatThrownBy(() -> WorkingDays.load(dir)).hasMessageContaining("2026.yml:3")
                .hasMessageContaining("2025-05-01 is not in 2026");
    }

    @Test
    void aFileNotNamedForItsYearOrWithAnUnknownSettingIsRefused() throws IOException {
        write("holidays.yml", "notice: x\nholidays: {}\n");
        assertThatThrownBy(() -> WorkingDays.load(dir)).hasMessageContaining("holidays.yml")
                .hasMessageContaining("named after its year");
        Files.delete(dir.resolve("holidays.yml"));

        write("2026.yml", "notice: x\nholidays:\n  春节: {from: 2026-02-15, until: 2026-02-23}\n");
        assertThatThrownBy(() -> WorkingDays.load(dir)).hasMessageContaining("2026.yml:3")
                .hasMessageContaining("unknown setting 'until'");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
