package cn.dangjian.bot.report;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.branch.Branches;

/**
 * 亮点：… in the branch's group, as DingTalk delivers it: the secretary's highlights are kept for the year, listed by
 * 亮点, and reach the year's draft; a member's are refused, a redelivery keeps nothing twice.
 */
class HighlightsTest extends ChatTest {

    @Autowired
    Drafts drafts;

    @Autowired
    Branches branches;

    @Test
    void theSecretarysHighlightIsKeptAsTypedListedAndWovenIntoTheDraft() {
        clock.set(LocalDate.of(2025, 6, 30).atTime(20, 0));
        String text = "支部与社区党委开展联建共建，党员志愿服务队常态化开展“敲门行动”";

        assertThat(dingtalk.say(SECRETARY, "亮点：" + text)).startsWith("已记下2025年度亮点（第1条）：" + text);
        // naming activities, it logged none of them
        assertThat(store.year("demo", 2025)).isEmpty();
        assertThat(dingtalk.say(MEMBER, "亮点")).isEqualTo("2025年度已记下的亮点（1条）：\n1. " + text);

        clock.set(LocalDate.of(2026, 1, 10).atTime(10, 0));
        Drafts.Composed duty = drafts.compose(branches.byId("demo").orElseThrow(), 2025, DraftKind.DUTY_REPORT);
        assertThat(drafts.markdown(duty)).contains(text + "。");
        assertThat(drafts.summary(duty)).contains("- 亮点：" + text);
    }

    @Test
    void aRedeliveredHighlightIsKeptOnce() {
        String msgId = DingTalkCallbacks.newMsgId();

        dingtalk.text(SECRETARY, "成效：党员参加率保持在90%以上", msgId);
        String again = DingTalkCallbacks.replyText(dingtalk.text(SECRETARY, "成效：党员参加率保持在90%以上", msgId).body());

        assertThat(again).startsWith("已记下");
        assertThat(dingtalk.say(SECRETARY, "亮点")).isEqualTo("2026年度已记下的亮点（1条）：\n1. 党员参加率保持在90%以上");
    }

    @Test
    void aMembersHighlightIsRefusedAndKeepsNothing() {
        assertThat(dingtalk.say(MEMBER, "亮点：我们支部很好")).contains("亮点和成效由支部书记记下");
        assertThat(dingtalk.say(MEMBER, "亮点")).startsWith("2026年度尚未记下亮点。");
    }

    @Test
    void aHighlightTooLongIsRefusedWithTheLimit() {
        assertThat(dingtalk.say(SECRETARY, "亮点：" + "很".repeat(Highlights.MAX_LENGTH + 1)))
                .startsWith("未记下：亮点请控制在300字以内");
        assertThat(dingtalk.say(SECRETARY, "亮点")).startsWith("2026年度尚未记下亮点。");
    }
}
