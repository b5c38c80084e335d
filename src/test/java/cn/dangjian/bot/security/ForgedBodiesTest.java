package cn.dangjian.bot.security;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: what a captured callback header still carried. A sign is claimed before anything runs, whatever the body
 * says its msgId is; it stays good for that one message (the same fields that steer the bot), and every id that
 * names a Redis key is bounded before anything is written.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgedBodiesTest extends ChatTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, Object> payload(Sender sender, String text, Object msgId) {
        Map<String, Object> body = dingtalk.payload(sender, "text", " " + text, "placeholder");
        body.put("msgId", msgId);
        return body;
    }

    private HttpResponse<String> post(Map<String, Object> body, String timestamp) {
        return dingtalk.post(JSON.writeValueAsString(body), timestamp, DingTalkCallbacks.SECRET);
    }

    @Test
    void aMsgIdThatIsNotAStringOfSaneLengthIsRefusedAndCarriesNothing() {
        String timestamp = dingtalk.freshTimestamp();
        assertThat(post(payload(MEMBER, "3月2日 主题党日", "msgGenuine17"), timestamp).statusCode()).isEqualTo(200);

        for (Object msgId : List.of(900001, true, 1.5, "", " ", "m".repeat(129), "msg\nforged", List.of("a"),
                Map.of("a", 1))) {
            HttpResponse<String> forged = post(payload(SECRETARY, "3月3日 党小组会，5人参加", msgId), timestamp);
            assertThat(forged.statusCode()).as("msgId %s", msgId).isEqualTo(400);
            assertThat(forged.body()).contains("msgId");
            // nor under a header of its own
            assertThat(post(payload(SECRETARY, "3月3日 党小组会，5人参加", msgId), dingtalk.freshTimestamp())
                    .statusCode()).as("msgId %s", msgId).isEqualTo(400);
        }
        Map<String, Object> without = payload(SECRETARY, "3月3日 党小组会", null);
        without.remove("msgId");
        assertThat(post(without, timestamp).statusCode()).isEqualTo(400);

        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.msgId()).isEqualTo("msgGenuine17"));
        assertThat(redis.keys("dj:sign:*")).hasSize(1);
    }

    @Test
    void aBodyThatRepeatsItsMsgIdIsNotTwoMessages() {
        String timestamp = dingtalk.freshTimestamp();
        String body = JSON.writeValueAsString(payload(MEMBER, "3月2日 主题党日", "msgFirst17"));
        String doubled = body.substring(0, body.length() - 1) + ",\"msgId\":\"msgSecond17\"}";

        assertThat(dingtalk.post(doubled, timestamp, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(400);
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aRedeliveryUnderTheSameSignIsTheSameMessageOrNothing() {
        Map<String, Object> genuine = payload(MEMBER, "3月2日 主题党日", "msgSteered17");
        String timestamp = dingtalk.freshTimestamp();
        HttpResponse<String> first = post(genuine, timestamp);
        assertThat(first.statusCode()).isEqualTo(200);

        List<Consumer<Map<String, Object>>> changes = List.of(
                b -> b.put("conversationId", "cidAnotherBranchGroup"),
                b -> b.put("conversationType", "1"),
                b -> b.put("senderStaffId", "secretary01"),
                b -> b.put("senderId", "$:LWCP_v1:$secretary01"),
                b -> b.put("senderNick", "张书记"),
                b -> b.put("msgtype", "picture"),
                b -> b.put("text", Map.of("content", " 亮点：全支部学习")),
                b -> b.put("content", Map.of("downloadCode", "dcForged")),
                b -> b.put("sessionWebhook", "http://127.0.0.1:9/robot/sendBySession?session=forged"),
                b -> b.put("robotCode", "dingOtherRobot"));
        for (Consumer<Map<String, Object>> change : changes) {
            Map<String, Object> forged = payload(MEMBER, "3月2日 主题党日", "msgSteered17");
            change.accept(forged);
            HttpResponse<String> response = post(forged, timestamp);
            assertThat(response.statusCode()).as("changed %s", forged).isEqualTo(401);
            assertThat(response.body()).contains("签名已被使用");
        }

        HttpResponse<String> again = post(genuine, timestamp);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void anIdTooLongForAKeyIsRefusedWithAClearAnswerAndWritesNoKey() {
        Sender longSender = new Sender("s".repeat(10_000), "来客", false, DingTalkCallbacks.DEMO_GROUP, true);
        Sender longGroup = new Sender("member01", "王芳", false, "c".repeat(10_000), true);
        Sender twoLines = new Sender("member01\nforged", "王芳", false, DingTalkCallbacks.DEMO_GROUP, true);

        for (Sender sender : List.of(longSender, longGroup, twoLines)) {
            HttpResponse<String> response = dingtalk.text(sender, "3月2日 主题党日");
            assertThat(response.statusCode()).isEqualTo(200);
            String answer = DingTalkCallbacks.replyText(response.body());
            assertThat(answer).contains("未作处理").contains("128").doesNotContain("可能已保存");
        }

        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(redis.keys("*")).allSatisfy(key -> assertThat(key.length()).isLessThan(300));
    }

    @Test
    void theBranchRememberedForAOneToOneChatExpires() {
        Sender guest = new Sender("guest01", "访客", false, DingTalkCallbacks.DEMO_GROUP, true);
        dingtalk.say(guest, "3月2日 主题党日");

        Long ttl = redis.getExpire("dj:user:guest01:branch", TimeUnit.SECONDS);

        assertThat(ttl).isBetween(Duration.ofDays(30).minusMinutes(1).toSeconds(), Duration.ofDays(30).toSeconds());
        assertThat(dingtalk.say(guest.oneToOne(), "记录")).doesNotContain("暂未确定您所在的党支部");
    }

    @Test
    void aMsgIdWithALineBreakWritesNoLineOfItsOwnInTheLog(CapturedOutput output) {
        post(payload(MEMBER, "3月2日 主题党日", "msgX\n2026-03-20 ERROR forged line"), dingtalk.freshTimestamp());
        dingtalk.text(new Sender("member01\r\nINFO forged sender", "王芳", false, DingTalkCallbacks.DEMO_GROUP, true),
                "3月2日 主题党日");

        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-03-20 ERROR forged line")
                || line.startsWith("INFO forged sender"));
    }

    @Test
    void anAdminBindsAGroupToABranchWhoseIdHasCapitals() {
        // the demo branch's id is lower case; what matters is that the id is looked up as written
        assertThat(dingtalk.say(ADMIN.in("cidCapitals"), "绑定 DEMO")).contains("未找到“DEMO”");
        assertThat(dingtalk.say(ADMIN.in("cidCapitals"), "绑定 demo")).contains("已将本群绑定到机关第一党支部");
    }
}
