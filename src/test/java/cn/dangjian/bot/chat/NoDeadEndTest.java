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

    static final String HAND = "回复“@党建助手 是”记录，或回复“@党建助手 不是”取消；也可直接重发更正后的内容。";

    @Test
    void aReportResemblingOneActivityIsAskedWithItsWholeReadingAndStoredOnYes() {
        assertThat(dingtalk.say(MEMBER, "昨天开了个生活会，12人参加"))
                .startsWith("您是说3月19日已开展组织生活会1次（12人参加）吗？\n\n[是，记录](dtmd:").contains(HAND);
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
                .startsWith("您是说3月20日已开展支部委员会会议1次吗？").contains(HAND);
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void twoCloseActivitiesAreOneQuestionWithNumberedChoicesAndTheNumberStoresOne() {
        assertThat(dingtalk.say(MEMBER, "昨天开了支部会，15人参加")).isEqualTo("您是说3月19日已开展以下哪一项？\n"
                + "\n1. [支部党员大会1次（15人参加）](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%201)"
                + "\n2. [支部委员会会议1次（15人参加）](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%202)"
                + "\n\n请回复“@党建助手 1”等序号选择；都不是请回复“@党建助手 不是”。");

        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请回复序号选择，例如回复“@党建助手 1”。");
        assertThat(dingtalk.say(MEMBER, "回复2")).startsWith("已记录：3月19日 支部委员会会议 1次，参加15人");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.activity()).isEqualTo("branch_committee_meeting"));
        assertThat(dingtalk.say(MEMBER, "1")).startsWith("目前没有需要您选择的内容");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aNumberTheQuestionDidNotOfferKeepsItOpen() {
        dingtalk.say(MEMBER, "昨天开了支部会，15人参加");

        assertThat(dingtalk.say(MEMBER, "3")).isEqualTo("请回复1至2之间的序号，例如回复“@党建助手 1”。");
        assertThat(dingtalk.say(MEMBER, "1")).startsWith("已记录：3月19日 支部党员大会 1次，参加15人");
    }

    @Test
    void onlyTextResemblingNothingIsRefusedWithExamples() {
        assertThat(dingtalk.say(MEMBER, "下午把车开走了")).startsWith("未能识别这条消息中的支部活动");
        assertThat(store.year("demo", 2026)).isEmpty();
    }
}
