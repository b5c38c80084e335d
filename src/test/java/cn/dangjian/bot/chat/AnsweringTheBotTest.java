package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.DatePrecision;

/**
 * Members answer the bot's own questions the way they talk, through the webhook: a missing amount asked rather than
 * invented, bare values ("3650", "8个人", "28号"), a yes or a no in a word, a candidate picked by its name or number.
 * The clock is Friday 20 March 2026.
 */
class AnsweringTheBotTest extends ChatTest {

    static final String AMOUNT_ASKED = "请问这次党费收缴了多少元？\n\n请直接回复“@党建助手 4200元”。";

    @ParameterizedTest
    @ValueSource(strings = {"收缴了本季度党费", "党费已交", "3月份党费收齐了"})
    void duesWithoutAnAmountAreAskedAboutAndNothingIsStored(String report) {
        assertThat(dingtalk.say(MEMBER, report)).isEqualTo(AMOUNT_ASKED);

        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(redis.getExpire("dj:{demo}:question:member01")).isBetween(590L, 600L);
    }

    @ParameterizedTest
    @CsvSource({"3200, 3200", "3200元, 3200", "一共三千二, 3200", "'@党建助手 3,200.50', 3200.50", "收了3200块, 3200"})
    void theBareAmountCompletesTheDuesAndStoresThem(String answer, String yuan) {
        dingtalk.say(MEMBER, "党费已交");

        assertThat(dingtalk.say(MEMBER, answer)).startsWith("已记录：3月20日 党费收缴 ").endsWith("元。#1");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo("dues_collection");
            assertThat(r.amount()).isEqualByComparingTo(new BigDecimal(yuan));
            assertThat(r.words()).isEqualTo("党费已交");
        });
    }

    @Test
    void anotherMonthsDuesWithTheirAmountAreAReportOfTheirOwnNotTheAnswer() {
        dingtalk.say(MEMBER, "2月份党费收了");

        assertThat(dingtalk.say(MEMBER, "3月党费3200元已交")).isEqualTo("已记录：3月20日 党费收缴 3,200元。#1");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 20)));
    }

    @Test
    void anAnswerThatIsNoAmountIsAskedAgainAndALaterOneStores() {
        dingtalk.say(MEMBER, "党费已交");

        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请直接回复所缺的内容，例如回复“@党建助手 4200元”。");
        assertThat(dingtalk.say(MEMBER, "3650")).isEqualTo("已记录：3月20日 党费收缴 3,650元。#1");
        assertThat(dingtalk.say(MEMBER, "3650")).doesNotStartWith("已记录");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void duesWithTheirAmountAreStoredAtOnceAndAMeetingBesideUnpaidDuesWaitsForTheAmount() {
        assertThat(dingtalk.say(MEMBER, "收缴3月党费3200元")).startsWith("已记录：3月20日 党费收缴 3,200元");

        assertThat(dingtalk.say(MEMBER, "今天开了支委会，7人参加，收了党费")).isEqualTo(AMOUNT_ASKED);
        assertThat(store.year("demo", 2026)).hasSize(1);
        assertThat(dingtalk.say(MEMBER, "2980元")).startsWith("已记录").contains("支部委员会会议", "2,980元");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::activity)
                .containsExactlyInAnyOrder("dues_collection", "dues_collection", "branch_committee_meeting");
    }

    @ParameterizedTest
    @CsvSource({"18号, 3月18日", "@党建助手 上周五, 3月13日", "是前天, 3月18日", "18, 3月18日", "十八, 3月18日"})
    void aVagueDateIsAskedForItsDayAndTheDayStoresTheReading(String answer, String day) {
        assertThat(dingtalk.say(MEMBER, "近期开了支委会，7人参加")).isEqualTo(
                "未记录：“近期”没有写明具体日期，请问支部委员会会议是哪一天开展的？\n\n请直接回复“@党建助手 18号”。");
        assertThat(store.year("demo", 2026)).isEmpty();

        assertThat(dingtalk.say(MEMBER, answer)).isEqualTo("已记录：" + day + " 支部委员会会议 1次，参加7人。#1");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.words()).isEqualTo("近期开了支委会，7人参加"));
    }

    @Test
    void aDayThatIsNoDayKeepsTheQuestion() {
        dingtalk.say(MEMBER, "前段时间组织了一次党课");

        assertThat(dingtalk.say(MEMBER, "最近")).startsWith("未记录：“最近”没有写明具体日期");
        assertThat(dingtalk.say(MEMBER, "25号")).startsWith("未记录：日期2026年3月25日晚于今天");
        assertThat(dingtalk.say(MEMBER, "3月2日")).isEqualTo("已记录：3月2日 党课 1次。#1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18人", "18个人", "18", "实际是18人参加"})
    void morePeopleThanABranchHasAreAskedForAndTheRealNumberStores(String answer) {
        assertThat(dingtalk.say(MEMBER, "今天开展了主题党日，3000人参加")).startsWith(
                "未记录：参加人数“3000人”超过1000人").contains("请问主题党日实际参加多少人？", "回复“@党建助手 8人”");
        assertThat(store.year("demo", 2026)).isEmpty();

        assertThat(dingtalk.say(MEMBER, answer)).isEqualTo("已记录：3月20日 主题党日 1次，参加18人。#1");
    }

    @Test
    void aCorrectionOfAConfirmedReadingCountsPeopleAsThePeopleWhoTookPart() {
        dingtalk.say(MEMBER, "组织党员过政治生日");

        assertThat(dingtalk.say(MEMBER, "不是今天 是上周五搞的，6个人")).startsWith("已记录：3月13日 政治生日")
                .contains("参加6人");
    }

    @Test
    void anActivityNamedInReplyToAConfirmationIsTheReadingsActivity() {
        assertThat(dingtalk.say(MEMBER, "上午开了个支部的会")).contains("支部委员会会议");

        assertThat(dingtalk.say(MEMBER, "不是，是党小组会")).startsWith("已记录：3月20日 党小组会 1次");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::activity).containsExactly("party_group_meeting");
    }

    @ParameterizedTest
    @CsvSource({"支委会, branch_committee_meeting", "党员大会那个, branch_member_meeting", "2, branch_committee_meeting",
            "第一个, branch_member_meeting", "是支委会, branch_committee_meeting"})
    void aNumberedCandidateIsPickedByItsNameOrItsNumber(String answer, String activity) {
        assertThat(dingtalk.say(MEMBER, "昨天开了支部会，15人参加")).contains("1. [支部党员大会", "2. [支部委员会会议");

        assertThat(dingtalk.say(MEMBER, answer)).startsWith("已记录：3月19日 ");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.activity()).isEqualTo(activity));
    }

    @Test
    void aNewReportWhileAChoiceIsPendingIsANewReport() {
        dingtalk.say(MEMBER, "昨天开了支部会，15人参加");

        assertThat(dingtalk.say(MEMBER, "今天开了支委会，7人参加")).startsWith("已记录：3月20日 支部委员会会议 1次，参加7人");
        assertThat(dingtalk.say(MEMBER, "1")).startsWith("目前没有需要您选择的内容");
    }

    @Test
    void duesOfAMonthAreCompleteAsSaidAndNotAskedForTheirDay() {
        assertThat(dingtalk.say(MEMBER, "上个月的党费收齐了，共3200元")).isEqualTo("已记录：2月 党费收缴 3,200元。#1");

        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.datePrecision()).isEqualTo(DatePrecision.MONTH));
        assertThat(dingtalk.say(MEMBER, "18号")).doesNotStartWith("已更正");
    }

    static final String MONTH_STORED = "已记录：2月 支部党员大会 1次。#1 如记得具体日期，可回复“@党建助手 18号”补充。";

    @Test
    void aMonthIsStoredAtOnceAndTheAnswerOffersToTakeItsDay() {
        assertThat(dingtalk.say(MEMBER, "上个月开过党员大会了，忘了登记")).isEqualTo(MONTH_STORED);

        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.datePrecision()).isEqualTo(DatePrecision.MONTH));
    }

    @ParameterizedTest
    @CsvSource({"28号, 2026-02-28", "@党建助手 28日, 2026-02-28", "二十六, 2026-02-26", "6, 2026-02-06"})
    void aBareDayEditsTheRecordStoredWithItsMonthInPlace(String answer, String day) {
        dingtalk.say(MEMBER, "上个月开过党员大会了，忘了登记");

        assertThat(dingtalk.say(MEMBER, answer))
                .isEqualTo("已更正 #1：日期 2月→2月" + LocalDate.parse(day).getDayOfMonth() + "日。");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(1);
            assertThat(r.date()).isEqualTo(day);
            assertThat(r.datePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(r.version()).isEqualTo(2);
        });
    }

    @Test
    void aDayOutsideTheStoredMonthIsRefusedAndChangesNothingAndTheQuestionStays() {
        dingtalk.say(MEMBER, "上个月开过党员大会了，忘了登记");

        assertThat(dingtalk.say(MEMBER, "上周五")).isEqualTo(
                "未更正：#1 登记的是2月，3月13日不在2月内。如记得2月的具体日期，请回复“@党建助手 18号”。");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.datePrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(r.version()).isEqualTo(1);
        });
        assertThat(dingtalk.say(MEMBER, "27号")).isEqualTo("已更正 #1：日期 2月→2月27日。");
    }

    @Test
    void anyOtherMessageLetsTheQuestionForTheDayLapse() {
        dingtalk.say(MEMBER, "上个月开过党员大会了，忘了登记");

        assertThat(dingtalk.say(MEMBER, "今天开了支委会，7人参加")).startsWith("已记录：3月20日 支部委员会会议 1次，参加7人");
        assertThat(dingtalk.say(MEMBER, "28号")).doesNotContain("已更正", "已记录");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::datePrecision)
                .containsExactlyInAnyOrder(DatePrecision.MONTH, DatePrecision.DAY);
    }

    @Test
    void aSlipThatSoundsLikeTheCommitteeIsAskedAndStoredOnAPlainYes() {
        assertThat(dingtalk.say(MEMBER, "昨天开了织委会 6人参加")).contains("支部委员会会议");
        assertThat(store.year("demo", 2026)).isEmpty();

        assertThat(dingtalk.say(MEMBER, "对")).isEqualTo("已记录：3月19日 支部委员会会议 1次，参加6人。#1");
    }

    @Test
    void theBeginningOfTheMonthIsStoredAsTheMonthAndTheDayRepliedCompletesIt() {
        assertThat(dingtalk.say(MEMBER, "月初书记和3名支委逐一谈心谈话"))
                .isEqualTo("已记录：3月 谈心谈话 3人次。#1 如记得具体日期，可回复“@党建助手 18号”补充。");

        assertThat(dingtalk.say(MEMBER, "2号")).isEqualTo("已更正 #1：日期 3月→3月2日。");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.datePrecision()).isEqualTo(DatePrecision.DAY));
    }

    @Test
    void aNoWithTheRightActivityAnswersTheQuestionAndStoresThatActivity() {
        assertThat(dingtalk.say(MEMBER, "上午开了个支部的会")).contains("支部委员会会议");

        assertThat(dingtalk.say(MEMBER, "不对，是党课")).startsWith("已记录：3月20日 党课 1次");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::activity).containsExactly("party_lecture");
    }
}
