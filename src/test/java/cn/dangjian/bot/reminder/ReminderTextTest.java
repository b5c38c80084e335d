package cn.dangjian.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.dingtalk.Message;

/** What a branch reads: the demo branch of bot-config (a committee, no 党小组, quarterly 党课). */
class ReminderTextTest {

    static final Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
    static final Branch demo = Branches.load(Path.of("bot-config/branches.yml"), catalogue).byId("demo").orElseThrow();

    static Optional<Message.Markdown> remind(Branch branch, ReminderKind kind, LocalDate today, Tally tally,
            boolean acknowledge) {
        Progress progress = Progress.of(kind.scope(), today, catalogue, branch.obligations(), tally);
        return ReminderText.compose(branch, kind, progress, today, acknowledge);
    }

    @Test
    void theMonthlyReminderNamesWhatIsMissingAndWhatIsDone() {
        Tally tally = new Tally(2026);
        tally.add("branch_committee_meeting", 3, 1, 7, 0);
        tally.add("dues_collection", 3, 1, 0, 320000);
        tally.add("theme_party_day", 2, 1, 20, 0); // February's does not count for March

        Message.Markdown reminder = remind(demo, ReminderKind.MONTHLY, LocalDate.of(2026, 3, 25), tally, true)
                .orElseThrow();

        assertThat(reminder.title()).isEqualTo("3月组织生活提醒");
        assertThat(reminder.text()).isEqualTo("""
                #### 机关第一党支部3月组织生活提醒

                截至3月25日，本月尚未记录以下工作：

                - 主题党日

                已记录：支部委员会会议1次、党费收缴。

                请支部书记统筹安排，于月底前组织开展；开展后请在群里@我登记，例如“主题党日 已开展”。""");
        assertThat(reminder.mentions()).containsExactly("secretary01");
    }

    @Test
    void theQuarterlyReminderCoversTheQuartersObligationsAndItsLastDay() {
        Message.Markdown reminder = remind(demo, ReminderKind.QUARTERLY, LocalDate.of(2026, 6, 10), new Tally(2026),
                true).orElseThrow();

        assertThat(reminder.title()).isEqualTo("第二季度组织生活提醒");
        assertThat(reminder.text()).isEqualTo("""
                #### 机关第一党支部第二季度组织生活提醒

                截至6月10日，本季度尚未记录以下工作：

                - 支部党员大会
                - 党课

                请支部书记统筹安排，于6月30日前组织开展；开展后请在群里@我登记，例如“支部党员大会 已开展”。""");
    }

    @Test
    void theYearlyReminderAlsoSaysTheDraftCanBeAskedFor() {
        Tally tally = new Tally(2026);
        tally.add("heart_to_heart_talk", 5, 12, 12, 0);
        tally.add("branch_member_meeting", 6, 1, 30, 0);

        Message.Markdown reminder = remind(demo, ReminderKind.YEARLY, LocalDate.of(2026, 12, 1), tally, true)
                .orElseThrow();

        assertThat(reminder.title()).isEqualTo("2026年度组织生活提醒");
        assertThat(reminder.text()).isEqualTo("""
                #### 机关第一党支部2026年度组织生活提醒

                截至12月1日，今年尚未记录以下工作：

                - 组织生活会
                - 民主评议党员

                已记录：谈心谈话12人次。

                请支部书记统筹安排，于年底前组织开展；开展后请在群里@我登记，例如“组织生活会 已开展”。

                全年记录可用于起草年度述职报告，如需初稿，请在群里@我发送“生成2026年度述职报告”。""");
    }

    @Test
    void aBranchWithNothingMissingGetsOneLine() {
        Tally tally = new Tally(2026);
        tally.add("branch_committee_meeting", 3, 1, 7, 0);
        tally.add("theme_party_day", 3, 1, 20, 0);
        tally.add("dues_collection", 3, 1, 0, 320000);

        Message.Markdown ack = remind(demo, ReminderKind.MONTHLY, LocalDate.of(2026, 3, 25), tally, true).orElseThrow();

        assertThat(ack.text()).isEqualTo("#### 机关第一党支部3月组织生活提醒\n\n本月各项组织生活均已记录在案，谢谢大家。");
        assertThat(ack.mentions()).isEmpty();
        assertThat(remind(demo, ReminderKind.MONTHLY, LocalDate.of(2026, 3, 25), tally, false)).isEmpty();
    }

    @Test
    void aBranchThatOwesNothingOfThatRhythmHearsNothing() {
        Branch small = new Branch("small", "第二党支部", List.of("cidSmall"), List.of("secretary02"), List.of(),
                Map.of("theme_party_day", Cadence.MONTHLY), null);

        assertThat(remind(small, ReminderKind.QUARTERLY, LocalDate.of(2026, 3, 10), new Tally(2026), true)).isEmpty();
        assertThat(remind(small, ReminderKind.MONTHLY, LocalDate.of(2026, 3, 25), new Tally(2026), true)).isPresent();
    }
}
