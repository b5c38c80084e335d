package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.branch.Branch;

/** What a branch is said to have missed: only what it owed, in the months it kept records, counted by events. */
class StandingsTest {

    static final LocalDate AFTER_THE_YEAR = LocalDate.of(2027, 1, 10);

    @Test
    void aBranchThatBeganLoggingInNovemberIsNotSaidToHaveMissedTheMonthsBefore() {
        Branch branch = Year.configured("", """
                hasCommittee: true
                hasPartyGroups: false
                secretaries: [secretary01]
                """);
        DraftModel model = new Year(2026, branch).loggedOn(LocalDate.of(2026, 11, 3))
                .monthly("branch_committee_meeting", 5, 7, 11, 12)
                .monthly("theme_party_day", 15, 20, 11, 12)
                .monthly("dues_collection", 10, null, 11, 12)
                .log("party_lecture", 12, 20, 1, 20, null, null)
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(model.firstMonth()).isEqualTo(11);
        assertThat(model.problems()).isEmpty();
        assertThat(model.completion()).isEqualTo(new DraftModel.Completion(4, 4, 100));
        assertThat(model.table().rows().get(1).marks()).containsExactly("—", "—", "—", "—", "—", "—", "—", "—",
                "—", "—", "●", "●");
    }

    @Test
    void sinceInTheConfigurationWinsOverTheFirstRecord() {
        Branch branch = Year.configured("", """
                hasCommittee: true
                since: 2026-09
                """);
        DraftModel model = new Year(2026, branch).loggedOn(LocalDate.of(2026, 11, 3))
                .monthly("branch_committee_meeting", 5, 7, 11, 12)
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(model.firstMonth()).isEqualTo(9);
        assertThat(model.problems()).flatExtracting(DraftModel.Problem::misses)
                .filteredOn(m -> m.key().equals("branch_committee_meeting"))
                .extracting(DraftModel.Miss::labels).containsExactly("9月、10月");
    }

    @Test
    void anIntegrityLectureIsAPartyLectureForTheThreeMeetings() {
        DraftModel model = DraftModelTest.regular()
                .log("integrity_lecture", 7, 8, 1, 21, "廉洁从业", null)
                .model(DraftKind.WORK_SUMMARY, LocalDate.of(2026, 1, 10));
        Year without = DraftModelTest.regular();
        without.records.removeIf(r -> r.activity().equals("party_lecture") && r.date().getMonthValue() == 9);
        DraftModel replaced = without.log("integrity_lecture", 7, 8, 1, 21, "廉洁从业", null)
                .model(DraftKind.WORK_SUMMARY, LocalDate.of(2026, 1, 10));

        assertThat(model.problems()).isEmpty();
        assertThat(replaced.problems()).isEmpty();
        assertThat(replaced.table().rows()).filteredOn(r -> r.name().equals("党课")).singleElement()
                .satisfies(r -> assertThat(r.marks().get(6)).isEqualTo("●"));
    }

    @Test
    void aCommitteeTheConfigurationDoesNotGiveIsNeverCalledMissed() {
        Branch branch = Year.configured("", "secretaries: [secretary01]\n");
        Year year = DraftModelTest.regular();
        Year unsure = new Year(2025, branch);
        year.records.stream().filter(r -> !r.activity().equals("branch_committee_meeting") || r.date()
                .getMonthValue() <= 3).forEach(r -> unsure.log(r.activity(), r.date().getMonthValue(),
                        r.date().getDayOfMonth(), r.count(), r.participants(), r.topic(), null));

        DraftModel model = unsure.model(DraftKind.WORK_SUMMARY, LocalDate.of(2026, 1, 10));

        assertThat(model.problems()).flatExtracting(DraftModel.Problem::misses)
                .noneMatch(m -> m.key().equals("branch_committee_meeting"));
        // its meetings are still told and tabled, without counting its gaps
        assertThat(model.facts().get("branch_committee_meeting").count()).isEqualTo(3);
        assertThat(model.completion().required()).isEqualTo(12 + 4 + 4);
    }

    @Test
    void aDuesMonthMadeUpTheNextMonthSaysWhen() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.activity().equals("dues_collection") && r.date().getMonthValue() == 7);

        DraftModel model = year.model(DraftKind.WORK_SUMMARY, LocalDate.of(2026, 1, 10));

        assertThat(model.problems()).flatExtracting(DraftModel.Problem::misses)
                .filteredOn(m -> m.key().equals("dues_collection")).singleElement()
                .satisfies(m -> {
                    assertThat(m.labels()).isEqualTo("7月");
                    assertThat(m.caughtUp()).isEqualTo("8月");
                });
        assertThat(model.facts().get("dues_collection").everyMonth()).isFalse();
    }
}
