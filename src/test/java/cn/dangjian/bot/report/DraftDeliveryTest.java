package cn.dangjian.bot.report;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.WireMockBot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asking for the draft in chat, on the whole bot with DingTalk played by WireMock: the request comes in as a signed
 * callback, the answer goes back at once, and the summary and the Word file follow through DingTalk's OpenAPI (token,
 * media upload, sampleMarkdown and sampleFile), to the group or to the person.
 */
class DraftDeliveryTest extends WireMockBot {

    static final String TOKEN = "/v1.0/oauth2/accessToken";
    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final String UPLOAD = "/media/upload";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int REDIS_PORT = BotTest.freePort();

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    Drafts drafts;
    @Autowired
    Branches branches;
    @Autowired
    Messenger messenger;

    DingTalkCallbacks callbacks;

    @BeforeEach
    void aBranchWithAFewRecordsAndDingTalkUp() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"tok\",\"expireIn\":7200}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAdraft\",\"type\":\"file\"}")));
        callbacks = new DingTalkCallbacks(port, clock);
        clock.set(LocalDateTime.of(2025, 6, 15, 20, 0));
        assertThat(say(SECRETARY, "今天召开支委会，7人参加")).startsWith("已记录");
        assertThat(say(MEMBER, "今天开展主题党日活动，主题“追寻红色足迹”，20人参加")).startsWith("已记录");
    }

    @AfterEach
    void today() {
        clock.set(BotTest.TODAY);
    }

    @Test
    void aSecretaryInTheGroupIsAnsweredAtOnceThenGetsTheSummaryAndTheWordFileThere() throws Exception {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        // an upload slower than DingTalk waits for an answer: the answer must not wait for it
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAdraft\",\"type\":\"file\"}")
                        .withFixedDelay(1500)));

        long start = System.nanoTime();
        String reply = say(SECRETARY, "生成2025年度述职报告");
        long answeredIn = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(reply).isEqualTo("正在生成机关第一党支部2025年度述职报告草稿，完成后将发送摘要和Word文件，请稍候。");
        assertThat(answeredIn).isLessThan(1500);
        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        JsonNode summary = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(summary.path("openConversationId").asString()).isEqualTo(DingTalkCallbacks.DEMO_GROUP);
        assertThat(summary.path("msgKey").asString()).isEqualTo("sampleMarkdown");
        JsonNode summaryParam = JSON.readTree(summary.path("msgParam").asString());
        assertThat(summaryParam.path("title").asString()).isEqualTo("2025年度述职报告（草稿）");
        assertThat(summaryParam.path("text").asString())
                .startsWith("#### 机关第一党支部2025年度述职报告（草稿）")
                .contains("- 支部委员会会议1次，参加7人（#", "1. 组织生活存在断档：7月至12月连续6个月未记录支部活动")
                // the branch began logging in June: the months before are work not recorded, not work not done
                .doesNotContain("1月至5月");

        JsonNode file = JSON.readTree(sends.get(1).getBodyAsString());
        assertThat(file.path("msgKey").asString()).isEqualTo("sampleFile");
        assertThat(file.path("msgParam").asString()).isEqualTo(
                "{\"mediaId\":\"@lAdraft\",\"fileName\":\"机关第一党支部2025年度述职报告.docx\",\"fileType\":\"docx\"}");
        LoggedRequest upload = dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
        var part = upload.getParts().iterator().next();
        assertThat(part.getHeader("Content-Disposition").firstValue())
                .contains("filename=\"机关第一党支部2025年度述职报告.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(part.getBody().asBytes()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("主题有6月“追寻红色足迹”"));
        }
    }

    @Test
    void anOrganisationAdminOneToOneGetsThemInThatChatForLastYearInFebruary() {
        clock.set(LocalDateTime.of(2026, 2, 27, 9, 0));
        // the admin belongs to no branch by configuration: the bot learns theirs when they speak in its group
        say(ADMIN, "全年进度");
        dingtalk.resetRequests();

        assertThat(say(ADMIN.oneToOne(), "生成年度总结")).contains("2025年度党建工作总结草稿");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(BATCH_SEND)), 2);
        assertThat(sends).allSatisfy(s -> assertThat(JSON.readTree(s.getBodyAsString()).path("userIds").toString())
                .isEqualTo("[\"orgadmin01\"]"));
        assertThat(JSON.readTree(sends.get(1).getBodyAsString()).path("msgParam").asString())
                .contains("\"fileName\":\"机关第一党支部2025年度党建工作总结.docx\"");
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))).isEmpty();
    }

    @Test
    void fromMarchTheDraftIsOfTheCurrentYear() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));

        assertThat(say(SECRETARY, "生成年度报告")).contains("2026年度述职报告");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        assertThat(JSON.readTree(sends.get(1).getBodyAsString()).path("msgParam").asString())
                .contains("\"fileName\":\"机关第一党支部2026年度述职报告.docx\"");
    }

    @Test
    void whenTheWordFileCannotBeUploadedTheSecretaryIsToldWhatToDo() {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        dingtalk.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(
                okJson("{\"errcode\":40004,\"errmsg\":\"不合法的媒体文件类型\"}")));

        say(SECRETARY, "生成2025年度述职报告");

        List<LoggedRequest> sends = await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        JsonNode told = JSON.readTree(sends.get(1).getBodyAsString());
        assertThat(told.path("msgKey").asString()).isEqualTo("sampleText");
        assertThat(JSON.readTree(told.path("msgParam").asString()).path("content").asString()).isEqualTo(
                "草稿的Word文件未能发送（钉钉文件上传未成功）。请稍后重新发送“生成2025年度述职报告”，或请管理员通过管理接口导出该草稿。");
    }

    @Test
    void aMemberIsRefusedPolitelyAndNothingIsGenerated() {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        DraftCommandHandler handler = new DraftCommandHandler(drafts, () -> messenger, task -> {
        }, redis);
        Command.GenerateDraft draft = new Command.GenerateDraft(null, Command.GenerateDraft.DUTY_REPORT);

        // the conversation refuses before the handler runs (ForgedRolesTest): the handler declares the role
        String refusal = "年度述职报告和党建工作总结的草稿由支部书记或组织管理员生成。如需草稿，请联系本支部书记。";
        assertThat(handler.required(draft)).isEqualTo(Role.SECRETARY);
        assertThat(handler.refusal(draft)).isEqualTo(refusal);
        assertThat(say(MEMBER, "生成2025年度述职报告")).isEqualTo(refusal);
        // a secretary's request right after is delivered: nothing of the member's was queued before it
        say(SECRETARY, "生成2025年度述职报告");
        assertThat(await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2)).hasSize(2);
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD)))).hasSize(1);
    }

    @Test
    void aYearNotBegunIsDeclinedAndNothingIsGenerated() {
        AtomicInteger started = new AtomicInteger();
        DraftCommandHandler handler = new DraftCommandHandler(drafts, () -> messenger, task -> started.incrementAndGet(),
                redis);
        clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));

        assertThat(handler.handle(new Command.GenerateDraft(2027, Command.GenerateDraft.DUTY_REPORT), turn(SECRETARY)).text())
                .isEqualTo("2027年度尚未开始，暂无可总结的内容。如需生成上一年度的草稿，请发送“生成2026年度述职报告”。");
        assertThat(started).hasValue(0);
    }

    @Test
    void whenTooManyDraftsAreWaitingTheSecretaryIsAskedToTryAgain() {
        DraftCommandHandler busy = new DraftCommandHandler(drafts, () -> messenger, task -> {
            throw new RejectedExecutionException("queue full");
        }, redis);
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));

        assertThat(busy.handle(new Command.GenerateDraft(null, Command.GenerateDraft.DUTY_REPORT), turn(SECRETARY)).text())
                .isEqualTo("当前生成草稿的请求较多，请几分钟后重新发送“生成2025年度述职报告”。");
    }

    @Test
    void aRedeliveredRequestIsAnsweredAgainButDraftedOnce() throws InterruptedException {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        Map<String, Object> payload = callbacks.payload(SECRETARY, "text", " 生成2025年度述职报告",
                DingTalkCallbacks.newMsgId());
        String body = JSON.writeValueAsString(payload);

        HttpResponse<String> first = callbacks.post(body, callbacks.freshTimestamp(), APP_SECRET);
        HttpResponse<String> again = callbacks.post(body, callbacks.freshTimestamp(), APP_SECRET);

        assertThat(again.body()).isEqualTo(first.body());
        await(postRequestedFor(urlEqualTo(GROUP_SEND)), 2);
        Thread.sleep(500);
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo(UPLOAD)))).hasSize(1);
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))).hasSize(2);
    }

    @Test
    void theDefaultYearTurnsInMarch() {
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 1, 1))).isEqualTo(2025);
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 2, 28))).isEqualTo(2025);
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 3, 1))).isEqualTo(2026);
        assertThat(Drafts.defaultYear(LocalDate.of(2025, 12, 31))).isEqualTo(2025);
    }

    /** A message signed with this family's app secret, as DingTalk signs it; the text of the bot's answer. */
    private String say(DingTalkCallbacks.Sender sender, String text) {
        Map<String, Object> payload = callbacks.payload(sender, "text", " " + text, DingTalkCallbacks.newMsgId());
        HttpResponse<String> response = callbacks.post(JSON.writeValueAsString(payload),
                callbacks.freshTimestamp(), APP_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }

    private static List<LoggedRequest> await(RequestPatternBuilder pattern, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<LoggedRequest> found = dingtalk.findAll(pattern);
        while (found.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = dingtalk.findAll(pattern);
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private Turn turn(DingTalkCallbacks.Sender sender) {
        Branch branch = branches.byId("demo").orElseThrow();
        InboundMessage message = new InboundMessage(DingTalkCallbacks.newMsgId(), "text", "生成年度报告",
                sender.conversationId(), sender.group(), sender.group() ? "机关第一党支部" : null, sender.staffId(),
                sender.nick(), ROBOT_CODE, "http://127.0.0.1:9/session",
                clock.instant().plusSeconds(5400), clock.instant());
        return new Turn(message, branch, branches.roleOf(branch, sender.staffId()), LocalDate.now(clock));
    }
}
