package cn.dangjian.bot.committee;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.WireMockBot;
import cn.dangjian.bot.redis.BranchKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 党委 of 25 branches with its own group, DingTalk on WireMock: the heat map after 各支部进度, and the monthly
 * digest on the first working day.
 */
class CommitteeDeliveryTest extends WireMockBot {

    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String UPLOAD = "/media/upload";
    static final String COMMITTEE_GROUP = "cidCommittee";
    static final DingTalkCallbacks.Sender ADMIN = new DingTalkCallbacks.Sender("dwAdmin", "组织部王部长", false,
            COMMITTEE_GROUP, true);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final int REDIS_PORT = BotTest.freePort();
    private static final Path CONFIG = configDirectory(25);

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.config-dir", CONFIG::toString);
        registry.add("bot.reminders.sends-per-second", () -> "50");
    }

    @LocalServerPort
    int port;
    @Autowired
    CommitteeDigests digests;
    @Autowired
    ActivityStore store;
    @Autowired
    Messenger messenger;

    DingTalkCallbacks callbacks;

    @BeforeEach
    void dingTalkUp() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        dingtalk.stubFor(post(urlEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"tok\",\"expireIn\":7200}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAheatmap\",\"type\":\"image\"}")));
        callbacks = new DingTalkCallbacks(port, clock);
        // the first call to DingTalk loads the SDK and fetches the token: on a busy machine it can outlast the read
        // timeout, which is the outbox's business, not this test's
        messenger.send(new Destination.Group("cidWarmUp"), new Message.Text("预热"));
        dingtalk.resetRequests();
    }

    @AfterEach
    void today() {
        clock.set(BotTest.TODAY);
    }

    @Test
    void aBigCommitteeGetsTheListAtOnceThenTheHeatMapAsAPicture() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 20, 10, 0));
        store.log("b003", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 5), 1, null, null, null)),
                "sec003", null, null);

        String reply = say(ADMIN, "各支部进度");

        assertThat(reply).startsWith("#### 机关党委各支部进度")
                .contains("共25个支部，其中25个支部尚有未完成事项（未完成多的在前）。各支部对照情况见随后发送的热力图。")
                .contains("- **第1党支部**（未完成");
        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 1);
        JsonNode send = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(send.path("openConversationId").asString()).isEqualTo(COMMITTEE_GROUP);
        assertThat(send.path("msgKey").asString()).isEqualTo("sampleImageMsg");
        assertThat(send.path("msgParam").asString()).isEqualTo("{\"photoURL\":\"@lAheatmap\"}");
        LoggedRequest upload = dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
        assertThat(upload.queryParameter("type").firstValue()).isEqualTo("image");
        byte[] png = upload.getParts().iterator().next().getBody().asBytes();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isGreaterThan(25 * 22);
    }

    @Test
    void theDigestOfFebruaryGoesOnceOnMarchsFirstWorkingDayNamingWhoFellBehindAndWhoCaughtUp() throws Exception {
        List<Entry> month = List.of(new Entry("branch_committee_meeting", LocalDate.of(2026, 2, 6), 1, null, null, null),
                new Entry("theme_party_day", LocalDate.of(2026, 2, 9), 1, null, null, null),
                new Entry("dues_collection", LocalDate.of(2026, 2, 10), 1, null, null, null));
        clock.set(LocalDateTime.of(2026, 2, 10, 18, 0));
        store.log("b000", month, "sec000", null, null);
        LocalDateTime reminded = LocalDateTime.of(2026, 2, 25, 9, 5);
        redis.opsForValue().set(new BranchKeys("b001").reminderSent("monthly", "2026-02"),
                "sent|test|" + reminded.atZone(ZONE).toInstant().toEpochMilli());
        clock.set(LocalDateTime.of(2026, 2, 26, 17, 0));
        store.log("b001", month, "sec001", null, null);
        // 第6党支部 begins with the bot on the digest's morning: February was not its to miss
        clock.set(LocalDateTime.of(2026, 3, 2, 8, 0));
        store.log("b005", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 1), 1, null, null, null)),
                "sec005", null, null);

        clock.set(LocalDateTime.of(2026, 3, 1, 10, 0));
        assertThat(digests.runDue()).as("1 March 2026 is a Sunday").isZero();
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 14));
        assertThat(digests.runDue()).isZero();
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 15));
        assertThat(digests.runDue()).isEqualTo(1);
        assertThat(digests.runDue()).as("once").isZero();

        List<LoggedRequest> sends = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)));
        assertThat(sends).hasSize(1);
        JsonNode send = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(send.path("openConversationId").asString()).isEqualTo(COMMITTEE_GROUP);
        JsonNode param = JSON.readTree(send.path("msgParam").asString());
        assertThat(param.path("title").asString()).isEqualTo("机关党委2026年2月工作情况");
        assertThat(param.path("text").asString())
                .startsWith("#### 机关党委2026年2月工作情况\n\n2月共25个支部，2个支部按期完成本月各项工作，22个支部有未完成事项，"
                        + "1个支部尚未启用党建助手。")
                .contains("**未按期完成（22个，未完成多的在前）**")
                .contains("- 第3党支部：支部委员会会议、主题党日、党费收缴\n")
                .contains("**提醒后补齐（1个）**\n\n- 第2党支部：支部委员会会议、主题党日、党费收缴（2月25日提醒后补记）")
                .doesNotContain("- 第1党支部").doesNotContain("- 第6党支部");
    }

    @Test
    void everyBranchsDutyReportComesInOneZipForTheAppraisalMeeting() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 15, 20, 0));
        store.log("b004", List.of(new Entry("branch_committee_meeting", LocalDate.of(2025, 6, 12), 1, 7, null, null)),
                "sec004", null, null);
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAzip\",\"type\":\"file\"}")));

        assertThat(say(ADMIN, "汇总各支部述职报告"))
                .isEqualTo("正在汇总机关党委25个支部的2025年度述职报告草稿，完成后将以压缩包发送到本群，请稍候。");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 1);
        JsonNode send = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(send.path("openConversationId").asString()).isEqualTo(COMMITTEE_GROUP);
        assertThat(send.path("msgParam").asString()).isEqualTo(
                "{\"mediaId\":\"@lAzip\",\"fileName\":\"机关党委2025年度各支部述职报告.zip\",\"fileType\":\"zip\"}");
        byte[] zip = dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0).getParts().iterator().next()
                .getBody().asBytes();
        List<String> names = new java.util.ArrayList<>();
        String fifth = null;
        try (var entries = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("第5党支部2025年度述职报告.docx")) {
                    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                            new ByteArrayInputStream(entries.readAllBytes()))) {
                        fifth = doc.getParagraphs().get(0).getText();
                    }
                }
            }
        }
        assertThat(names).hasSize(25).startsWith("第1党支部2025年度述职报告.docx", "第2党支部2025年度述职报告.docx");
        assertThat(fifth).startsWith("第5党支部书记");
    }

    @Test
    void aBranchThatClosedTheYearGivesTheZipTheFinalDraftArchivedAtClosingNotOneMadeAgain() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 15, 20, 0));
        store.log("b004", List.of(new Entry("branch_committee_meeting", LocalDate.of(2025, 6, 12), 1, 7, null, null)),
                "sec004", null, null);
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        assertThat(say(new DingTalkCallbacks.Sender("sec004", "第5党支部书记", false, "cidb004", true), "年度关账 2025"))
                .contains("终稿已存档");
        clock.set(LocalDateTime.of(2026, 1, 20, 9, 0));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAzip\",\"type\":\"file\"}")));
        dingtalk.resetRequests();

        say(ADMIN, "汇总2025年度各支部述职报告");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        assertThat(JSON.readTree(sends.get(1).getBodyAsString()).path("msgParam").asString())
                .contains("其中1个支部已办理2025年度关账，压缩包中为其关账时存档的述职报告终稿。");
        byte[] zip = dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0).getParts().iterator().next()
                .getBody().asBytes();
        Map<String, String> texts = new java.util.HashMap<>();
        try (var entries = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new ByteArrayInputStream(entries.readAllBytes()))) {
                    texts.put(entry.getName(), doc.getParagraphs().stream().map(p -> p.getText())
                            .collect(java.util.stream.Collectors.joining("\n")));
                }
            }
        }
        assertThat(texts).hasSize(25);
        assertThat(texts.get("第5党支部2025年度述职报告.docx")).contains("2026年1月10日").doesNotContain("2026年1月20日");
        assertThat(texts.get("第1党支部2025年度述职报告.docx")).contains("2026年1月20日");
    }

    @Test
    void theCommitteesOwnWorkSummaryCountsEveryBranchNamesTheGapsAndComesAsChatThenWord() throws Exception {
        clock.set(LocalDateTime.of(2025, 12, 31, 20, 0));
        String topic = "学习贯彻党的二十届四中全会精神";
        List<Entry> year = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2025, month, 10);
            year.add(new Entry("branch_committee_meeting", day, 1, 7, null, null));
            year.add(new Entry("theme_party_day", day, 1, 20, month == 11 ? topic : null, null));
            year.add(new Entry("dues_collection", day, 1, null, null, java.math.BigDecimal.valueOf(300)));
            if (month % 3 == 0) {
                year.add(new Entry("branch_member_meeting", day, 1, 20, null, null));
                year.add(new Entry("party_lecture", day, 1, 20, null, null));
            }
        }
        for (String yearly : List.of("organizational_life_meeting", "democratic_evaluation", "heart_to_heart_talk")) {
            year.add(new Entry(yearly, LocalDate.of(2025, 12, 20), 1, 20, null, null));
        }
        // 第1党支部 logs each activity on its day; 第2党支部 begins with the bot in November
        for (Entry entry : year) {
            clock.set(entry.date().atTime(20, 0));
            store.log("b000", List.of(entry), "sec000", null, "m" + entry.activity() + entry.date());
        }
        clock.set(LocalDateTime.of(2025, 11, 12, 20, 0));
        store.log("b001", List.of(new Entry("theme_party_day", LocalDate.of(2025, 11, 12), 1, 18, topic, null),
                new Entry("party_lecture", LocalDate.of(2025, 11, 12), 1, 18, null, null)), "sec001", null, "m1");
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAsummary\",\"type\":\"file\"}")));

        assertThat(say(ADMIN, "生成2025年度党建工作总结")).isEqualTo(
                "正在汇总各支部的活动记录，生成机关党委2025年度党建工作总结草稿，完成后将发送摘要和Word文件到本群，请稍候。");
        assertThat(say(new DingTalkCallbacks.Sender("sec000", "书记", false, COMMITTEE_GROUP, true), "生成2025年度党建工作总结"))
                .startsWith("本群是机关党委的工作群，各支部进度、述职报告汇总和党建工作总结仅向机关党委的管理员提供。");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        JsonNode chat = JSON.readTree(JSON.readTree(sends.get(0).getBodyAsString()).path("msgParam").asString());
        assertThat(chat.path("text").asString()).startsWith("#### 机关党委2025年度党建工作总结（草稿）")
                .contains("- 登记活动" + (year.size() + 1) + "项（记录" + (year.size() + 2) + "条）\n")
                .contains("- 规定动作均按期完成的支部：1个\n")
                .contains("- 支部委员会会议未按期开展：24个支部\n")
                .contains("- 尚无活动记录：第3党支部、第4党支部");
        assertThat(JSON.readTree(sends.get(1).getBodyAsString()).path("msgParam").asString())
                .contains("\"fileName\":\"机关党委2025年度党建工作总结.docx\"");
        byte[] docx = dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0).getParts().iterator().next()
                .getBody().asBytes();
        // kept for a look: soffice --headless --convert-to pdf target/committee-summary-2025.docx; pdftoppm -png …
        java.nio.file.Files.write(Path.of("target/committee-summary-2025.docx"), docx);
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
            text = doc.getParagraphs().stream().map(p -> p.getText()).collect(java.util.stream.Collectors.joining("\n"));
        }
        assertThat(text).contains("机关党委下设党支部25个。年内各支部通过党建助手登记活动" + (year.size() + 1) + "项",
                "1个支部均按期完成，24个支部存在缺项",
                "各支部共开展12次，25个支部中1个做到每月按期开展",
                "“" + topic + "”（2个支部）",
                "第1党支部：登记活动" + year.size() + "项，规定动作均按期完成。",
                "第2党支部：11月起使用党建助手，登记活动1项，支部委员会会议11月、12月未开展，主题党日12月未开展，"
                        + "党费收缴11月、12月未开展。",
                "应每季度开展的24个支部中1个做到每季度按期开展",
                "第3党支部：尚无活动记录。\n第4党支部：尚无活动记录。",
                "八是党费收缴。各支部共收缴12次，25个支部中1个做到每月按期收缴。",
                "一是部分支部组织生活开展不够规律。支部委员会会议有1个支部未做到每月按期开展（第2党支部）；",
                "二是部分支部活动记录不够及时完整。",
                "第3党支部、第4党支部、第5党支部、第6党支部、第7党支部、第8党支部、第9党支部、第10党支部、第11党支部、"
                        + "第12党支部等23个支部年内尚无活动记录",
                "四、下步工作打算", "对存在缺项的24个支部逐一跟踪", "2026年1月10日")
                .doesNotContain("数据统计至", "1月至10月", "全年未开展");
    }

    @Test
    void theDigestGoesOnTheFirstWorkingDayOfEachMonth() {
        var schedule = digests.schedule().orElseThrow();

        assertThat(schedule.firstIn(new Period(Cadence.MONTHLY, 2026, 3))).hasValueSatisfying(
                at -> assertThat(at.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 15)));
        assertThat(schedule.firstIn(new Period(Cadence.MONTHLY, 2026, 10))).as("国庆 ends on 7 October")
                .hasValueSatisfying(at -> assertThat(at.toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 8)));
        assertThat(schedule.firstIn(new Period(Cadence.MONTHLY, 2026, 4))).hasValueSatisfying(
                at -> assertThat(at.toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1)));
    }

    private String say(DingTalkCallbacks.Sender sender, String text) {
        Map<String, Object> payload = callbacks.payload(sender, "text", " " + text, DingTalkCallbacks.newMsgId());
        HttpResponse<String> response = callbacks.post(JSON.writeValueAsString(payload),
                callbacks.freshTimestamp(), APP_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }

    private static List<LoggedRequest> await(RequestPatternBuilder pattern, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<LoggedRequest> found = dingtalk.findAll(pattern);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(25);
            found = dingtalk.findAll(pattern);
        }
        return found;
    }

    /** The shipped catalogue, schedule, calendar and templates; {@code count} branches b000… under 机关党委. */
    static Path configDirectory(int count) {
        try {
            Path dir = Files.createTempDirectory("dj-committee-config");
            Files.copy(Path.of("bot-config/activities.yml"), dir.resolve("activities.yml"));
            Files.copy(Path.of("bot-config/reminders.yml"), dir.resolve("reminders.yml"));
            for (String sub : List.of("report", "calendar")) {
                Path target = Files.createDirectories(dir.resolve(sub));
                try (var files = Files.list(Path.of("bot-config", sub))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, target.resolve(file.getFileName()));
                    }
                }
            }
            StringBuilder yaml = new StringBuilder("""
                    committees:
                      - {id: dw, name: 机关党委, conversations: [cidCommittee], admins: [dwAdmin]}
                    defaults:
                      hasPartyGroups: false
                    branches:
                    """);
            for (int i = 0; i < count; i++) {
                String id = String.format("b%03d", i);
                yaml.append("  - {id: ").append(id).append(", name: 第").append(i + 1).append("党支部, committee: dw, ")
                        .append("conversations: [cid").append(id).append("], secretaries: [sec")
                        .append(id.substring(1)).append("]}\n");
            }
            Files.writeString(dir.resolve("branches.yml"), yaml);
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
