package cn.dangjian.bot.admin;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What members wrote that the bot did not understand, through the webhook, then as the organisation's admin reads it
 * through {@code GET /api/v1/unrecognised}.
 */
class UnrecognisedApiTest extends BotTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    DingTalkCallbacks dingtalk;

    @BeforeEach
    void fresh() {
        clock.set(TODAY);
        redis.delete(List.of("dj:{demo}:unrecognised"));
        dingtalk = new DingTalkCallbacks(port, clock);
    }

    /**
     * Back to today, and the callback signs used forgotten: these tests move the clock days ahead, and the tests'
     * timestamps then start again from today, where a sign already claimed would be refused as a replay.
     */
    @AfterEach
    void backToToday() {
        clock.set(TODAY);
        redis.delete(redis.keys("dj:sign:*"));
    }

    @Test
    void whatStoredNothingIsListedWithItsAnswerGroupedByTheNearestActivity() throws Exception {
        String visit = dingtalk.say(MEMBER, "慰问困难户");
        clock.advance(Duration.ofMinutes(5));
        dingtalk.say(OTHER_MEMBER, "老党员慰问品");
        dingtalk.say(MEMBER, "主题党日 已开展"); // stored: not listed
        dingtalk.say(MEMBER, "帮助"); // a command: not listed
        dingtalk.say(MEMBER, "周末大扫除");

        JsonNode listing = json.readTree(get("/api/v1/unrecognised", "application/json").body());

        assertThat(listing.get("since").asString()).isEqualTo("2025-12-20");
        assertThat(listing.get("total").asInt()).isEqualTo(3);
        JsonNode groups = listing.get("groups");
        assertThat(groups.size()).isEqualTo(2);
        JsonNode care = groups.get(0);
        assertThat(care.get("activity").asString()).isEqualTo("care_visit");
        assertThat(care.get("name").asString()).isEqualTo("走访慰问党员");
        assertThat(care.get("count").asInt()).isEqualTo(2);
        JsonNode newest = care.get("messages").get(0);
        assertThat(newest.get("text").asString()).isEqualTo("老党员慰问品");
        assertThat(newest.get("senderId").asString()).isEqualTo("member02");
        assertThat(newest.get("closestWord").asString()).isEqualTo("慰问老党员");
        assertThat(newest.get("shared").asString()).isEqualTo("慰问老党员");
        JsonNode older = care.get("messages").get(1);
        assertThat(older.propertyNames()).containsExactly("branch", "at", "msgId", "senderId", "senderNick",
                "type", "text", "answer", "closestWord", "shared", "taught");
        assertThat(older.get("branch").asString()).isEqualTo("demo");
        assertThat(older.get("at").asString()).isEqualTo("2026-03-20T02:00:00Z");
        assertThat(older.get("msgId").asString()).startsWith("msg");
        assertThat(older.get("senderNick").asString()).isEqualTo("王芳");
        assertThat(older.get("type").asString()).isEqualTo("text");
        assertThat(older.get("answer").asString()).isEqualTo(visit);
        JsonNode none = groups.get(1);
        assertThat(none.get("activity").isNull()).isTrue();
        assertThat(none.get("messages").get(0).get("text").asString()).isEqualTo("周末大扫除");
        assertThat(none.get("messages").get(0).get("closestWord").isNull()).isTrue();
    }

    @Test
    void aPlanIsKeptWithWhatTheBotUnderstoodAndChitChatIsNot() throws Exception {
        String plan = dingtalk.say(MEMBER, "明天下午三点在二楼会议室开支部大会");
        dingtalk.say(MEMBER, "收到，谢谢");

        JsonNode listing = json.readTree(get("/api/v1/unrecognised", null).body());

        assertThat(listing.get("total").asInt()).isEqualTo(1);
        JsonNode group = listing.get("groups").get(0);
        assertThat(group.get("activity").asString()).isEqualTo("branch_member_meeting");
        assertThat(group.get("messages").get(0).get("answer").asString()).isEqualTo(plan);
    }

    @Test
    void theSameAsCsvForExcel() throws Exception {
        dingtalk.say(MEMBER, "慰问困难户,名单见附件");

        HttpResponse<byte[]> response = http.send(request("/api/v1/unrecognised?branch=demo", "text/csv"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("unrecognised-demo-since-2025-12-20.csv"));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + String.join(",", UnrecognisedController.HEADER) + "\r\n");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("care_visit,走访慰问党员,慰问困难党员,慰问困难,demo,2026-03-20T02:00:00Z,msg")
                .contains(",member01,王芳,text,\"慰问困难户,名单见附件\",未能识别");
    }

    @Test
    void aVoiceMessageNotUnderstoodIsListedAsAudio() throws Exception {
        Map<String, Object> payload = dingtalk.payload(MEMBER, "audio", null, DingTalkCallbacks.newMsgId());
        payload.put("content", Map.of("recognition", "慰问困难户", "downloadCode", "a1"));
        assertThat(dingtalk.post(payload).statusCode()).isEqualTo(200);

        JsonNode message = json.readTree(get("/api/v1/unrecognised", null).body())
                .get("groups").get(0).get("messages").get(0);

        assertThat(message.get("type").asString()).isEqualTo("audio");
        assertThat(message.get("text").asString()).isEqualTo("慰问困难户");
        assertThat(message.get("answer").asString()).startsWith("未能识别");
    }

    @Test
    void sinceAndBranchNarrowTheList() throws Exception {
        dingtalk.say(MEMBER, "周末大扫除");
        clock.advance(Duration.ofDays(2));
        dingtalk.say(MEMBER, "慰问困难户");

        JsonNode listing = json.readTree(get("/api/v1/unrecognised?branch=demo&since=2026-03-21", null).body());

        assertThat(listing.get("total").asInt()).isEqualTo(1);
        assertThat(listing.get("groups").get(0).get("activity").asString()).isEqualTo("care_visit");
        assertThat(get("/api/v1/unrecognised?since=2026-03-23", null).body()).contains("\"total\":0");
    }

    @Test
    void aWrongArgumentIsRefusedInChinese() throws Exception {
        HttpResponse<String> unknownBranch = get("/api/v1/unrecognised?branch=nosuch", null);
        assertThat(unknownBranch.statusCode()).isEqualTo(404);
        assertThat(unknownBranch.body()).contains("未找到编号为“nosuch”的党支部");

        HttpResponse<String> badDay = get("/api/v1/unrecognised?since=3月1日", null);
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.body()).contains("参数 since 的日期");

        assertThat(get("/api/v1/unrecognised", "application/pdf").statusCode()).isEqualTo(406);
    }

    @Test
    void onlyTheOrganisationsAdminTokenReadsIt() throws Exception {
        dingtalk.say(MEMBER, "慰问困难户");

        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/api/v1/unrecognised")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/api/v1/unrecognised"))
                .header("Authorization", "Bearer member-guess").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("慰问");
    }

    @Test
    void anUnboundGroupsMessageIsNotKept() throws Exception {
        dingtalk.say(MEMBER.in("cidUnboundGroup"), "慰问困难户");

        assertThat(json.readTree(get("/api/v1/unrecognised", null).body()).get("total").asInt()).isZero();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(request(path, accept), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN_TOKEN);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
