package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Only what took place is stored; a message that names an activity without saying so is asked about, and stored
 * when the sender answers "是" — through the webhook, as a branch uses it.
 */
class ConfirmationTest extends ChatTest {

    static final String QUESTION = "您是说3月20日已开展主题党日1次吗？\n\n"
            + "[是，记录](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%20%E6%98%AF)　"
            + "[不是](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%20%E4%B8%8D%E6%98%AF)\n\n"
            + "回复“@党建助手 是”记录，或回复“@党建助手 不是”取消；也可直接重发更正后的内容。";

    @Autowired
    MeterRegistry meters;

    @Test
    void anActivityWithoutCompletionIsAskedAboutAndStoredOnYes() {
        assertThat(dingtalk.say(MEMBER, "开展主题党日活动")).isEqualTo(QUESTION);
        assertThat(store.year("demo", 2026)).isEmpty();

        assertThat(dingtalk.say(MEMBER, "是")).matches("已记录：3月20日 主题党日 1次。#\\d+");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.activity()).isEqualTo("theme_party_day"));
        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("目前没有需要您确认的内容。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aRedeliveredYesStoresOnceAndAnswersTheSame() {
        dingtalk.say(MEMBER, "主题党日");
        String msgId = DingTalkCallbacks.newMsgId();

        HttpResponse<String> first = dingtalk.text(MEMBER, "对", msgId);
        HttpResponse<String> second = dingtalk.text(MEMBER, "对", msgId);

        assertThat(DingTalkCallbacks.replyText(first.body())).startsWith("已记录：3月20日 主题党日");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void anyOtherMessageDropsTheQuestion() {
        dingtalk.say(MEMBER, "主题党日");
        assertThat(dingtalk.say(MEMBER, "谢谢")).isEqualTo("不客气。");

        assertThat(dingtalk.say(MEMBER, "确认")).startsWith("目前没有需要您确认的内容");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aCorrectionResentReplacesTheQuestion() {
        dingtalk.say(MEMBER, "主题党日");
        assertThat(dingtalk.say(MEMBER, "昨天开了主题党日，20人参加")).startsWith("已记录：3月19日 主题党日 1次，参加20人");

        assertThat(dingtalk.say(MEMBER, "是")).startsWith("目前没有需要您确认的内容");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void theQuestionIsTheSendersOwnAndKeptForTenMinutes() {
        dingtalk.say(MEMBER, "主题党日");
        assertThat(redis.getExpire("dj:{demo}:question:member01")).isBetween(590L, 600L);

        assertThat(dingtalk.say(OTHER_MEMBER, "是")).startsWith("目前没有需要您确认的内容");
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(dingtalk.say(MEMBER, "是的")).startsWith("已记录");
    }

    @Test
    void plansNoticesAndCancellationsAreAnsweredAndStoreNothing() {
        assertThat(dingtalk.say(MEMBER, "周四下午三点在二楼会议室开支部大会，请全体党员准时参加"))
                .startsWith("好的，").contains("开展后请告诉我，我再记录");
        assertThat(dingtalk.say(MEMBER, "关于做好2026年度专题组织生活会工作的通知")).startsWith("收到通知");
        assertThat(dingtalk.say(MEMBER, "本月主题党日推迟到下周")).contains("尚未开展，未作记录");
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(redis.keys("dj:{demo}:question:*")).isEmpty();
    }

    @Test
    void aMessageWithWorkDoneAndWorkPlannedStoresTheDoneAndSaysTheRest() {
        String reply = dingtalk.say(MEMBER, "昨天开了支委会，明天上午九点开党员大会");

        assertThat(reply).startsWith("已记录：3月19日 支部委员会会议 1次")
                .endsWith("另外，3月21日的支部党员大会开展后请告诉我，我再记录。");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void howOftenTheBotAsksIsCounted() {
        double before = meters.counter(BotMetrics.MESSAGES_UNDERSTOOD, "outcome", "ask").count();
        dingtalk.say(MEMBER, "党课");
        assertThat(meters.counter(BotMetrics.MESSAGES_UNDERSTOOD, "outcome", "ask").count()).isEqualTo(before + 1);
    }
}
