package cn.dangjian.bot.evidence;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.dingtalk.WireMockBot;

/**
 * Members attach photos and files in chat, on the whole bot with DingTalk (and its file download) played by WireMock:
 * which record a file goes to, what the member is told, the limits, and what is kept.
 */
class EvidenceChatTest extends WireMockBot {

    static final String TOKEN = "/v1.0/oauth2/accessToken";
    static final String DOWNLOAD = "/v1.0/robot/messageFiles/download";

    private static final int REDIS_PORT = BotTest.freePort();
    private static final Path DIR = tempDir();
    private static final Path CONFIG = EvidenceConfig.requiring("theme_party_day");

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.config-dir", CONFIG::toString);
        registry.add("bot.evidence.dir", DIR::toString);
        registry.add("bot.evidence.max-file-size", () -> "200KB");
        registry.add("bot.evidence.max-files", () -> "4");
        registry.add("bot.evidence.branch-quota", () -> "600KB");
        registry.add("bot.dingtalk.file-download.backoff", () -> "10ms");
        // the tests sweep themselves, on their own clock
        registry.add("bot.evidence.sweep-every", () -> "6h");
    }

    @LocalServerPort
    int port;
    @Autowired
    ActivityStore store;
    @Autowired
    EvidenceStore evidence;
    @Autowired
    Blobs blobs;
    @Autowired
    HeldFiles held;

    DingTalkCallbacks callbacks;

    @BeforeEach
    void anEmptyBranchAndDingTalkUp() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        clock.set(BotTest.TODAY);
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"tok\",\"expireIn\":7200}")));
        callbacks = new DingTalkCallbacks(port, clock);
    }

    @Test
    void aPictureSoonAfterTheSendersRecordIsAttachedToItAndSaidSo() {
        assertThat(say(MEMBER, "今天开展主题党日活动，20人参加")).startsWith("已记录").endsWith("#1");
        clock.advance(Duration.ofMinutes(10));

        String reply = picture(MEMBER, Files.photo());

        assertThat(reply).isEqualTo("已为 #1（3月20日 主题党日）添加佐证材料：照片1张。");
        assertThat(evidence.of("demo", 1)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Evidence.Kind.PHOTO);
            assertThat(f.type()).isEqualTo("jpg");
            assertThat(f.by()).isEqualTo(MEMBER.staffId());
        });
    }

    @Test
    void aRichTextThatLogsAnActivityAttachesItsPicturesToTheRecordItCreates() {
        String reply = richText(MEMBER, "今天开展主题党日活动，20人参加，签到表和照片见图", Files.photo(), Files.photo());

        assertThat(reply).startsWith("已记录：3月20日 主题党日 1次，参加20人。#1\n")
                .endsWith("已为 #1（3月20日 主题党日）添加佐证材料：照片2张。");
        assertThat(richText(MEMBER, "#1 签到表", Files.photo())).isEqualTo("已为 #1（3月20日 主题党日）添加佐证材料：签到表1份。");
        assertThat(evidence.of("demo", 1)).hasSize(3);
        assertThat(say(MEMBER, "记录")).contains("#1 3月20日 主题党日 1次，参加20人（王芳） 📎3");
    }

    @Test
    void attachmentToANamedRecordThenFilesGoThereWithTheirKinds() {
        say(MEMBER, "3月15日召开支委会，7人参加");
        say(MEMBER, "今天开展主题党日活动，20人参加");

        assertThat(say(OTHER_MEMBER, "附件 #1")).startsWith("请发送 #1（3月15日 支部委员会会议）的佐证材料");
        assertThat(file(OTHER_MEMBER, "支委会签到表.pdf", Files.pdf("sign-in")))
                .isEqualTo("已为 #1（3月15日 支部委员会会议）添加佐证材料：签到表1份。");
        assertThat(file(OTHER_MEMBER, "会议记录.pdf", Files.pdf("minutes")))
                .isEqualTo("已为 #1（3月15日 支部委员会会议）添加佐证材料：会议记录1份。");
        assertThat(richText(MEMBER, "#2 活动照片", Files.photo(), Files.photo()))
                .isEqualTo("已为 #2（3月20日 主题党日）添加佐证材料：照片2张。");
    }

    @Test
    void aFileWithNoRecentRecordIsKeptWhileTheBotAsksWhichRecordItBelongsTo() {
        for (String log : List.of("3月2日召开支委会，7人参加", "3月10日开展了主题党日活动", "3月12日召开党员大会",
                "3月13日召开支委会")) {
            assertThat(say(MEMBER, log)).startsWith("已记录");
        }
        clock.advance(Duration.ofHours(2));

        String question = picture(MEMBER, Files.photo());

        assertThat(question).isEqualTo("""
                已收到照片1张，请问属于哪条记录？请@党建助手 回复序号：
                1. #4 3月13日 支部委员会会议
                2. #3 3月12日 支部党员大会
                3. #2 3月10日 主题党日
                也可回复“附件 #记录号”。30分钟内未回复，这些材料将不予保存。""");
        assertThat(evidence.of("demo", 3)).isEmpty();

        assertThat(say(MEMBER, "2")).isEqualTo("已为 #3（3月12日 支部党员大会）添加佐证材料：照片1张。");
        assertThat(evidence.of("demo", 3)).hasSize(1);
        assertThat(say(MEMBER, "2")).doesNotContain("佐证材料");
    }

    @Test
    void theBytesOfAFileWhoseRecordWasNeverNamedAreDeletedAfterTheQuestionLapsesAndAttachedOnesNever()
            throws IOException {
        say(MEMBER, "3月2日开展主题党日活动");
        clock.advance(Duration.ofHours(2));
        byte[] attached = Files.photo();
        byte[] unanswered = Files.photo();
        byte[] answered = Files.photo();
        assertThat(richText(MEMBER, "附件 #1", attached)).startsWith("已为 #1");
        assertThat(picture(OTHER_MEMBER, attached)).startsWith("已收到照片1张，请问属于哪条记录？");
        assertThat(picture(SECRETARY, unanswered)).startsWith("已收到照片1张，请问属于哪条记录？");
        assertThat(picture(MEMBER, answered)).startsWith("已收到照片1张，请问属于哪条记录？");
        assertThat(say(MEMBER, "1")).isEqualTo("已为 #1（3月2日 主题党日）添加佐证材料：照片1张。");

        clock.advance(Duration.ofMinutes(31));
        assertThat(held.sweep()).isZero();
        assertThat(blobs.has(Intake.sha256(unanswered))).isTrue();

        clock.advance(HeldFiles.SETTLE);
        assertThat(held.sweep()).isEqualTo(1);
        assertThat(blobs.has(Intake.sha256(unanswered))).isFalse();
        assertThat(blobs.has(Intake.sha256(attached))).isTrue();
        assertThat(blobs.has(Intake.sha256(answered))).isTrue();
        assertThat(evidence.of("demo", 1)).hasSize(2);
        assertThat(held.sweep()).isZero();

        assertThat(picture(SECRETARY, unanswered)).startsWith("已收到照片1张，请问属于哪条记录？");
        assertThat(blobs.has(Intake.sha256(unanswered))).isTrue();
        assertThat(say(SECRETARY, "1")).isEqualTo("已为 #1（3月2日 主题党日）添加佐证材料：照片1张。");
        clock.advance(Duration.ofHours(1));
        assertThat(held.sweep()).isZero();
        assertThat(blobs.has(Intake.sha256(unanswered))).isTrue();
    }

    @Test
    void whichRecordAFileBelongsToIsTheBotsPendingQuestionAnsweredByNumberOrRecordOrLetGo() throws IOException {
        say(MEMBER, "3月2日开展主题党日活动");
        say(MEMBER, "3月12日召开党员大会");
        clock.advance(Duration.ofHours(2));
        String question = "dj:{demo}:question:" + MEMBER.staffId();

        assertThat(picture(MEMBER, Files.photo())).startsWith("已收到照片1张，请问属于哪条记录？");
        assertThat(redis.hasKey(question)).isTrue();
        assertThat(redis.keys("dj:{demo}:ev:pending:*")).isEmpty();
        assertThat(say(MEMBER, "#1")).isEqualTo("已为 #1（3月2日 主题党日）添加佐证材料：照片1张。");
        assertThat(redis.hasKey(question)).isFalse();

        byte[] unwanted = Files.photo();
        picture(MEMBER, unwanted);
        assertThat(say(MEMBER, "不是")).isEqualTo("好的，这些材料未保存。如需保存，请在登记活动后重新发送。");
        assertThat(blobs.has(Intake.sha256(unwanted))).isFalse();

        picture(MEMBER, Files.photo());
        assertThat(say(MEMBER, "5")).isEqualTo("请回复1至2之间的序号，例如回复“@党建助手 1”。");
        say(MEMBER, "记录");
        assertThat(redis.hasKey(question)).as("anything else closes the question").isFalse();
        assertThat(say(MEMBER, "1")).doesNotContain("佐证材料");
        assertThat(evidence.of("demo", 1)).hasSize(1);
        assertThat(evidence.of("demo", 2)).isEmpty();
    }

    @Test
    void theSamePhotoSentTwiceIsKeptOnceAndNotAttachedTwice() throws IOException {
        say(MEMBER, "今天开展主题党日活动");
        byte[] photo = Files.photo();

        picture(MEMBER, photo);
        assertThat(picture(MEMBER, photo)).isEqualTo("#1（3月20日 主题党日）已有该佐证材料，未重复保存。");
        say(MEMBER, "今天召开支委会");
        assertThat(picture(MEMBER, photo)).isEqualTo("已为 #2（3月20日 支部委员会会议）添加佐证材料：照片1张。");

        String sha = evidence.of("demo", 1).get(0).sha256();
        assertThat(evidence.of("demo", 2).get(0).sha256()).isEqualTo(sha);
        assertThat(evidence.bytes("demo")).isEqualTo(photo.length);
        try (InputStream in = blobs.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    @Test
    void filesPastTheLimitsAreRefusedWithAClearAnswerAndNothingIsKept() throws IOException {
        say(MEMBER, "今天开展主题党日活动");

        assertThat(file(MEMBER, "签到表.pdf", Files.pdf(250 * 1024)))
                .isEqualTo("文件“签到表.pdf”未保存：超过200KB的上限。请压缩或拆分后重新发送。");
        assertThat(file(MEMBER, "签到表.pdf", Files.zip())).isEqualTo(
                "文件“签到表.pdf”未保存：只能保存图片（JPG、PNG、GIF、WEBP、BMP、HEIC）、PDF和Office文档（Word、Excel、PowerPoint）。");
        assertThat(evidence.of("demo", 1)).isEmpty();
        assertThat(evidence.bytes("demo")).isZero();

        for (int i = 0; i < 4; i++) {
            assertThat(picture(MEMBER, Files.photo())).startsWith("已为 #1");
        }
        byte[] fifth = Files.photo();
        assertThat(picture(MEMBER, fifth)).isEqualTo(
                "#1 的佐证材料已达4份的上限，其余未保存。如需替换，请先发送“删除 #1 的第1张照片”。");
        assertThat(evidence.of("demo", 1)).hasSize(4);
        assertThat(blobs.has(Intake.sha256(fifth))).isFalse();
    }

    @Test
    void aBranchOverItsQuotaIsToldAndTheFileIsNotKept() throws IOException {
        say(MEMBER, "今天开展主题党日活动");
        say(MEMBER, "今天召开支委会");
        for (int i = 0; i < 3; i++) {
            assertThat(file(MEMBER, "材料" + i + ".pdf", Files.pdf(190 * 1024))).startsWith("已为 #2");
        }
        byte[] fourth = Files.pdf(190 * 1024);

        assertThat(say(MEMBER, "附件 #1")).startsWith("请发送 #1");
        assertThat(file(MEMBER, "材料3.pdf", fourth)).isEqualTo("本支部的佐证材料已达存储上限（600KB），其余未保存。请联系组织管理员。");

        assertThat(evidence.of("demo", 1)).isEmpty();
        assertThat(evidence.bytes("demo")).isEqualTo(3 * 190 * 1024 + 3 * ("%PDF-1.4\n".length()));
        assertThat(blobs.has(Intake.sha256(fourth))).isFalse();
    }

    @Test
    void dingTalkErrorsAreRetriedAndAnExpiredCodeAsksForTheFileAgain() {
        say(MEMBER, "今天开展主题党日活动");
        byte[] photo = Files.photo();
        serve("flaky", photo);
        dingtalk.stubFor(post(urlEqualTo(DOWNLOAD)).withRequestBody(equalToJson("{\"downloadCode\":\"flaky\"}", true, true))
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}"))
                .willSetStateTo("up"));

        assertThat(send(MEMBER, "picture", Map.of("downloadCode", "flaky"))).startsWith("已为 #1");
        dingtalk.verify(2, postRequestedFor(urlEqualTo(DOWNLOAD)));

        dingtalk.stubFor(post(urlEqualTo(DOWNLOAD)).withRequestBody(equalToJson("{\"downloadCode\":\"old\"}", true, true))
                .willReturn(aResponse().withStatus(400).withBody(
                        "{\"code\":\"invalidParameter.downloadCode\",\"message\":\"downloadCode已过期\"}")));
        assertThat(send(MEMBER, "file", Map.of("downloadCode", "old", "fileName", "会议记录.docx")))
                .isEqualTo("文件“会议记录.docx”未保存：钉钉的下载凭证已失效，请重新发送该文件。");
        assertThat(evidence.of("demo", 1)).hasSize(1);
    }

    @Test
    void aRedeliveredMessageIsAnsweredAlikeAndAttachesNothingTwice() {
        say(MEMBER, "今天开展主题党日活动");
        String code = serve(Files.photo());
        Map<String, Object> payload = callbacks.payload(MEMBER, "picture", null, DingTalkCallbacks.newMsgId());
        payload.put("content", Map.of("downloadCode", code));

        String first = DingTalkCallbacks.replyText(deliver(payload).body());
        String again = DingTalkCallbacks.replyText(deliver(payload).body());

        assertThat(again).isEqualTo(first).isEqualTo("已为 #1（3月20日 主题党日）添加佐证材料：照片1张。");
        dingtalk.verify(1, postRequestedFor(urlEqualTo(DOWNLOAD)));
    }

    @Test
    void aMemberRemovesOrMovesAFileAndAnUndoneRecordKeepsItsFiles() {
        say(MEMBER, "今天开展主题党日活动");
        richText(MEMBER, "附件 #1", Files.photo(), Files.photo(), Files.photo());
        say(OTHER_MEMBER, "今天召开支委会");

        assertThat(say(OTHER_MEMBER, "删除 #1 的第2张照片")).isEqualTo("这份材料由王芳添加，只有添加人或支部书记可以删除。");
        assertThat(say(SECRETARY, "删除 #1 的第二张照片")).isEqualTo("已删除 #1 的第2张照片（王芳于3月20日添加）。");
        assertThat(say(MEMBER, "删除 #1 的第5张照片")).startsWith("#1 没有第5张照片（共2张）。");

        picture(MEMBER, Files.photo());
        assertThat(evidence.of("demo", 1)).hasSize(3);
        assertThat(say(MEMBER, "这张是 #2 的")).isEqualTo("已将照片1张从 #1 移至 #2（3月20日 支部委员会会议）。");
        assertThat(evidence.of("demo", 1)).hasSize(2);
        assertThat(evidence.of("demo", 2)).hasSize(1);
        // three attached, one removed, one attached, one moved (attached to #2, detached from #1): in the record's audit
        assertThat(redis.opsForStream().range("dj:{demo}:audit", org.springframework.data.domain.Range.unbounded())
                .stream().map(e -> String.valueOf(e.getValue().get("action"))).filter(a -> a.endsWith("tach")).toList())
                .containsExactly("attach", "attach", "attach", "detach", "attach", "attach", "detach");

        assertThat(say(MEMBER, "撤销 #1")).startsWith("已撤销");
        assertThat(evidence.of("demo", 1)).hasSize(2);
        assertThat(say(MEMBER, "附件 #1")).startsWith("请发送 #1");
        assertThat(picture(MEMBER, Files.photo())).isEqualTo("未找到记录 #1，或该记录已撤销，材料未保存。请发送“记录”查看记录号。");
    }

    @Test
    void progressNamesTheMeetingsWithoutTheEvidenceTheCatalogueAsksFor() throws Exception {
        say(MEMBER, "3月2日开展主题党日活动");
        say(MEMBER, "3月10日开展主题党日活动");
        say(MEMBER, "3月12日召开支委会");
        richText(MEMBER, "附件 #1", Files.photo());
        say(MEMBER, "今天开展主题党日活动");
        file(MEMBER, "主题党日签到表.pdf", Files.pdf("sign-in"));

        String progress = say(MEMBER, "进度");

        assertThat(progress).contains("- 主题党日（每月）：已开展3次，均已按期完成；其中1次缺佐证材料（#2 3月10日）\n")
                .contains("- 支部委员会会议（每月）：已开展1次，均已按期完成\n")
                .endsWith("补充佐证材料：发送“附件 #记录号”，再按提示发送照片、签到表等。");

        richText(MEMBER, "附件 #2", Files.photo());
        assertThat(say(MEMBER, "进度")).contains("- 主题党日（每月）：已开展3次，均已按期完成\n")
                .doesNotContain("佐证材料");

        say(MEMBER, "撤销 #4");
        assertThat(say(MEMBER, "进度")).contains("- 主题党日（每月）：已开展2次，均已按期完成\n");
        String json = new String(LedgerApiChecks.get(port, "/api/v1/branches/demo/progress?year=2026&month=2", null)
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"activity\":\"theme_party_day\"", "\"missing\":[\"2月\"],\"withoutEvidence\":[]")
                .contains("\"activity\":\"branch_committee_meeting\"")
                .doesNotContain("\"withoutEvidence\":[2]");
        say(MEMBER, "删除 #2 的第1张照片");
        json = new String(LedgerApiChecks.get(port, "/api/v1/branches/demo/progress?year=2026&month=3", null)
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"withoutEvidence\":[2]}").doesNotContain("null");
    }

    @Test
    void aMonthWithAGapSaysWhatLacksEvidenceBeforeWhatWasNotHeld() {
        clock.set(java.time.LocalDateTime.of(2026, 4, 20, 10, 0));
        say(MEMBER, "3月10日开展主题党日活动");

        assertThat(say(MEMBER, "一季度进度")).contains(
                "- 主题党日（每月）：已开展1次，其中1次缺佐证材料（#1 3月10日）；1月、2月尚未开展\n");
    }

    @Test
    void theWorkSummaryClosesByNamingTheLedgerWithTheYearsEvidenceAsItsAttachment() throws Exception {
        say(MEMBER, "3月10日开展主题党日活动，20人参加");
        assertThat(draft("work-summary")).doesNotContain("附：");
        richText(MEMBER, "附件 #1", Files.photo(), Files.photo());
        say(MEMBER, "今天召开支委会，7人参加");
        file(MEMBER, "支委会签到表.pdf", Files.pdf("sign-in"));
        say(MEMBER, "今天召开党员大会");
        file(MEMBER, "党员大会会议记录.pdf", Files.pdf("minutes"));
        assertThat(say(MEMBER, "撤销 #3")).startsWith("已撤销");

        String summary = draft("work-summary");
        assertThat(summary).contains("\n（附：2026年度党建工作台账，佐证材料3份）\n");
        assertThat(summary.indexOf("（附：")).isGreaterThan(summary.indexOf("三、下步工作打算"))
                .isLessThan(summary.lastIndexOf("机关第一党支部"));
        assertThat(draft("duty-report")).doesNotContain("附：");
        // kept for a look: soffice --headless --convert-to pdf target/work-summary-evidence.docx; pdftoppm -png …
        java.nio.file.Files.write(Path.of("target/work-summary-evidence.docx"), draft("work-summary", "*/*",
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    private String draft(String kind) throws IOException, InterruptedException {
        return draft(kind, "text/markdown", HttpResponse.BodyHandlers.ofString());
    }

    private <T> T draft(String kind, String accept, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/branches/demo/drafts?year=2026&kind="
                        + kind))
                .header("Authorization", "Bearer " + LedgerApiChecks.LOCAL_ADMIN_TOKEN).header("Accept", accept)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), body);
        assertThat(response.statusCode()).as(String.valueOf(response.body())).isEqualTo(200);
        return response.body();
    }

    @Test
    void inAOneToOneChatAPictureAloneIsEvidenceToo() {
        say(MEMBER, "今天开展主题党日活动");
        assertThat(picture(MEMBER.oneToOne(), Files.photo())).isEqualTo("已为 #1（3月20日 主题党日）添加佐证材料：照片1张。");
    }

    @Test
    void aSecretaryGetsTheLedgerInChatAsAWordFileAndAZipOfTheOriginals() throws Exception {
        dingtalk.stubFor(post(urlEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"q\"}")));
        dingtalk.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/media/upload"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAledger\",\"type\":\"file\"}")));
        say(MEMBER, "3月10日开展主题党日活动，主题“追寻红色足迹”，20人参加");
        say(MEMBER, "今天召开支委会，7人参加");
        richText(MEMBER, "附件 #1", Files.photo(1200, 900, 1), Files.photo(900, 1200, 2));
        file(MEMBER, "主题党日签到表.pdf", Files.pdf("sign-in"));

        assertThat(say(MEMBER, "导出台账 2026")).isEqualTo("台账由支部书记或组织管理员导出。如需台账，请联系本支部书记。");
        assertThat(say(SECRETARY, "导出台账 2026")).isEqualTo(
                "正在导出机关第一党支部2026年度党建工作台账（Word文件及佐证材料原件压缩包），完成后将发送到本群，请稍候。");

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> uploads = await(
                postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/media/upload")), 2);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (var upload : uploads) {
            var part = upload.getParts().iterator().next();
            files.put(part.getHeaders().getHeader("Content-Disposition").firstValue(), part.getBody().asBytes());
        }
        assertThat(files.keySet()).anySatisfy(d -> assertThat(d).contains("2026年度党建工作台账.docx"))
                .anySatisfy(d -> assertThat(d).contains("2026年度党建工作台账.zip"));
        byte[] zip = files.entrySet().stream().filter(e -> e.getKey().contains(".zip")).findFirst().orElseThrow()
                .getValue();
        assertThat(LedgerApiChecks.entries(zip)).containsExactly("机关第一党支部2026年度党建工作台账.docx",
                "2026-03-10 主题党日 #1/照片1.jpg", "2026-03-10 主题党日 #1/照片2.jpg",
                "2026-03-20 支部委员会会议 #2/主题党日签到表.pdf");
        String text = await(postRequestedFor(urlEqualTo("/v1.0/robot/groupMessages/send")), 1).get(0).getBodyAsString();
        assertThat(text).contains("已导出：活动记录2条，佐证材料3份。");
    }

    @Test
    void theAdminApiServesTheLedgerAsWordWithThePhotosAndAsAStreamedZip() throws Exception {
        say(MEMBER, "3月10日开展主题党日活动，主题“追寻红色足迹”，20人参加");
        say(MEMBER, "3月12日召开党员大会");
        richText(MEMBER, "附件 #1", Files.photo(1200, 900, 1), Files.turnedPhoto(1200, 900, 6), Files.photo(),
                Files.photo());
        say(MEMBER, "附件 #2");
        file(MEMBER, "党员大会会议记录.pdf", Files.pdf("minutes"));

        java.net.http.HttpResponse<byte[]> docx = LedgerApiChecks.get(port, "/api/v1/branches/demo/ledger?year=2026", null);
        assertThat(docx.statusCode()).isEqualTo(200);
        // kept for a look: libreoffice --headless --convert-to pdf target/ledger-2026.docx; pdftoppm -png …
        java.nio.file.Files.write(Path.of("target/ledger-2026.docx"), docx.body());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()))) {
            String all = doc.getParagraphs().stream().map(p -> p.getText()).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(all).contains("2026年度党建工作台账", "一、3月10日 主题党日", "主题：追寻红色足迹", "参加人数：20人",
                    "记录#1", "佐证材料：照片4张", "二、3月12日 支部党员大会", "佐证材料：会议记录1份",
                    "材料：党员大会会议记录.pdf");
            assertThat(doc.getAllPictures()).hasSize(Ledger.PHOTOS_SHOWN);
            assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getData().length).isLessThan(200_000));
            // the phone's portrait, stored landscape with EXIF orientation 6, stands upright: its top-left at top right
            java.awt.image.BufferedImage turned = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    doc.getAllPictures().get(1).getData()));
            assertThat(turned.getHeight()).isGreaterThan(turned.getWidth());
            assertThat(OrientationTest.red(turned.getRGB(turned.getWidth() - 20, 20))).isTrue();
            assertThat(OrientationTest.red(turned.getRGB(20, 20))).isFalse();
        }
        java.net.http.HttpResponse<byte[]> zip = LedgerApiChecks.get(port, "/api/v1/branches/demo/ledger?year=2026",
                "application/zip");
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(LedgerApiChecks.entries(zip.body())).hasSize(6).first().asString().endsWith(".docx");
    }

    private static List<com.github.tomakehurst.wiremock.verification.LoggedRequest> await(
            com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> found = dingtalk.findAll(pattern);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = dingtalk.findAll(pattern);
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    // --- DingTalk's side

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private HttpResponse<String> deliver(Map<String, Object> payload) {
        return callbacks.post(JSON.writeValueAsString(payload), callbacks.freshTimestamp(), APP_SECRET);
    }

    private String say(Sender sender, String text) {
        HttpResponse<String> response = deliver(callbacks.payload(sender, "text", " " + text,
                DingTalkCallbacks.newMsgId()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }

    private String picture(Sender sender, byte[] photo) {
        return send(sender, "picture", Map.of("downloadCode", serve(photo), "pictureDownloadCode", "p"));
    }

    private String file(Sender sender, String name, byte[] bytes) {
        return send(sender, "file", Map.of("downloadCode", serve(bytes), "fileName", name));
    }

    private String richText(Sender sender, String text, byte[]... pictures) {
        List<Object> parts = new ArrayList<>();
        parts.add(Map.of("text", text));
        for (byte[] picture : pictures) {
            parts.add(Map.of("type", "picture", "downloadCode", serve(picture)));
        }
        return send(sender, "richText", Map.of("richText", parts));
    }

    private String send(Sender sender, String msgtype, Map<String, Object> content) {
        Map<String, Object> payload = callbacks.payload(sender, msgtype, null, DingTalkCallbacks.newMsgId());
        payload.put("content", new LinkedHashMap<>(content));
        HttpResponse<String> response = deliver(payload);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }

    private static int files;

    /** A downloadCode whose file DingTalk hands out. */
    private String serve(byte[] bytes) {
        String code = "code" + (++files);
        serve(code, bytes);
        dingtalk.stubFor(post(urlEqualTo(DOWNLOAD))
                .withRequestBody(equalToJson("{\"downloadCode\":\"" + code + "\"}", true, true))
                .willReturn(okJson("{\"downloadUrl\":\"" + dingtalk.baseUrl() + "/files/" + code + "\"}")));
        return code;
    }

    private void serve(String code, byte[] bytes) {
        dingtalk.stubFor(get(urlEqualTo("/files/" + code)).willReturn(aResponse().withStatus(200).withBody(bytes)));
        if (code.equals("flaky")) {
            dingtalk.stubFor(post(urlEqualTo(DOWNLOAD))
                    .withRequestBody(equalToJson("{\"downloadCode\":\"flaky\"}", true, true))
                    .inScenario("flaky").whenScenarioStateIs("up")
                    .willReturn(okJson("{\"downloadUrl\":\"" + dingtalk.baseUrl() + "/files/flaky\"}")));
        }
    }

    private static Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("dj-evidence");
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
