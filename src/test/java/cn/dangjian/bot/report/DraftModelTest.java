package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.report.DraftModel.ProblemKind;

class DraftModelTest {

    static final LocalDate AFTER_THE_YEAR = LocalDate.of(2026, 1, 10);

    /** A branch that did everything it owes, every month: the calendar of the demo branch (no 党小组). */
    static Year regular() {
        return new Year(2025)
                .monthly("branch_committee_meeting", 5, 7, Year.months(1, 12))
                .monthly("theme_party_day", 15, 20, Year.months(1, 12))
                .monthly("dues_collection", 10, null, Year.months(1, 12))
                .monthly("branch_member_meeting", 20, 22, 3, 6, 9, 12)
                .monthly("party_lecture", 25, 22, 3, 6, 9, 12)
                .log("organizational_life_meeting", 1, 28, 1, 22, null, null)
                .log("democratic_evaluation", 1, 28)
                .log("heart_to_heart_talk", 1, 20, 22, null, null, null);
    }

    @Test
    void aPartAndItsPointsExistOnlyWhereRecordsFeedThem() {
        DraftModel model = new Year(2025)
                .log("theme_party_day", 3, 15, 1, 20, "追寻红色足迹", null)
                .log("warning_education", 5, 9)
                .model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.parts()).extracting(DraftModel.Part::section).containsExactly("organization", "integrity");
        assertThat(model.parts()).extracting(DraftModel.Part::number).containsExactly("一", "二");
        assertThat(model.parts().get(0).points()).extracting(DraftModel.Point::key).containsExactly("theme_day");
        assertThat(model.parts().get(1).points()).extracting(DraftModel.Point::key).containsExactly("warning");
    }

    /**
     * Who carried which work is who logged most of it: at least two records and half of them. One record says who
     * typed a message, not who carries the work; a secretary is named as configured, a member by DingTalk name.
     */
    @Test
    void whoCarriedWhichWorkIsWhoLoggedMostOfIt() {
        DraftModel model = new Year(2025)
                .by(Year.SECRETARY).monthly("branch_committee_meeting", 5, 7, 1, 2, 3)
                .by(Year.MEMBER).monthly("dues_collection", 10, null, 1, 2, 3)
                .log("branch_committee_meeting", 4, 5, 1, 7, null, null)
                .log("volunteer_service", 5, 1, 1, 9, null, null)
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        DraftModel.Organisation organisation = model.organisation();
        assertThat(organisation.carriedBy()).containsOnly(Map.entry("branch_committee_meeting", "张明"),
                Map.entry("dues_collection", "王芳"));
        assertThat(organisation.carriers()).extracting(DraftModel.Carrier::name, DraftModel.Carrier::secretary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张明", true),
                        org.assertj.core.groups.Tuple.tuple("王芳", false));
    }

    @Test
    void pointsAreNumberedWithoutGapsAndALonePointIsNotNumbered() {
        DraftModel model = new Year(2025)
                .log("collective_study", 2, 3)
                .log("study_notes", 2, 9, 12, null, null, null)
                .log("volunteer_service", 4, 1)
                .model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.parts().get(0).points()).extracting(DraftModel.Point::key, DraftModel.Point::ordinal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("study", "一是"),
                        org.assertj.core.groups.Tuple.tuple("study_notes", "二是"));
        assertThat(model.parts().get(1).points()).extracting(DraftModel.Point::ordinal).containsExactly("");
    }

    @Test
    void countsParticipantsAndAmountsAreTheYearsExactSums() {
        DraftModel model = new Year(2025)
                .log("theme_party_day", 1, 15, 1, 20, null, null)
                .log("theme_party_day", 2, 15, 2, 31, null, null)
                .log("dues_collection", 1, 10, 1, null, null, "1000.50")
                .log("dues_collection", 2, 10, 1, null, null, "2200")
                .log("new_member", 6, 1, 2, null, null, null)
                .log("theme_party_day", 2, 28, 1, null, null, null)
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        DraftModel.ActivityYear themeDay = model.facts().get("theme_party_day");
        assertThat(themeDay.count()).isEqualTo(4);
        assertThat(themeDay.participants()).isEqualTo(51);
        assertThat(themeDay.quantity()).isEqualTo("4次");
        assertThat(themeDay.months()).isEqualTo(2);
        assertThat(model.facts().get("dues_collection").quantity()).isEqualTo("3200.50元");
        assertThat(model.facts().get("new_member").quantity()).isEqualTo("2名");
        assertThat(model.recordCount()).isEqualTo(6);
    }

    @Test
    void duesLoggedWithoutAmountsAreCountedAsCollections() {
        DraftModel model = new Year(2025).monthly("dues_collection", 10, null, 1, 2, 3)
                .model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.facts().get("dues_collection").quantity()).isEqualTo("3次");
    }

    @Test
    void participantsAreGivenPerActivityNeverAddedAcrossKinds() {
        DraftModel model = new Year(2025)
                .log("branch_member_meeting", 3, 1, 1, 20, null, null)
                .log("branch_member_meeting", 6, 1, 1, 22, null, null)
                .log("party_lecture", 3, 2, 1, 18, null, null)
                .inOneMessage()
                .log("theme_party_day", 5, 15, 1, 21, "学雷锋 践初心", null)
                .log("volunteer_service", 5, 15, 1, 21, "学雷锋 践初心", null)
                .alone()
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        DraftModel.ActivityYear meeting = model.facts().get("branch_member_meeting");
        assertThat(meeting.participants()).isEqualTo(42);
        assertThat(meeting.average()).isEqualTo(21);
        // 22 members (branches.yml): the worse session had 20 of them, 90%
        assertThat(meeting.attendance()).isEqualTo(90);
        assertThat(model.facts().get("party_lecture").participants()).isEqualTo(18);
        // one outing logged in one message is one event: a theme day with volunteer service done at it, its 21 people
        // said once, never a second activity of its own
        assertThat(model.facts().get("theme_party_day").participants()).isEqualTo(21);
        assertThat(model.facts().get("theme_party_day").topics()).containsExactly("学雷锋 践初心");
        assertThat(model.facts()).doesNotContainKey("volunteer_service");
        assertThat(model.facts().get("theme_party_day").moments()).singleElement()
                .satisfies(m -> assertThat(m.alongside()).containsExactly("volunteer_service"));
        assertThat(model.eventCount()).isEqualTo(4);
    }

    @Test
    void topicsAreChosenByWeightAndShownInTheOrderHeld() {
        DraftModel model = new Year(2025)
                .log("theme_party_day", 1, 15, 1, 12, "“追寻红色足迹”", null)
                .log("theme_party_day", 2, 15, 1, 22, "重温入党誓词", null)
                .log("theme_party_day", 3, 15, 1, 10, "追寻红色足迹", null)
                .log("theme_party_day", 4, 15, 1, 11, "《中国共产党章程》", null)
                .log("theme_party_day", 7, 1, 1, 9, "庆祝建党104周年", null)
                .log("theme_party_day", 9, 15, 1, 20, "清明祭英烈", null)
                .log("party_lecture", 5, 1, 1, 30, "学习党章", null)
                .by(Year.SECRETARY)
                .log("party_lecture", 6, 1, 1, 5, "学习二十届三中全会精神", null)
                .log("party_lecture", 8, 1, 1, 6, "弘扬伟大抗战精神", null)
                .log("party_lecture", 9, 1, 1, 7, "践行初心使命", null)
                .log("heart_to_heart_talk", 6, 2, 3, null, "谈心", null)
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        DraftModel.ActivityYear themeDay = model.facts().get("theme_party_day");
        // 七一 first, then the best attended; in the order they were held
        assertThat(themeDay.topics()).containsExactly("重温入党誓词", "庆祝建党104周年", "清明祭英烈");
        assertThat(themeDay.quotedTopics()).isEqualTo("“重温入党誓词”“庆祝建党104周年”“清明祭英烈”");
        assertThat(themeDay.moreThanTopics()).isTrue();
        // the secretary's own lectures before a better attended one of a member's; a course is named by its title, in 《》
        DraftModel.ActivityYear lecture = model.facts().get("party_lecture");
        assertThat(lecture.topics()).containsExactly("《学习二十届三中全会精神》", "《弘扬伟大抗战精神》", "《践行初心使命》");
        assertThat(lecture.quotedTopics()).isEqualTo("《学习二十届三中全会精神》《弘扬伟大抗战精神》《践行初心使命》");
        assertThat(lecture.own()).isEqualTo(3);
        assertThat(lecture.othersTopics()).containsExactly("《学习党章》");
        // 谈心谈话 counts people: a topic there names no activity a sentence could quote
        assertThat(model.facts().get("heart_to_heart_talk").topics()).isEmpty();
    }

    /**
     * A course is named in 《》 wherever the member put its title, and a title that came with what was done with it
     * (观看警示教育片《…》) is told in those words, once.
     */
    @Test
    void titlesAreToldWithTheirMarksInTheWordsThatSayWhatWasDoneWithThem() {
        DraftModel model = new Year(2025)
                .said("在会议室为全体党员讲党课“守纪律 讲规矩”，20人参加")
                .log("party_lecture", 3, 10, 1, 20, "守纪律 讲规矩", null).alone()
                .said("局纪检组长来支部讲廉政党课，主题《守住廉洁底线》，23人听课")
                .log("integrity_lecture", 7, 24, 1, 23, "守住廉洁底线", null).alone()
                .said("主题党日：观看警示教育片《持续发力 纵深推进》，22名党员参加").inOneMessage()
                .log("theme_party_day", 2, 26, 1, 22, null, null)
                .log("warning_education", 2, 26, 1, 22, "观看警示教育片《持续发力 纵深推进》", null).alone()
                .model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        DraftModel.Moment lecture = model.facts().get("party_lecture").moments().get(0);
        assertThat(lecture.quotedTopic()).isEqualTo("《守纪律 讲规矩》");
        assertThat(lecture.said()).isEqualTo("在会议室为全体党员讲党课《守纪律 讲规矩》");
        assertThat(lecture.saidTopic()).isTrue();
        DraftModel.Moment guest = model.facts().get("integrity_lecture").moments().get(0);
        assertThat(guest.said()).isEqualTo("局纪检组长来支部讲廉政党课《守住廉洁底线》，23人听课");
        assertThat(guest.saidTopic()).isTrue();
        DraftModel.Moment film = model.facts().get("theme_party_day").chronicle().get(0);
        assertThat(film.said()).isEqualTo("观看警示教育片《持续发力 纵深推进》");
        assertThat(film.quotedTopic()).isEmpty();
    }

    @Test
    void aDutyReportOpensEachPartWithTheSecretarysOwnActsAndAWorkSummaryNever() {
        Year year = new Year(2025)
                .monthly("branch_committee_meeting", 5, 7, Year.months(1, 12))
                .log("organizational_life_meeting", 1, 28, 1, 22, null, null)
                .log("party_lecture", 6, 25, 1, 20, "践行初心使命", null)
                .by(Year.SECRETARY)
                .log("party_lecture", 3, 25, 1, 22, "学习党章", null)
                .log("heart_to_heart_talk", 1, 20, 22, null, null, null);

        DraftModel duty = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);
        DraftModel summary = year.model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(duty.parts()).extracting(DraftModel.Part::section).containsExactly("politics", "organization");
        assertThat(duty.parts().get(0).own()).extracting(DraftModel.ActivityYear::key)
                .containsExactly("branch_committee_meeting");
        // the committee is said once, as the meetings the secretary chaired
        assertThat(duty.parts().get(0).points()).isEmpty();
        DraftModel.Part organization = duty.parts().get(1);
        assertThat(organization.own()).extracting(DraftModel.ActivityYear::key)
                .containsExactly("party_lecture", "organizational_life_meeting", "heart_to_heart_talk");
        // a member's lecture stays the branch's, with its own topic; the secretary's talks were all the secretary's
        assertThat(organization.points()).extracting(DraftModel.Point::key).containsExactly("meetings",
                "political_life");
        assertThat(organization.points().get(0).facts().get(0).topics()).containsExactly("《践行初心使命》");
        assertThat(organization.points().get(1).facts()).extracting(DraftModel.ActivityYear::key)
                .containsExactly("organizational_life_meeting");
        assertThat(summary.parts()).allSatisfy(p -> assertThat(p.own()).isEmpty());
        assertThat(summary.parts().get(0).points()).extracting(DraftModel.Point::key).containsExactly("committee");
    }

    @Test
    void highlightsGoToThePartTheySpeakOf() {
        DraftModel model = regular().log("volunteer_service", 5, 1).model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR,
                null, List.of("党员志愿服务队常态化服务社区群众。", "廉政文化进支部"));

        assertThat(model.parts()).filteredOn(p -> p.section().equals("service")).singleElement()
                .satisfies(p -> assertThat(p.highlights()).containsExactly("党员志愿服务队常态化服务社区群众"));
        // nothing logged about clean governance: the highlight alone makes the part
        assertThat(model.parts()).filteredOn(p -> p.section().equals("integrity")).singleElement()
                .satisfies(p -> assertThat(p.highlights()).containsExactly("廉政文化进支部"));
    }

    @Test
    void lastYearsMissesAreFollowedUpAgainstThisYear() {
        Year last = new Year(2024).monthly("branch_committee_meeting", 5, 7, Year.months(1, 12))
                .monthly("theme_party_day", 15, 20, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12);
        Year year = regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() == 5);

        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR, last, List.of());

        assertThat(model.parts()).last().extracting(DraftModel.Part::section).isEqualTo("carried");
        assertThat(model.carried()).extracting(DraftModel.Carried::key, DraftModel.Carried::met).contains(
                org.assertj.core.groups.Tuple.tuple("theme_party_day", false),
                org.assertj.core.groups.Tuple.tuple("party_lecture", true));
        DraftModel.Carried themeDay = model.carried().stream().filter(c -> c.key().equals("theme_party_day"))
                .findFirst().orElseThrow();
        assertThat(themeDay.lastLabels()).isEqualTo("3月、8月");
        assertThat(themeDay.stillMissed()).isEqualTo("5月");
        assertThat(regular().model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR).carried()).isEmpty();
    }

    @Test
    void aYearThatMetEveryObligationShowsNoProblemAndAsksForTwoGeneralOnes() {
        DraftModel model = regular().model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).isEmpty();
        assertThat(model.generalProblems()).isEqualTo(2);
    }

    @Test
    void missedMonthsAreNamedInOrder() {
        Year year = regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day")
                && (r.date().getMonthValue() == 3 || r.date().getMonthValue() == 8));
        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).hasSize(1);
        DraftModel.Problem problem = model.problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.THEME_DAY);
        assertThat(problem.ordinal()).isEqualTo("一是");
        assertThat(problem.misses()).singleElement().satisfies(m -> {
            assertThat(m.labels()).isEqualTo("3月、8月");
            assertThat(m.whole()).isFalse();
        });
        assertThat(model.generalProblems()).isEqualTo(1);
    }

    @Test
    void threeMeetingsAndOneLectureAreOneProblemNamingEachMiss() {
        Year year = regular();
        year.records.removeIf(r -> r.activity().equals("party_lecture") && r.date().getMonthValue() == 6
                || r.activity().equals("branch_committee_meeting") && r.date().getMonthValue() == 2);
        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.MEETINGS);
            assertThat(p.misses()).extracting(DraftModel.Miss::key, DraftModel.Miss::labels).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("branch_committee_meeting", "2月"),
                    org.assertj.core.groups.Tuple.tuple("party_lecture", "第二季度"));
        });
    }

    @Test
    void aMonthlyObligationMetOnlyInTheRunningMonthIsNotSaidNeverMet() {
        DraftModel model = new Year(2026)
                .log("branch_committee_meeting", 3, 20, 1, 7, null, null)
                .model(DraftKind.DUTY_REPORT, LocalDate.of(2026, 3, 20));

        DraftModel.Miss committee = model.problems().stream().flatMap(p -> p.misses().stream())
                .filter(m -> m.key().equals("branch_committee_meeting")).findFirst().orElseThrow();
        assertThat(committee.whole()).isFalse();
        assertThat(committee.labels()).isEqualTo("1月、2月");
    }

    @Test
    void anObligationNeverMetIsSaidForTheWholeYear() {
        Year year = regular();
        year.records.removeIf(r -> r.activity().equals("democratic_evaluation")
                || r.activity().equals("branch_member_meeting"));
        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).extracting(DraftModel.Problem::kind)
                .containsExactly(ProblemKind.MEETINGS, ProblemKind.YEARLY);
        assertThat(model.problems().get(0).misses()).singleElement().satisfies(m -> assertThat(m.whole()).isTrue());
        assertThat(model.problems().get(1).misses()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("democratic_evaluation");
            assertThat(m.open()).isFalse();
        });
    }

    @Test
    void threeQuietMonthsAreOneSilenceThatTheObligationsDoNotRepeat() {
        Year year = regular();
        year.records.removeIf(r -> r.date().getMonthValue() >= 4 && r.date().getMonthValue() <= 6);
        year.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() == 9);
        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).extracting(DraftModel.Problem::kind)
                .containsExactly(ProblemKind.SILENCE, ProblemKind.THEME_DAY);
        DraftModel.Silence silence = model.problems().get(0).silence();
        assertThat(silence.label()).isEqualTo("4月至6月");
        assertThat(silence.runs()).isEqualTo(1);
        assertThat(silence.months()).isEqualTo(3);
        assertThat(silence.obligations()).extracting(DraftModel.Miss::key).containsExactly("branch_member_meeting",
                "branch_committee_meeting", "party_lecture", "theme_party_day", "dues_collection");
        // the second quarter's meeting and lecture were missed only in the silence; the theme day also in September
        assertThat(model.problems().get(1).misses()).singleElement()
                .satisfies(m -> assertThat(m.labels()).isEqualTo("9月"));
    }

    @Test
    void severalSilencesAreOneProblemNamingEach() {
        DraftModel model = new Year(2025)
                .monthly("theme_party_day", 15, 20, 6)
                .monthly("branch_committee_meeting", 5, 7, 6, 7, 8)
                .model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).filteredOn(p -> p.kind() == ProblemKind.SILENCE).singleElement().satisfies(p -> {
            assertThat(p.ordinal()).isEqualTo("一是");
            assertThat(p.silence().label()).isEqualTo("1月至5月、9月至12月");
            assertThat(p.silence().runs()).isEqualTo(2);
            assertThat(p.silence().months()).isEqualTo(9);
            // never held at all, the meeting, the lecture and the dues are a problem of their own, not the silences'
            assertThat(p.silence().obligations()).extracting(DraftModel.Miss::key)
                    .containsExactly("branch_committee_meeting", "theme_party_day");
        });
    }

    @Test
    void twoQuietMonthsAreNoSilence() {
        Year year = regular();
        year.records.removeIf(r -> r.date().getMonthValue() == 7 || r.date().getMonthValue() == 8);
        DraftModel model = year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.problems()).extracting(DraftModel.Problem::kind).doesNotContain(ProblemKind.SILENCE);
        assertThat(model.problems()).filteredOn(p -> p.kind() == ProblemKind.THEME_DAY).singleElement()
                .satisfies(p -> assertThat(p.misses().get(0).labels()).isEqualTo("7月、8月"));
    }

    @Test
    void aRunningYearBlamesNeitherTheCurrentMonthNorTheCurrentQuarter() {
        Year year = new Year(2025)
                .monthly("branch_committee_meeting", 5, 7, Year.months(1, 10))
                .monthly("theme_party_day", 15, 20, Year.months(1, 10))
                .monthly("dues_collection", 10, null, Year.months(1, 10))
                .monthly("branch_member_meeting", 20, 22, 3, 6, 9)
                .monthly("party_lecture", 25, 22, 3, 6, 9);
        DraftModel model = year.model(DraftKind.DUTY_REPORT, LocalDate.of(2025, 11, 20));

        assertThat(model.yearComplete()).isFalse();
        // the draft tells the months that have ended, not November's first twenty days
        assertThat(model.throughText()).isEqualTo("10月31日");
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.YEARLY);
            assertThat(p.misses()).allSatisfy(m -> assertThat(m.open()).isTrue());
        });
        assertThat(model.table().months()).isEqualTo(10);
        assertThat(model.openMonth()).isEqualTo(11);
        // ten ended months: 10 committees, 10 theme days, 3 meetings, 3 lectures
        assertThat(model.completion()).isEqualTo(new DraftModel.Completion(26, 26, 100));
    }

    @Test
    void anEmptyYearShowsOnlyThatNothingWasRecorded() {
        DraftModel model = new Year(2025).model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.parts()).isEmpty();
        assertThat(model.problems()).extracting(DraftModel.Problem::kind).containsExactly(ProblemKind.RECORDS);
        assertThat(model.generalProblems()).isEqualTo(1);
        assertThat(model.table().shown()).isTrue();
        assertThat(model.table().rows()).allSatisfy(r -> assertThat(r.marks()).containsOnly(""));
    }

    @Test
    void theTableHasARowPerObligationTheBranchOwesAndAMarkPerMonthHeld() {
        Year year = regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() == 3);
        DraftModel model = year.model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(model.table().months()).isEqualTo(12);
        // the demo branch has no 党小组: no row for their meetings
        assertThat(model.table().rows()).extracting(DraftModel.Table.Row::name)
                .containsExactly("支部党员大会", "支部委员会会议", "党课", "主题党日");
        assertThat(model.table().rows().get(0).marks()).containsExactly("", "", "●", "", "", "●", "", "", "●", "",
                "", "●");
        assertThat(model.table().rows().get(3).marks().get(2)).isEmpty();
        assertThat(model.table().rows().get(3).total()).isEqualTo(11);
        assertThat(model.completion()).isEqualTo(new DraftModel.Completion(32, 31, 96));
    }

    @Test
    void keyFactsAreTheBranchsObligations() {
        DraftModel model = regular().log("seminar", 5, 1).model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(model.keyFacts()).extracting(DraftModel.ActivityYear::key).containsExactly("branch_member_meeting",
                "branch_committee_meeting", "party_lecture", "theme_party_day", "organizational_life_meeting",
                "democratic_evaluation", "heart_to_heart_talk", "dues_collection");
    }

    @Test
    void aTopicKeepsItsInnerSpacesAndLosesOnlyItsQuotes() {
        assertThat(YearFacts.topic(" “学雷锋 践初心” ")).isEqualTo("学雷锋 践初心");
        assertThat(YearFacts.topic("《中国共产党章程》")).isEqualTo("《中国共产党章程》");
    }
}
