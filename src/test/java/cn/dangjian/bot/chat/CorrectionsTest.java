package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;

/**
 * A member corrects a record by saying what is wrong: the record keeps its number and is edited in place, the answer
 * says what changed, and no second record appears — through the webhook, as a branch uses it.
 */
class CorrectionsTest extends ChatTest {

    @Test
    void aWrongNumberOfPeopleIsCorrectedInPlace() {
        assertThat(dingtalk.say(MEMBER, "昨天开了支委会，7人参加")).endsWith("#1");

        assertThat(dingtalk.say(MEMBER, "#1这条人数记少了，实际到了23个人")).isEqualTo("已更正 #1：参加人数 7人→23人。");

        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(1);
            assertThat(r.participants()).isEqualTo(23);
            assertThat(r.activity()).isEqualTo("branch_committee_meeting");
        });
        assertThat(dingtalk.say(MEMBER, "记录")).contains("#1 3月19日 支部委员会会议 1次，参加23人");
    }

    @Test
    void theLastRecordOfTheActivityNamedIsCorrectedNotTheLastLogged() {
        dingtalk.say(MEMBER, "今天开展主题党日，18人参加");
        dingtalk.say(MEMBER, "收缴3月党费3200元");

        assertThat(dingtalk.say(MEMBER, "刚才那个主题党日是3月18日的")).isEqualTo("已更正 #1：日期 3月20日→3月18日。");
        assertThat(store.year("demo", 2026)).hasSize(2).extracting(r -> r.date())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 20));
        assertThat(dingtalk.say(MEMBER, "刚才那个支委会人数不对，是6人")).startsWith("您最近没有登记过支部委员会会议，未作更正。");
    }

    @Test
    void theLastRecordTakesAnotherActivityDateAndAmount() {
        dingtalk.say(MEMBER, "今天开了支委会");
        assertThat(dingtalk.say(MEMBER, "刚才那条弄错了，改成主题党日")).isEqualTo("已更正 #1：活动 支部委员会会议→主题党日。");
        assertThat(dingtalk.say(MEMBER, "#1日期写错了，应该是3月16号")).isEqualTo("已更正 #1：日期 3月20日→3月16日。");

        dingtalk.say(MEMBER, "收缴3月党费3200元");
        assertThat(dingtalk.say(MEMBER, "更正#2，金额是3260元")).isEqualTo("已更正 #2：金额 3,200元→3,260元。");

        assertThat(store.year("demo", 2026)).hasSize(2).anySatisfy(r -> {
            assertThat(r.activity()).isEqualTo("theme_party_day");
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        }).anySatisfy(r -> assertThat(r.amount()).isEqualByComparingTo(new BigDecimal("3260")));
    }

    @Test
    void aCorrectionThatSaysWhatIsWrongWithoutPointingAtTheRecordEditsItAndStoresNoSecond() {
        dingtalk.say(MEMBER, "今天开了支部党员大会，20人参加");
        dingtalk.say(MEMBER, "昨天开了支委会，5人参加");

        assertThat(dingtalk.say(MEMBER, "刚才的党员大会人数写错了，实到23人")).isEqualTo("已更正 #1：参加人数 20人→23人。");
        assertThat(dingtalk.say(MEMBER, "支委会日期不对 应该是3月16号")).isEqualTo("已更正 #2：日期 3月19日→3月16日。");
        assertThat(dingtalk.say(MEMBER, "不对，是17号")).isEqualTo("已更正 #2：日期 3月16日→3月17日。");
        assertThat(store.year("demo", 2026)).hasSize(2);
    }

    @Test
    void onlyTheAuthorOrASecretaryCorrects() {
        dingtalk.say(MEMBER, "昨天开了支委会，7人参加");

        assertThat(dingtalk.say(OTHER_MEMBER, "#1人数不对，是9人")).isEqualTo("记录 #1 由王芳登记，只有登记人本人或支部书记可以更正。");
        assertThat(dingtalk.say(SECRETARY, "#1人数不对，是9人")).isEqualTo("已更正 #1：参加人数 7人→9人。");
        assertThat(dingtalk.say(SECRETARY, "#1人数不对，是9人")).isEqualTo("记录 #1 已是这样，无需更正。");
        assertThat(dingtalk.say(MEMBER, "#7人数不对，是9人")).startsWith("未找到记录 #7");
    }

    @Test
    void aMessageAboutARecordThatSaysNoChangeStoresNothing() {
        dingtalk.say(MEMBER, "昨天开了支委会，7人参加");

        assertThat(dingtalk.say(MEMBER, "#1开了支委会")).startsWith("未作记录：这条消息说的是记录 #1，不会另记一条");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aRedeliveredCorrectionIsAnsweredTheSameAndChangesNothingMore() {
        dingtalk.say(MEMBER, "昨天开了支委会，7人参加");
        String msgId = DingTalkCallbacks.newMsgId();

        HttpResponse<String> first = dingtalk.text(MEMBER, "#1人数是12人", msgId);
        HttpResponse<String> second = dingtalk.text(MEMBER, "#1人数是12人", msgId);

        assertThat(DingTalkCallbacks.replyText(first.body())).isEqualTo("已更正 #1：参加人数 7人→12人。");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> assertThat(r.participants()).isEqualTo(12));
    }
}
