package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.activity.ActivityRecord;

/**
 * Undoing one record of an event the message recorded in several asks whether to undo the whole event, with a
 * tap-to-reply link per answer; records of one message alone are undone at once. Through the webhook (today is
 * 2026-03-20); the 主题党日 of 3月18日 is #1, its 红色教育 #2 and 重温入党誓词 #3.
 */
class UndoOfAnEventTest extends ChatTest {

    static final String ASKED = "记录 #2（3月18日 红色教育 1次，参加22人）与#1（3月18日 主题党日 1次，参加22人）、"
            + "#3（3月18日 重温入党誓词 1次，参加22人）是同一条消息记录的同一次活动。请问撤销整次活动，还是只撤销 #2？\n\n"
            + "1. [撤销整次活动（#1 #2 #3）](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%201)\n"
            + "2. [只撤销 #2](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%202)\n\n"
            + "请回复“@党建助手 1”等序号选择；都不是请回复“@党建助手 不是”。";

    @BeforeEach
    void aThemeDayOfThreeRecords() {
        assertThat(dingtalk.say(MEMBER, "3月18日主题党日到烈士陵园开展红色教育，重温入党誓词，22人参加"))
                .endsWith("#1 #2 #3");
    }

    @Test
    void undoingOneRecordOfAnEventAsksWhetherToUndoTheWholeEventAndUndoesNothingYet() {
        assertThat(dingtalk.say(MEMBER, "撤销 #2")).isEqualTo(ASKED);

        assertThat(store.year("demo", 2026)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "都撤销", "整次活动都撤了", "第一个"})
    void theWholeEventIsUndoneOnItsAnswer(String answer) {
        dingtalk.say(MEMBER, "撤销 #2");

        assertThat(dingtalk.say(MEMBER, answer)).isEqualTo("已撤销 #1：3月18日 主题党日 1次，参加22人。\n"
                + "已撤销 #2：3月18日 红色教育 1次，参加22人。\n已撤销 #3：3月18日 重温入党誓词 1次，参加22人。");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "只撤销这一条"})
    void theOneRecordIsUndoneOnItsAnswer(String answer) {
        dingtalk.say(MEMBER, "撤销 #2");

        assertThat(dingtalk.say(MEMBER, answer)).isEqualTo("已撤销 #2：3月18日 红色教育 1次，参加22人。");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::id).containsExactly(1L, 3L);
    }

    @Test
    void aNoUndoesNothingAndAYesAsksForTheNumber() {
        dingtalk.say(MEMBER, "撤销 #2");

        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请回复序号选择，例如回复“@党建助手 1”。");
        assertThat(dingtalk.say(MEMBER, "不是")).isEqualTo("好的，未撤销任何记录。");
        assertThat(store.year("demo", 2026)).hasSize(3);
    }

    @Test
    void undoingTheLastRecordAsksAboutItsEventToo() {
        assertThat(dingtalk.say(MEMBER, "撤销刚才那条")).contains("请问撤销整次活动，还是只撤销 #3？");
        assertThat(dingtalk.say(MEMBER, "1")).contains("已撤销 #1", "已撤销 #2", "已撤销 #3");
    }

    @Test
    void everyRecordOfTheEventNamedIsUndoneWithoutAsking() {
        assertThat(dingtalk.say(MEMBER, "撤销 #1 #2 #3")).contains("已撤销 #1", "已撤销 #2", "已撤销 #3");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aRecordAloneInItsMessageIsUndoneAtOnce() {
        dingtalk.say(MEMBER, "今天开了支委会，7人参加");

        assertThat(dingtalk.say(MEMBER, "撤销 #4")).isEqualTo("已撤销 #4：3月20日 支部委员会会议 1次，参加7人。");
    }

    @Test
    void anotherMembersEventIsRefusedWithoutAQuestionAndTheSecretaryIsAsked() {
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销 #2")).contains("只有登记人本人或支部书记可以撤销");

        assertThat(dingtalk.say(SECRETARY, "撤销 #2")).contains("请问撤销整次活动");
        assertThat(dingtalk.say(SECRETARY, "2")).startsWith("已撤销 #2");
    }

    @Test
    void inTheOneToOneChatTheLinksAnswerWithoutTheAt() {
        assertThat(dingtalk.say(MEMBER.oneToOne(), "撤销 #2"))
                .contains("[只撤销 #2](dtmd://dingtalkclient/sendMessage?content=2)").doesNotContain("@党建助手");
    }
}
