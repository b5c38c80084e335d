package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProgressTest {

    static final Catalogue CATALOGUE = Catalogue.load(Path.of("bot-config/activities.yml"));
    static final Map<String, Cadence> OBLIGATIONS = Map.of(
            "theme_party_day", Cadence.MONTHLY,
            "branch_member_meeting", Cadence.QUARTERLY,
            "organizational_life_meeting", Cadence.YEARLY);

    @Test
    void aMonthCountsOnlyMonthlyObligations() {
        Tally tally = new Tally(2026);
        tally.add("theme_party_day", 3, 2, 30, 0);

        Progress progress = Progress.of(Progress.Scope.MONTH, LocalDate.of(2026, 3, 20), CATALOGUE, OBLIGATIONS, tally);

        assertThat(progress.items()).singleElement().satisfies(item -> {
            assertThat(item.activity().key()).isEqualTo("theme_party_day");
            assertThat(item.required()).isEqualTo(1);
            assertThat(item.done()).isEqualTo(2);
            assertThat(item.complete()).isTrue();
        });
    }

    @Test
    void aQuarterNamesTheMonthsThatWereMissedSoFar() {
        Tally tally = new Tally(2026);
        tally.add("theme_party_day", 4, 1, 0, 0);

        Progress progress = Progress.of(Progress.Scope.QUARTER, LocalDate.of(2026, 6, 1), CATALOGUE, OBLIGATIONS, tally);

        Progress.Item day = progress.items().stream().filter(i -> i.activity().key().equals("theme_party_day"))
                .findFirst().orElseThrow();
        assertThat(day.required()).isEqualTo(3);
        assertThat(day.missing()).extracting(Period::label).containsExactly("5月", "6月");
        assertThat(progress.items()).extracting(i -> i.activity().key())
                .containsExactly("branch_member_meeting", "theme_party_day");
    }

    @Test
    void aPastYearIsJudgedWhole() {
        Tally tally = new Tally(2025);
        for (int month = 1; month <= 12; month++) {
            if (month != 3 && month != 8) {
                tally.add("theme_party_day", month, 1, 0, 0);
            }
        }
        tally.add("branch_member_meeting", 2, 1, 0, 0);

        Progress year = Progress.ofYear(2025, LocalDate.of(2026, 1, 10), CATALOGUE, OBLIGATIONS, tally);

        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.incomplete()).extracting(i -> i.activity().key() + ":" + i.missing().stream()
                .map(Period::label).toList())
                .containsExactly("branch_member_meeting:[第二季度, 第三季度, 第四季度]",
                        "theme_party_day:[3月, 8月]",
                        "organizational_life_meeting:[2025年]");
    }
}
