package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;

/**
 * A message that says something was done but names no activity the catalogue knows is asked about with the whole
 * reading, or with numbered readings when two activities resemble it as closely; the member answers 是 or a number
 * instead of typing it all again. Through the webhook, as a branch uses it (today is 2026-03-20).
 */
class NoDeadEndTest extends ChatTest {

    @Test
    void aReportResemblingOneActivityIsAskedWithItsWholeReadingAndStoredOnYes() {
        assertThat(dingtalk.say(MEMBER, "昨天开了个生活会，12人参加"))
                .isEqualTo("您是说3月19日已开展组织生活会1次（12人参加）吗？回复“是”记录，或直接重发更正后的内容。");
        assertThat(store.year("demo", 2026)).isEmpty();

        assertThat(dingtalk.say(MEMBER, "是")).startsWith("已记录：3月19日 组织生活会 1次，参加12人");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo("organizational_life_meeting");
            assertThat(r.participants()).isEqualTo(12);
        });
    }

    @Test
    void aSlipThatSoundsLikeAnActivityIsAskedAboutNeverStoredAsAnother() {
        assertThat(dingtalk.say(MEMBER, "今天上午开了之委会，研究主题党日安排"))
                .isEqualTo("您是说3月20日已开展支部委员会会议1次吗？回复“是”记录，或直接重发更正后的内容。");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void twoCloseActivitiesAreOneQuestionWithNumberedChoicesAndTheNumberStoresOne() {
        assertThat(dingtalk.say(MEMBER, "昨天开了支部会，15人参加")).isEqualTo("您是说3月19日已开展以下哪一项？"
                + "1. 支部党员大会1次（15人参加）；2. 支部委员会会议1次（15人参加）。回复序号记录，例如“1”；都不是请直接重发更正后的内容。");

        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请回复序号1、2中的一个记录，或直接重发更正后的内容。");
        assertThat(dingtalk.say(MEMBER, "回复2")).startsWith("已记录：3月19日 支部委员会会议 1次，参加15人");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.activity()).isEqualTo("branch_committee_meeting"));
        assertThat(dingtalk.say(MEMBER, "1")).startsWith("目前没有需要您选择的内容");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aNumberTheQuestionDidNotOfferKeepsItOpen() {
        dingtalk.say(MEMBER, "昨天开了支部会，15人参加");

        assertThat(dingtalk.say(MEMBER, "3")).isEqualTo("请回复序号1、2中的一个记录，或直接重发更正后的内容。");
        assertThat(dingtalk.say(MEMBER, "1")).startsWith("已记录：3月19日 支部党员大会 1次，参加15人");
    }

    @Test
    void onlyTextResemblingNothingIsRefusedWithExamples() {
        assertThat(dingtalk.say(MEMBER, "下午把车开走了")).startsWith("未能识别这条消息中的支部活动");
        assertThat(store.year("demo", 2026)).isEmpty();
    }
}
