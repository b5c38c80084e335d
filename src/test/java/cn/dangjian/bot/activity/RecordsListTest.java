package cn.dangjian.bot.activity;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;

/** What was logged, asked as people ask it: a month's, a quarter's, the year's, one's own. The clock is 20 March 2026. */
class RecordsListTest extends ChatTest {

    @Test
    void lastMonthsRecordsAreListedWithTheirNumbers() {
        dingtalk.say(SECRETARY, "2月10日召开支委会，5人参加");
        dingtalk.say(MEMBER, "2月26日开展主题党日，20人参加");
        dingtalk.say(MEMBER, "今天开展主题党日，21人参加");

        assertThat(dingtalk.say(SECRETARY, "上个月都干了啥")).startsWith("#### 机关第一党支部 2026年2月记录")
                .contains("#1 2月10日 支部委员会会议 1次，参加5人", "#2 2月26日 主题党日 1次，参加20人")
                .doesNotContain("#3");
        assertThat(dingtalk.say(SECRETARY, "帮我看看今年的记录")).contains("今年记录", "#1", "#2", "#3");
        assertThat(dingtalk.say(MEMBER, "我记的有哪些")).contains("我登记的记录", "#2", "#3").doesNotContain("#1 ");
        assertThat(dingtalk.say(MEMBER, "1月份开展了哪些活动")).isEqualTo("2026年1月尚无活动记录。");
    }
}
