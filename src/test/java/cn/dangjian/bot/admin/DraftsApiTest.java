package cn.dangjian.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Entry;

/** {@code POST /api/v1/branches/{branchId}/drafts} over real HTTP against the running bot, in 2018 of the demo branch. */
class DraftsApiTest extends BotTest {

    static final int YEAR = 2018;

    @LocalServerPort
    int port;
    @Autowired
    ActivityStore store;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aFewRecords() {
        redis.delete(List.of("dj:{demo}:dates:" + YEAR, "dj:{demo}:tally:" + YEAR));
        // the store remembers what each sender said for minutes: the same entry again would not be stored
        redis.delete(redis.keys("dj:{demo}:said:*"));
        store.log("demo", List.of(
                new Entry("theme_party_day", LocalDate.of(YEAR, 4, 15), 1, 20, "追寻红色足迹", null),
                new Entry("dues_collection", LocalDate.of(YEAR, 4, 10), 1, null, null, new java.math.BigDecimal("3200.50"))),
                "secretary01", "张书记", "api-draft-" + System.nanoTime());
    }

    @AfterEach
    void today() {
        clock.set(TODAY);
    }

    @Test
    void theDraftIsAWordFileByDefault() throws Exception {
        HttpResponse<byte[]> response = post("/api/v1/branches/demo/drafts?year=" + YEAR, null, true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String disposition = URLDecoder.decode(response.headers().firstValue("Content-Disposition").orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(disposition).startsWith("attachment;").contains("机关第一党支部2018年度述职报告.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("机关第一党支部书记\n2018年度抓党建工作述职报告");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("党费全年收缴3200.50元"));
        }
    }

    @Test
    void markdownWhenAskedFor() throws Exception {
        HttpResponse<byte[]> response = post("/api/v1/branches/demo/drafts?year=" + YEAR + "&kind=work-summary",
                "text/markdown", true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        String markdown = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# 机关第一党支部2018年度党建工作总结\n\n")
                .contains("全年开展主题党日活动1次，主题有4月“追寻红色足迹”。");
    }

    @Test
    void theModelGivesEveryFigureWithTheRecordsItRestsOn() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/branches/demo/drafts/model?year=" + YEAR + "&kind=work-summary");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode model = JsonMapper.builder().build().readTree(text(response));
        JsonNode themeDay = model.path("facts").path("theme_party_day");
        assertThat(themeDay.path("quantity").asString()).isEqualTo("1次");
        assertThat(themeDay.path("records").get(0).path("date").asString()).isEqualTo(YEAR + "-04-15");
        assertThat(themeDay.path("records").get(0).path("id").asLong()).isPositive();
        assertThat(model.path("facts").path("dues_collection").path("records")).hasSize(1);
        assertThat(model.path("table").path("rows").get(0).has("records")).isTrue();
    }

    @Test
    void withoutAYearItIsTheOneChatWouldGive() throws Exception {
        clock.set(LocalDateTime.of(2026, 2, 10, 9, 0));
        assertThat(text(post("/api/v1/branches/demo/drafts", "text/markdown", true)))
                .startsWith("# 机关第一党支部书记2025年度抓党建工作述职报告");
        clock.set(LocalDateTime.of(2026, 3, 10, 9, 0));
        assertThat(text(post("/api/v1/branches/demo/drafts", "text/markdown", true)))
                .startsWith("# 机关第一党支部书记2026年度抓党建工作述职报告");
    }

    @Test
    void refusalsSayWhatIsWrong() throws Exception {
        HttpResponse<byte[]> unknown = post("/api/v1/branches/nowhere/drafts?year=" + YEAR, null, true);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("未找到编号为“nowhere”的党支部");

        HttpResponse<byte[]> kind = post("/api/v1/branches/demo/drafts?year=" + YEAR + "&kind=speech", null, true);
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(text(kind)).contains("duty-report（述职报告）或 work-summary（党建工作总结）");

        HttpResponse<byte[]> future = post("/api/v1/branches/demo/drafts?year=2099", null, true);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(text(future)).contains("2099年度尚未开始");

        assertThat(post("/api/v1/branches/demo/drafts?year=" + YEAR, "application/json", true).statusCode())
                .isEqualTo(406);
    }

    @Test
    void withoutTheTokenNothingIsMade() throws Exception {
        assertThat(post("/api/v1/branches/demo/drafts?year=" + YEAR, null, false).statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> post(String path, String accept, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token) {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
