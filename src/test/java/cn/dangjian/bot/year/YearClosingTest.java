package cn.dangjian.bot.year;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.dingtalk.WireMockBot;
import cn.dangjian.bot.reminder.ReminderKind;
import cn.dangjian.bot.reminder.Reminders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closing a year, through the webhook and the admin API, on the whole bot with DingTalk on WireMock: what a closed
 * year refuses, who may close and reopen it, the archived drafts, the audit trail, and the reminders.
 */
class YearClosingTest extends WireMockBot {

    static final String TOKEN = "/v1.0/oauth2/accessToken";
    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String UPLOAD = "/media/upload";
    static final String ADMIN_TOKEN = "year-admin-token";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int REDIS_PORT = BotTest.freePort();

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.admin-token", () -> ADMIN_TOKEN);
        registry.add("bot.reminders.sends-per-second", () -> "0");
    }

    @LocalServerPort
    int port;
    @Autowired
    Reminders reminders;

    DingTalkCallbacks callbacks;

    @BeforeEach
    void lastYearHasRecords() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"tok\",\"expireIn\":7200}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAarchived\",\"type\":\"file\"}")));
        callbacks = new DingTalkCallbacks(port, clock);
        clock.set(LocalDateTime.of(2025, 12, 5, 15, 0));
        assertThat(say(SECRETARY, "今天召开支委会，7人参加")).startsWith("已记录");
        assertThat(say(MEMBER, "今天开展主题党日活动，主题“追寻红色足迹”，20人参加")).startsWith("已记录");
        assertThat(say(MEMBER, "收缴党费 3200元")).startsWith("已记录");
        clock.set(LocalDateTime.of(2026, 1, 8, 10, 30));
    }

    @AfterEach
    void today() {
        clock.set(BotTest.TODAY);
    }

    @Test
    void aClosedYearRefusesNewRecordsAndUndoNamingWhoClosedItAndWhen() {
        assertThat(say(MEMBER, "关闭2025年度")).isEqualTo("年度关账需由支部书记或组织管理员操作。如有需要，请联系本支部书记。");

        String closed = say(SECRETARY, "年度关账 2025");
        assertThat(closed).startsWith("#### 机关第一党支部2025年度已关账")
                .contains("全年登记：支部委员会会议1次、主题党日1次、党费收缴3,200元。")
                .contains("关账后，2025年度的记录不能再新增、撤销或修改。")
                .contains("述职报告和党建工作总结的终稿已存档");

        assertThat(say(MEMBER, "12月30日召开支委会，6人参加")).isEqualTo(
                "未记录：2025年度已于2026年1月8日 10:30由张书记关账，该年度不能再新增记录。"
                        + "如确需更正，请联系组织管理员发送“重新开放2025年度 原因：…”。");
        // the member's last record (#3) is of 2025: undoing it is refused, not some other record undone instead
        assertThat(say(MEMBER, "撤销")).isEqualTo("未撤销：记录 #3 属于2025年度，2025年度已于2026年1月8日 10:30由张书记关账，"
                + "该年度的记录不能撤销或修改。如确需更正，请联系组织管理员发送“重新开放2025年度 原因：…”。");
        assertThat(say(SECRETARY, "撤销 #1")).startsWith("未撤销：记录 #1 属于2025年度");
        // in January a highlight goes into last year's draft, but not into a closed year's: into this year's, as a draft
        assertThat(say(SECRETARY, "亮点：创建“红色驿站”服务品牌")).startsWith("已记下2026年度亮点（第1条）：创建“红色驿站”服务品牌");
        assertThat(say(SECRETARY, "亮点")).startsWith("2026年度已记下的亮点（1条）：");
        assertThat(records(2025)).hasSize(3);
        // this year is open
        assertThat(say(MEMBER, "今天召开支委会，7人参加")).startsWith("已记录：1月8日 支部委员会会议");
        assertThat(say(MEMBER, "撤销")).startsWith("已撤销 #4");

        assertThat(say(SECRETARY, "关闭2025年度")).isEqualTo(
                "2025年度已于2026年1月8日 10:30由张书记关账，无需重复操作。发送“查看2025年度述职报告”可获取存档的终稿。");
    }

    @Test
    void aReadingAskedAboutBeforeTheYearWasClosedIsNotStoredAfter() {
        // on New Year's Day, 周二 is 30 December: the bot asks whether it took place
        clock.set(LocalDateTime.of(2026, 1, 1, 10, 0));
        assertThat(say(MEMBER, "周二召开党小组会")).contains("12月30日").contains("回复“@党建助手 是”");
        say(SECRETARY, "年度关账 2025");

        assertThat(say(MEMBER, "是")).startsWith("未记录：2025年度已于2026年1月1日 10:00由张书记关账");
        // and a new one is not even asked about
        assertThat(say(MEMBER, "周二召开党小组会")).startsWith("未记录：2025年度已于");
        assertThat(records(2025)).hasSize(3);
    }

    @Test
    void anEventsUndoAnsweredAfterItsYearWasClosedIsRefused() {
        clock.set(LocalDateTime.of(2025, 12, 20, 10, 0));
        assertThat(say(MEMBER, "今天主题党日开展红色教育，20人参加")).endsWith("#4 #5");
        assertThat(say(MEMBER, "撤销 #5")).contains("请问撤销整次活动");
        clock.set(LocalDateTime.of(2026, 1, 8, 10, 30));
        say(SECRETARY, "年度关账 2025");

        assertThat(say(MEMBER, "1")).startsWith("未撤销：记录 #4 属于2025年度，2025年度已于2026年1月8日 10:30由张书记关账");
        assertThat(records(2025)).hasSize(5);
    }

    @Test
    void aRedeliveredClosingIsAnsweredAsTheFirstTime() {
        String msgId = DingTalkCallbacks.newMsgId();
        String first = say(SECRETARY, "年度关账2025", msgId);
        assertThat(say(SECRETARY, "年度关账2025", msgId)).isEqualTo(first).startsWith("#### 机关第一党支部2025年度已关账");
        assertThat(audit(2025, null).body()).contains("\"action\":\"close\"");
        assertThat(JSON.readTree(audit(2025, null).body()).valueStream()
                .filter(e -> e.path("action").asString().equals("close"))).hasSize(1);
    }

    @Test
    void onlyAnOrganisationAdminReopensAYearWithAReasonAndBothGoToTheAuditTrail() throws Exception {
        say(SECRETARY, "年度关账 2025");
        assertThat(say(SECRETARY, "重新开放2025年度 原因：补录12月党员大会"))
                .isEqualTo("重新开放已关账的年度需由组织管理员操作。如需更正记录，请联系组织管理员。");
        assertThat(say(ADMIN, "重新开放2025年度")).contains("须说明原因");

        assertThat(say(ADMIN, "重新开放2025年度 原因：补录12月党员大会")).isEqualTo(
                "已重新开放机关第一党支部2025年度（原因：补录12月党员大会），该年度的记录可以再次登记和撤销。"
                        + "更正完成后，请支部书记再次发送“年度关账 2025”，终稿将重新存档。");
        assertThat(say(MEMBER, "2025年12月26日召开党员大会，30人参加")).startsWith("已记录");
        assertThat(say(ADMIN, "重新开放2025年度 原因：再次")).isEqualTo("2025年度目前未关账，无需重新开放。");

        JsonNode year = JSON.readTree(get("/api/v1/branches/demo/years/2025", "application/json").body());
        assertThat(year.path("state").asString()).isEqualTo("open");
        assertThat(year.path("closedBy").asString()).isEqualTo("secretary01");
        assertThat(year.path("closedByNick").asString()).isEqualTo("张书记");
        assertThat(year.path("reopenedBy").asString()).isEqualTo("orgadmin01");
        assertThat(year.path("reopenReason").asString()).isEqualTo("补录12月党员大会");

        JsonNode trail = JSON.readTree(audit(2025, null).body());
        assertThat(trail.valueStream().map(e -> e.path("action").asString()))
                .containsExactly("create", "create", "create", "close", "reopen", "create");
        JsonNode first = trail.get(0);
        assertThat(first.path("actor").asString()).isEqualTo("secretary01");
        assertThat(first.path("actorNick").asString()).isEqualTo("张书记");
        assertThat(first.path("record").asLong()).isEqualTo(1);
        assertThat(first.path("activity").asString()).isEqualTo("branch_committee_meeting");
        assertThat(first.path("recordDate").asString()).isEqualTo("2025-12-05");
        assertThat(first.path("msgId").asString()).isNotBlank();
        assertThat(trail.get(4).path("reason").asString()).isEqualTo("补录12月党员大会");
        // this year's trail has none of it
        assertThat(JSON.readTree(audit(2026, null).body()).isEmpty()).isTrue();

        HttpResponse<String> csv = audit(2025, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFid,at,action,actor,actorNick,record,activity,recordDate,year,reason,msgId,"
                + "before,after,version,evidence\r\n")
                .contains(",reopen,orgadmin01,组织部刘部长,,,,2025,补录12月党员大会,");
    }

    @Test
    void aClosedYearsDraftIsTheArchivedOneInChatAndTheAdminApi() throws Exception {
        say(SECRETARY, "年度关账 2025");
        dingtalk.resetRequests();

        String reply = say(SECRETARY, "查看2025年度述职报告");
        assertThat(reply).startsWith("#### 机关第一党支部2025年度述职报告（存档终稿）")
                .contains("2025年度已于2026年1月8日 10:30由张书记关账，以下为关账时存档的终稿（2026年1月8日 10:30存档）");
        await().atMost(Duration.ofSeconds(10)).until(() -> dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))
                .stream().anyMatch(r -> r.getBodyAsString().contains("机关第一党支部2025年度述职报告.docx")));
        // 生成 for a closed year is the archive too, never a new draft
        assertThat(say(SECRETARY, "生成2025年度工作总结")).startsWith("#### 机关第一党支部2025年度党建工作总结（存档终稿）");
        assertThat(say(MEMBER, "查看2025年度述职报告")).startsWith("年度述职报告和党建工作总结由支部书记或组织管理员获取");

        JsonNode year = JSON.readTree(get("/api/v1/branches/demo/years/2025", null).body());
        assertThat(year.path("state").asString()).isEqualTo("closed");
        assertThat(year.path("closedAt").asString()).isEqualTo("2026-01-08T02:30:00Z");
        assertThat(year.path("archive").path("drafts").get(0).path("download").asString())
                .isEqualTo("/api/v1/branches/demo/years/2025/archive/duty-report");
        HttpResponse<byte[]> docx = getBytes("/api/v1/branches/demo/years/2025/archive/work-summary", null);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(get("/api/v1/branches/demo/years/2025/archive/duty-report", "text/markdown").body())
                .contains("2025年度");
        JsonNode model = JSON.readTree(get("/api/v1/branches/demo/years/2025/archive/duty-report/model", null).body());
        assertThat(model.path("year").asInt()).isEqualTo(2025);
        assertThat(get("/api/v1/branches/demo/years/2024/archive/duty-report", null).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/v1/branches/demo/years/2024", null).body()).path("state").asString())
                .isEqualTo("open");
        assertThat(get("/api/v1/branches/demo/years/2025", null, null).statusCode()).isEqualTo(401);

        // the drafts API gives a closed year's archive too, and in January defaults to this year once last is closed
        clock.advance(Duration.ofDays(1));
        assertThat(send("POST", "/api/v1/branches/demo/drafts?year=2025", "text/markdown").body())
                .isEqualTo(get("/api/v1/branches/demo/years/2025/archive/duty-report", "text/markdown").body());
        assertThat(send("POST", "/api/v1/branches/demo/drafts", "text/markdown").body())
                .startsWith("# 机关第一党支部书记2026年度");
    }

    @Test
    void inJanuaryADraftWithoutAYearIsForThisYearOnceLastYearIsClosed() {
        assertThat(say(SECRETARY, "生成述职报告")).contains("2025年度述职报告草稿");
        say(SECRETARY, "年度关账 2025");

        assertThat(say(SECRETARY, "生成述职报告")).contains("2026年度述职报告草稿");
    }

    @Test
    void aYearIsClosedOnlyFromDecemberAndNeverAhead() {
        assertThat(say(SECRETARY, "年度关账 2026")).isEqualTo(
                "2026年度尚未结束。年度关账自12月1日起方可进行；关账后，该年度的记录不能再新增、撤销或修改。");
        assertThat(say(SECRETARY, "关闭2027年度")).isEqualTo("2027年度尚未开始，无法关账。");
        assertThat(say(SECRETARY, "年度关账")).startsWith("请写明要关账的年度");
    }

    @Test
    void noReminderAsksForRecordsOfAClosedYear() {
        clock.set(LocalDateTime.of(2025, 12, 20, 10, 0));
        assertThat(say(SECRETARY, "年度关账 2025")).startsWith("#### 机关第一党支部2025年度已关账");
        dingtalk.resetRequests();

        clock.set(LocalDateTime.of(2025, 12, 25, 9, 5));
        Reminders.Run run = reminders.runDue(ReminderKind.MONTHLY);

        assertThat(run.count(Reminders.Outcome.YEAR_CLOSED)).isEqualTo(1);
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))).isEmpty();
    }

    private List<Map<String, Object>> records(int year) {
        return JSON.readValue(get("/api/v1/branches/demo/records?year=" + year, null).body(),
                new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
    }

    private HttpResponse<String> audit(int year, String accept) {
        return get("/api/v1/branches/demo/audit?year=" + year, accept);
    }

    private HttpResponse<String> get(String path, String accept) {
        return get(path, accept, ADMIN_TOKEN);
    }

    private HttpResponse<String> get(String path, String accept, String token) {
        try {
            return HttpClient.newHttpClient().send(request(path, accept, token), HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", accept)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> getBytes(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(request(path, accept, ADMIN_TOKEN),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String accept, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private String say(DingTalkCallbacks.Sender sender, String text) {
        return say(sender, text, DingTalkCallbacks.newMsgId());
    }

    private String say(DingTalkCallbacks.Sender sender, String text, String msgId) {
        Map<String, Object> payload = callbacks.payload(sender, "text", " " + text, msgId);
        HttpResponse<String> response = callbacks.post(JSON.writeValueAsString(payload),
                callbacks.freshTimestamp(), APP_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }
}
