package cn.dangjian.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Entry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API over real HTTP against the running bot. The records are logged into 2019 of the demo branch, a year
 * no chat test touches (the parser refuses dates over a year back), and the year is emptied before each test.
 */
class AdminApiTest extends BotTest {

    static final int YEAR = 2019;

    @LocalServerPort
    int port;
    @Autowired
    ActivityStore store;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void emptyTheYear() {
        redis.delete(List.of("dj:{demo}:dates:" + YEAR, "dj:{demo}:tally:" + YEAR));
        // the store remembers what each sender said for minutes: the same entry again would not be stored
        redis.delete(redis.keys("dj:{demo}:said:*"));
    }

    @Test
    void recordsOfAYearComeAsJsonOldestFirstWithExactlyTheContractsFields() throws Exception {
        ActivityRecord committee = log(new Entry("branch_committee_meeting", LocalDate.of(YEAR, 3, 15), 1, 18,
                "学习贯彻党的十九届四中全会精神", null), "李书记");
        ActivityRecord dues = log(new Entry("dues_collection", LocalDate.of(YEAR, 3, 10), 1, null, null,
                new BigDecimal("3200.50")), null);
        ActivityRecord lecture = log(new Entry("party_lecture", LocalDate.of(YEAR, 1, 5), 2, null, null, null), "张三");

        HttpResponse<String> response = get("/api/v1/branches/demo/records?year=" + YEAR, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode records = json.readTree(response.body());
        assertThat(records.values()).extracting(r -> r.get("id").asLong())
                .containsExactly(lecture.id(), dues.id(), committee.id());
        for (JsonNode record : records.values()) {
            assertThat(record.propertyNames()).containsExactlyElementsOf(RecordsCsv.HEADER);
        }
        JsonNode first = records.get(2);
        assertThat(first.get("activity").asString()).isEqualTo("branch_committee_meeting");
        assertThat(first.get("name").asString()).isEqualTo("支部委员会会议");
        assertThat(first.get("unit").asString()).isEqualTo("次");
        assertThat(first.get("date").asString()).isEqualTo("2019-03-15");
        assertThat(first.get("count").asInt()).isEqualTo(1);
        assertThat(first.get("participants").asInt()).isEqualTo(18);
        assertThat(first.get("topic").asString()).isEqualTo("学习贯彻党的十九届四中全会精神");
        assertThat(first.get("senderId").asString()).isEqualTo("secretary01");
        assertThat(first.get("senderNick").asString()).isEqualTo("李书记");
        assertThat(first.get("createdAt").asString()).isEqualTo(committee.createdAt().toString());
        assertThat(first.get("msgId").asString()).isEqualTo(committee.msgId());
        assertThat(first.get("amount").isNull()).isTrue();
        JsonNode money = records.get(1);
        assertThat(money.get("amount").isNumber()).isTrue();
        assertThat(money.get("amount").decimalValue()).isEqualByComparingTo("3200.50");
        assertThat(money.get("unit").asString()).isEqualTo("元");
        assertThat(money.get("participants").isNull()).isTrue();
        assertThat(money.get("topic").isNull()).isTrue();
        assertThat(money.get("senderNick").isNull()).isTrue();
        assertThat(records.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(first.get("eventId").asString()).isEqualTo(committee.msgId());
        assertThat(first.get("datePrecision").asString()).isEqualTo("day");
        assertThat(first.get("words").isNull()).isTrue();
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("evidence").isArray()).isTrue();
        assertThat(first.get("evidence").isEmpty()).isTrue();
    }

    @Test
    void recordsComeAsCsvThatExcelOpensWithChineseAndQuotedText() throws Exception {
        ActivityRecord quoted = log(new Entry("collective_study", LocalDate.of(YEAR, 6, 1), 1, 12,
                "学习\"两个维护\"，深入讨论,形成共识\n第二行", null), "王五");
        ActivityRecord formula = log(new Entry("seminar", LocalDate.of(YEAR, 6, 2), 1, null,
                "=HYPERLINK(\"http://example.com\")", null), null);
        ActivityRecord dues = log(new Entry("dues_collection", LocalDate.of(YEAR, 6, 3), 1, null, null,
                new BigDecimal("3200")), "李书记");

        HttpResponse<byte[]> response = http.send(request("/api/v1/branches/demo/records?year=" + YEAR)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"records-demo-2019.csv\"");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(
                "id,activity,name,date,count,unit,participants,topic,amount,senderId,senderNick,createdAt,msgId,"
                + "eventId,datePrecision,words,version,evidence\r\n"
                + quoted.id() + ",collective_study,集中学习,2019-06-01,1,次,12,"
                // a topic is stored as one line: its line break reads as a space
                + "\"学习\"\"两个维护\"\"，深入讨论,形成共识 第二行\",,secretary01,王五," + quoted.createdAt() + ","
                + quoted.msgId() + "," + quoted.msgId() + ",day,,1,\r\n"
                + formula.id() + ",seminar,专题研讨,2019-06-02,1,次,,\"'=HYPERLINK(\"\"http://example.com\"\")\",,"
                + "secretary01,," + formula.createdAt() + "," + formula.msgId() + "," + formula.msgId() + ",day,,1,\r\n"
                + dues.id() + ",dues_collection,党费收缴,2019-06-03,1,元,,,3200.00,secretary01,李书记,"
                + dues.createdAt() + "," + dues.msgId() + "," + dues.msgId() + ",day,,1,\r\n");
    }

    @Test
    void csvIsChosenByTheCallersPreferenceAndJsonIsTheDefault() throws Exception {
        assertThat(get("/api/v1/branches/demo/records?year=" + YEAR, "text/csv;q=0.9, application/json;q=0.5")
                .headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(get("/api/v1/branches/demo/records?year=" + YEAR, "*/*").body()).isEqualTo("[]");
        assertThat(get("/api/v1/branches/demo/records?year=" + YEAR, null).body()).isEqualTo("[]");
        HttpResponse<String> xml = get("/api/v1/branches/demo/records?year=" + YEAR, "application/xml");
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(error(xml)).contains("JSON").contains("CSV");
    }

    @Test
    void progressOfAYearGivesEachObligationWithItsMissingPeriods() throws Exception {
        log(new Entry("branch_committee_meeting", LocalDate.of(YEAR, 3, 5), 2, 9, null, null), null);
        log(new Entry("branch_committee_meeting", LocalDate.of(YEAR, 4, 9), 1, 9, null, null), null);
        log(new Entry("branch_member_meeting", LocalDate.of(YEAR, 5, 20), 1, 30, null, null), null);

        JsonNode year = json.readTree(get("/api/v1/branches/demo/progress?year=" + YEAR, null).body());

        assertThat(year.values()).extracting(o -> o.get("activity").asString())
                .contains("branch_committee_meeting", "branch_member_meeting", "party_lecture", "dues_collection")
                .doesNotContain("party_group_meeting");
        JsonNode committee = obligation(year, "branch_committee_meeting");
        assertThat(committee.propertyNames())
                .containsExactly("activity", "name", "cadence", "required", "done", "missing");
        assertThat(committee.get("name").asString()).isEqualTo("支部委员会会议");
        assertThat(committee.get("cadence").asString()).isEqualTo("monthly");
        assertThat(committee.get("required").asInt()).isEqualTo(12);
        assertThat(committee.get("done").asInt()).isEqualTo(3);
        assertThat(labels(committee)).containsExactly("1月", "2月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                "12月");
        JsonNode members = obligation(year, "branch_member_meeting");
        assertThat(members.get("cadence").asString()).isEqualTo("quarterly");
        assertThat(members.get("required").asInt()).isEqualTo(4);
        assertThat(labels(members)).containsExactly("第一季度", "第三季度", "第四季度");
    }

    @Test
    void progressOfAMonthCountsOnlyMonthlyObligations() throws Exception {
        log(new Entry("branch_committee_meeting", LocalDate.of(YEAR, 3, 5), 2, 9, null, null), null);

        JsonNode march = json.readTree(get("/api/v1/branches/demo/progress?year=" + YEAR + "&month=3", null).body());

        assertThat(march.values()).extracting(o -> o.get("cadence").asString()).containsOnly("monthly");
        JsonNode committee = obligation(march, "branch_committee_meeting");
        assertThat(committee.get("required").asInt()).isEqualTo(1);
        assertThat(committee.get("done").asInt()).isEqualTo(2);
        assertThat(labels(committee)).isEmpty();
        assertThat(labels(obligation(march, "dues_collection"))).containsExactly("3月");
    }

    @Test
    void anUnknownBranchIs404AndABadYearOrMonthIs400InChinese() throws Exception {
        HttpResponse<String> unknown = get("/api/v1/branches/nosuch/records?year=" + YEAR, "text/csv");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(error(unknown)).isEqualTo("未找到编号为“nosuch”的党支部，请核对支部编号。");
        assertThat(get("/api/v1/branches/nosuch/progress", null).statusCode()).isEqualTo(404);

        HttpResponse<String> badYear = get("/api/v1/branches/demo/records?year=19", null);
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(error(badYear)).isEqualTo("年份“19”无效，请填写1970年以后的四位数字年份，例如 2026。");
        assertThat(get("/api/v1/branches/demo/progress?year=abcd", null).statusCode()).isEqualTo(400);
        HttpResponse<String> badMonth = get("/api/v1/branches/demo/progress?year=" + YEAR + "&month=13", null);
        assertThat(badMonth.statusCode()).isEqualTo(400);
        assertThat(error(badMonth)).isEqualTo("月份“13”无效，请填写 1 至 12 之间的数字。");
        HttpResponse<String> future = get("/api/v1/branches/demo/progress?year=2999", null);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(error(future)).isEqualTo("2999年尚未开始，暂无进度可查。");
    }

    @Test
    void everyPathUnderApiV1NeedsTheBearerToken() throws Exception {
        List<String> paths = List.of("/api/v1/branches/demo/records?year=" + YEAR, "/api/v1/branches/demo/progress",
                "/api/v1/branches/demo/drafts?year=2019", "/api/v1/not-yet-written", "/api/v1/branches/demo/records/",
                "/api/v1/branches/demo/%72ecords");
        List<HttpRequest> refused = new ArrayList<>();
        for (String path : paths) {
            refused.add(request(path).build());
            refused.add(request(path).header("Authorization", "Bearer wrong-token").build());
            refused.add(request(path).header("Authorization", "Basic " + ADMIN_TOKEN).build());
            refused.add(request(path).header("Authorization", "Bearer " + ADMIN_TOKEN + "x").build());
        }
        refused.add(request("/api/v1/branches/demo/reminders/monthly")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        for (HttpRequest request : refused) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.uri() + " " + request.headers().map()).isEqualTo(401);
            assertThat(error(response)).isEqualTo(AdminTokenFilter.UNAUTHORIZED);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        // a path spelled with ;parameters is refused before the token is looked at (RequestSpellingsTest)
        HttpResponse<String> matrix = http.send(request("/api;v=1/v1/branches/demo/records").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(matrix.statusCode()).isEqualTo(400);
        HttpResponse<String> lowerCaseScheme = http.send(request("/api/v1/branches/demo/progress?year=" + YEAR)
                .header("Authorization", "bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lowerCaseScheme.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAConfiguredTokenTheWholeApiIsOff() throws Exception {
        // A second bot on the same Redis, started without bot.admin-token (the test context has one for every test)
        try (ConfigurableApplicationContext off = new SpringApplicationBuilder(DangjianBotApplication.class).run(
                "--server.port=0", "--bot.admin-token=", "--bot.redis.embedded=false",
                "--spring.data.redis.port=" + REDIS_PORT, "--spring.quartz.scheduler-name=adminApiOff",
                "--spring.main.banner-mode=off", "--bot.reminders.enabled=false")) {
            String base = "http://127.0.0.1:" + off.getEnvironment().getProperty("local.server.port");
            for (String path : List.of("/api/v1/branches/demo/records?year=" + YEAR, "/api/v1/branches/demo/progress",
                    "/api/v1/anything")) {
                for (String authorization : new String[] {null, "Bearer ", "Bearer " + ADMIN_TOKEN}) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
                    if (authorization != null) {
                        request.header("Authorization", authorization);
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(path + " " + authorization).isEqualTo(404);
                    assertThat(error(response)).isEqualTo(AdminTokenFilter.OFF);
                }
            }
        }
    }

    private ActivityRecord log(Entry entry, String nick) {
        return store.log("demo", List.of(entry), "secretary01", nick, "admin-test-" + System.nanoTime()).get(0);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + ADMIN_TOKEN);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String error(HttpResponse<String> response) {
        return json.readTree(response.body()).get("error").asString();
    }

    private static JsonNode obligation(JsonNode progress, String activity) {
        return progress.values().stream().filter(o -> o.get("activity").asString().equals(activity)).findFirst()
                .orElseThrow(() -> new AssertionError("no obligation " + activity + " in " + progress));
    }

    private static List<String> labels(JsonNode obligation) {
        return obligation.get("missing").values().stream().map(JsonNode::asString).toList();
    }
}
