package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Shape;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;

class ParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    final Parser parser = ParseTableTest.PARSER;

    @Test
    void whatTheBranchHasIsSaidAsAWholeMessageNotAMeetingMissed() {
        assertThat(parser.parse("本支部设有党小组", TODAY))
                .isEqualTo(new Command.BranchShape(Shape.Subject.PARTY_GROUPS, true));
        assertThat(parser.parse("我们没有支委会", TODAY)).isEqualTo(new Command.BranchShape(Shape.Subject.COMMITTEE, false));
        assertThat(parser.parse("未设党小组", TODAY)).isEqualTo(new Command.BranchShape(Shape.Subject.PARTY_GROUPS, false));
        assertThat(parser.parse("查看支部设置", TODAY)).isEqualTo(new Command.BranchShape(null, null));
        assertThat(parser.parse("本月没有党小组会", TODAY)).isNotInstanceOf(Command.BranchShape.class);
        assertThat(parser.parse("今天召开了党小组会", TODAY)).isInstanceOf(Command.Log.class);
    }

    @Test
    void aQuestionWhetherTheBranchHasABodyIsAnsweredByYesHasNoOrItsNumber() {
        Question asked = Question.branchShape("m1", "partyGroups", List.of("设有党小组", "未设党小组"));
        assertThat(parser.parse("有", TODAY, null, asked)).isEqualTo(new Command.AnswerQuestion(asked, new Answer.Yes()));
        assertThat(parser.parse("没有", TODAY, null, asked)).isEqualTo(new Command.AnswerQuestion(asked, new Answer.No()));
        assertThat(parser.parse("2", TODAY, null, asked))
                .isEqualTo(new Command.AnswerQuestion(asked, new Answer.Choice(2)));
        assertThat(parser.parse("未设党小组", TODAY, null, asked))
                .isEqualTo(new Command.BranchShape(Shape.Subject.PARTY_GROUPS, false));
    }

    @Test
    void aFutureDateSaidAsDoneIsRefusedWithWhatWasNotAcceptedAndHowToSayIt() {
        assertThat(parser.parse("2026年12月1日召开了支委会", TODAY)).isEqualTo(new Command.Rejected(
                "未记录：日期2026年12月1日晚于今天。请写明已开展活动的日期，例如“3月20日召开支委会”。"));
    }

    @Test
    void aFutureDateIsAPlanAnsweredWithTheDayUnderstood() {
        assertThat(parser.parse("3月25日召开支委会", TODAY)).isEqualTo(new Command.Noted(SpeechAct.PLAN,
                "好的，3月25日的支部委员会会议开展后请告诉我，我再记录。"));
    }

    @Test
    void aMonthAndDayThatHavePassedThisYearAreThisYears() {
        LocalDate november = LocalDate.of(2026, 11, 23);
        assertThat(parser.parse("3月15日召开支委会，7人参加", november)).isEqualTo(new Command.Log(List.of(
                new Entry("branch_committee_meeting", LocalDate.of(2026, 3, 15), 1, 7, null, null))));
        assertThat(parser.parse("1月2日召开支委会", LocalDate.of(2026, 12, 30))).isEqualTo(new Command.Log(List.of(
                new Entry("branch_committee_meeting", LocalDate.of(2026, 1, 2), 1, null, null, null))));
    }

    @Test
    void aWeekdayOfThisWeekStillToComeSuggestsLastWeek() {
        assertThat(parser.parse("周日开展主题党日活动", TODAY)).isEqualTo(new Command.Noted(SpeechAct.PLAN,
                "好的，3月22日的主题党日开展后请告诉我，我再记录。如指上周已开展的活动，请写“上周日”重新发送。"));
        assertThat(parser.parse("周日开展了主题党日活动", TODAY)).isEqualTo(new Command.Rejected(
                "未记录：日期2026年3月22日（本周日）晚于今天。如指上周，请写“上周日”。"));
    }

    @Test
    void aPlannedWeekdayOfThisWeekThatHasPassedIsTheComingOne() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(parser.parse("周四下午三点在二楼会议室开支部大会", sunday)).isEqualTo(new Command.Noted(SpeechAct.PLAN,
                "好的，12月3日的支部党员大会开展后请告诉我，我再记录。如指本周四（11月26日）已开展的活动，请写“本周四”重新发送。"));
        assertThat(parser.parse("本周四开了支部大会", sunday)).isEqualTo(new Command.Log(List.of(
                new Entry("branch_member_meeting", LocalDate.of(2026, 11, 26), 1, null, null, null))));
    }

    @Test
    void everyRefusalSaysWhatWasNotAcceptedAndGivesAnExample() {
        for (String text : List.of("2月30日召开支委会", "支委会0次", "支委会1200次", "党员大会，0人参加", "党费0元",
                "2024年1月1日召开支委会", "前几天开了支委会", "撤销支委会那条", "绑定")) {
            Command command = parser.parse(text, TODAY);
            assertThat(command).as(text).isInstanceOf(Command.Rejected.class);
            String reason = ((Command.Rejected) command).reason();
            assertThat(reason).as(text).matches("未(记录|撤销|绑定)：.+例如“[^”]+”.*");
        }
    }

    @Test
    void oneRefusedFactRefusesTheWholeMessage() {
        assertThat(parser.parse("昨天召开支委会2次，党员大会0次，主题党日1次", TODAY)).isInstanceOf(Command.Rejected.class);
    }

    @Test
    void lineBreaksSeparateFactsLikeFullStops() {
        Command command = parser.parse("@党建助手\n3月18日党小组会\n主题：学习新党章\n8人参加", TODAY);
        assertThat(command).isEqualTo(new Command.Log(List.of(
                new Entry("party_group_meeting", LocalDate.of(2026, 3, 18), 1, 8, "学习新党章", null))));
    }

    @Test
    void duesAmountsKeepTwoDecimals() {
        Command.Log log = (Command.Log) parser.parse("党费 3,200.5元 已收齐", TODAY);
        assertThat(log.entries().get(0).amount()).isEqualTo(new BigDecimal("3200.50"));
    }

    @Test
    void aMessageNamingNoActivityGetsNoSuggestionsWhenNothingIsClose() {
        assertThat(parser.parse("今天天气不错", TODAY)).isEqualTo(new Command.NotUnderstood(List.of()));
    }

    /** The webhook hands over whatever a member types: no input may make the parser throw. */
    @Test
    void neverThrowsOnArbitraryText() {
        String alphabet = "0123456789.,-/#@ 零一二两三四五六七八九十百千万年月日号周上本去今昨前天次人名位参加元块万“”《》「」主题:是"
                + "支委会党员大会党课主题党日党费收缴谈心撤销记录进度绑定述职总结生成研究和、，。？吗没未\n\u3000１２３";
        Random random = new Random(20260320);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> parser.parse(text.toString(), TODAY)).as(text.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void aLongMessageIsParsed() {
        String text = "今天召开支委会，7人参加。" + "会议研究了有关事项。".repeat(3000);
        assertThat(parser.parse(text, TODAY)).isInstanceOf(Command.Log.class);
    }
}
