package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.activity.ActivityRecord;

/** The bot as a branch uses it: signed callbacks in, DingTalk message objects out, records in Redis. */
class WebhookTest extends ChatTest {

    @Test
    void logsAnActivityAndSaysExactlyWhatWasStored() {
        String reply = dingtalk.say(MEMBER, "3月15日召开支委会，7人参加，主题《学习贯彻党的二十届四中全会精神》");

        assertThat(reply).matches("已记录：3月15日 支部委员会会议 1次，参加7人，主题《学习贯彻党的二十届四中全会精神》。#\\d+");
        List<ActivityRecord> records = store.year("demo", 2026);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo("branch_committee_meeting");
            assertThat(r.date()).hasToString("2026-03-15");
            assertThat(r.participants()).isEqualTo(7);
            assertThat(r.senderId()).isEqualTo("member01");
            assertThat(r.senderNick()).isEqualTo("王芳");
        });
    }

    @Test
    void twoActivitiesInOneMessageGiveTwoRecords() {
        String reply = dingtalk.say(MEMBER, "今天召开支委会和党员大会");

        assertThat(reply).startsWith("已记录2项：").contains("支部委员会会议", "支部党员大会");
        assertThat(store.year("demo", 2026)).hasSize(2);
    }

    @Test
    void theSameMsgIdDeliveredTwiceStoresOnceAndAnswersTheSame() {
        String msgId = DingTalkCallbacks.newMsgId();
        HttpResponse<String> first = dingtalk.text(MEMBER, "主题党日 已开展", msgId);
        HttpResponse<String> second = dingtalk.text(MEMBER, "主题党日 已开展", msgId);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aRedeliveredUndoUndoesOneRecordAndAnswersTheSame() {
        dingtalk.say(MEMBER, "3月2日 主题党日");
        dingtalk.say(MEMBER, "3月3日 主题党日");
        String msgId = DingTalkCallbacks.newMsgId();

        HttpResponse<String> first = dingtalk.text(MEMBER, "撤销", msgId);
        HttpResponse<String> second = dingtalk.text(MEMBER, "撤销", msgId);

        assertThat(DingTalkCallbacks.replyText(first.body())).startsWith("已撤销").contains("3月3日");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aBadOrStaleSignatureIsRefusedBeforeAnythingHappens() {
        Map<String, Object> payload = dingtalk.payload(MEMBER, "text", "主题党日 已开展", DingTalkCallbacks.newMsgId());
        String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(payload);
        String now = String.valueOf(clock.millis());
        String twoHoursAgo = String.valueOf(clock.millis() - 2 * 3600 * 1000);

        assertThat(dingtalk.post(body, now, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(dingtalk.post(body, twoHoursAgo, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(401);
        assertThat(redis.keys("dj:*")).isEmpty();
    }

    @Test
    void aBodyThatIsNotARobotMessageIs400() {
        String now = String.valueOf(clock.millis());
        assertThat(dingtalk.post("not json", now, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(400);
        assertThat(dingtalk.post("{\"hello\":1}", now, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(400);
        assertThat(redis.keys("dj:*")).isEmpty();
    }

    @Test
    void aBodyOver64KiBIsRefused() {
        String huge = "主题党日".repeat(70 * 1024 / 4);
        Map<String, Object> payload = dingtalk.payload(MEMBER, "text", huge, DingTalkCallbacks.newMsgId());

        assertThat(dingtalk.post(payload).statusCode()).isEqualTo(413);
        assertThat(redis.keys("dj:*")).isEmpty();
    }

    @Test
    void aPictureThatCannotBeFetchedIsAnsweredAndNothingIsStored() {
        HttpResponse<String> response = dingtalk.post(dingtalk.payload(MEMBER, "picture", null, DingTalkCallbacks.newMsgId()));

        assertThat(response.statusCode()).isEqualTo(200);
        // DingTalk's file download is out of reach here (EvidenceChatTest has it)
        assertThat(DingTalkCallbacks.replyText(response.body())).isEqualTo("图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aRejectedFactStoresNothingAndSaysHowToSayIt() {
        String reply = dingtalk.say(MEMBER, "4月10日召开了支委会");

        assertThat(reply).startsWith("未记录");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void textWithoutAnActivityGetsHelpAndStoresNothing() {
        String reply = dingtalk.say(MEMBER, "今天天气不错");

        assertThat(reply).contains("未能识别", "帮助");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void anUnboundGroupStoresNothingUntilAnAdminBindsIt() {
        Sender stranger = MEMBER.in("cidUnboundGroup");
        assertThat(dingtalk.say(stranger, "主题党日 已开展")).contains("尚未绑定党支部", "绑定");
        assertThat(dingtalk.say(stranger, "绑定 机关第一党支部")).contains("只有组织管理员");

        assertThat(dingtalk.say(ADMIN.in("cidUnboundGroup"), "绑定 机关第一党支部")).contains("已将本群绑定到机关第一党支部",
                "本群会话编号为 cidUnboundGroup");
        assertThat(dingtalk.say(stranger, "主题党日 已开展")).startsWith("已记录");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void bindingNamesTheBranchesWhenTheNameIsUnknown() {
        assertThat(dingtalk.say(ADMIN.in("cidUnboundGroup"), "绑定 不存在的支部")).contains("未找到", "机关第一党支部（编号 demo）");
    }

    @Test
    void aOneToOneChatUsesTheSendersConfiguredBranch() {
        assertThat(dingtalk.say(MEMBER.oneToOne(), "昨天讲党课，18人参加")).startsWith("已记录：3月19日 党课 1次，参加18人");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aOneToOneChatOfAStrangerExplainsWhy() {
        Sender stranger = new Sender("outsider", "访客", false, "cidPrivateOutsider", false);
        assertThat(dingtalk.say(stranger, "主题党日 已开展")).contains("暂未确定您所在的党支部");
    }

    @Test
    void aMemberUndoesOnlyTheirOwnLastRecord() {
        dingtalk.say(MEMBER, "3月2日 主题党日");
        String other = dingtalk.say(OTHER_MEMBER, "3月3日 党小组会");
        long othersId = Long.parseLong(other.substring(other.lastIndexOf('#') + 1));

        assertThat(dingtalk.say(MEMBER, "撤销")).startsWith("已撤销").contains("主题党日");
        assertThat(dingtalk.say(MEMBER, "撤销")).contains("没有可撤销的记录");
        assertThat(dingtalk.say(MEMBER, "撤销 #" + othersId)).contains("只有登记人本人或支部书记可以撤销");
        assertThat(store.year("demo", 2026)).hasSize(1);

        assertThat(dingtalk.say(SECRETARY, "撤销 #" + othersId)).startsWith("已撤销 #" + othersId);
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(dingtalk.say(SECRETARY, "撤销 #" + othersId)).contains("未找到记录");
    }

    @Test
    void recordsListsTheLatestWithTheirIds() {
        dingtalk.say(MEMBER, "3月2日 主题党日");
        dingtalk.say(MEMBER, "收缴党费 3200元");

        String reply = dingtalk.say(MEMBER, "记录");
        assertThat(reply).contains("党费收缴 3,200元", "主题党日", "#");
        assertThat(reply.indexOf("党费收缴")).isLessThan(reply.indexOf("主题党日"));
    }

    @Test
    void progressNamesWhatIsDoneAndWhatIsMissing() {
        dingtalk.say(MEMBER, "3月2日 主题党日");

        String month = dingtalk.say(SECRETARY, "进度");
        assertThat(month).contains("本月（2026年3月）", "主题党日（每月）：已开展1次，均已按期完成",
                "支部委员会会议（每月）：已开展0次；3月尚未开展");
        assertThat(month).doesNotContain("党小组会"); // the demo branch has no 党小组

        String year = dingtalk.say(SECRETARY, "全年进度");
        assertThat(year).contains("主题党日（每月）：已开展1次；1月、2月尚未开展", "组织生活会（每年）");

        clock.set(TODAY.withMonth(11));
        assertThat(dingtalk.say(SECRETARY, "全年进度")).contains("主题党日（每月）：已开展1次；1月、2月、4月至11月尚未开展");
    }

    @Test
    void twoHundredConcurrentLogsGiveExactCounts() {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Sender sender = i % 2 == 0 ? MEMBER : OTHER_MEMBER;
            // each says something of its own: the same content again from the same sender is not stored twice
            sent.add(dingtalk.postAsync(dingtalk.payload(sender, "text", " 3月" + (i % 19 + 1) + "日 主题党日，10人参加，主题《第"
                    + i + "讲》", DingTalkCallbacks.newMsgId())));
        }
        sent.forEach(f -> assertThat(f.join().statusCode()).isEqualTo(200));

        assertThat(store.year("demo", 2026)).hasSize(200).extracting(ActivityRecord::id).doesNotHaveDuplicates();
        assertThat(store.tally("demo", 2026).count("theme_party_day")).isEqualTo(200);
        assertThat(store.tally("demo", 2026).participants("theme_party_day")).isEqualTo(2000);
        assertThat(store.rebuild("demo", 2026)).isEqualTo(store.tally("demo", 2026));
    }
}
