package cn.dangjian.bot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;

import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.emulator.ChatEntry.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator answers the official DingTalk SDK as DingTalk does, and shows what the bot sent where the page
 * looks for it.
 */
class EmulatedDingTalkTest extends BotTest {

    @LocalServerPort
    int port;

    @Autowired
    Timeline timeline;

    @Autowired
    Sessions sessions;

    @Autowired
    MediaStore media;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private long seen;

    @BeforeEach
    void rememberWhereTheTimelineWas() {
        List<ChatEntry> all = timeline.after(0);
        seen = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    @Test
    void theOfficialSdkGetsATokenAndPushesMarkdownToTheGroup() throws Exception {
        String token = token("local-dev-secret");

        robot().orgGroupSendWithOptions(new OrgGroupSendRequest()
                        .setRobotCode("local-dev-robot")
                        .setOpenConversationId("cidDemoBranchGroup")
                        .setMsgKey("sampleMarkdown")
                        .setMsgParam("{\"title\":\"11月提醒\",\"text\":\"### 11月提醒\\n@secretary01 本月尚未开展主题党日\"}"),
                new OrgGroupSendHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions());

        assertThat(fresh()).singleElement().satisfies(entry -> {
            assertThat(entry.chat()).isEqualTo(Timeline.GROUP);
            assertThat(entry.from()).isEqualTo(Timeline.BOT);
            assertThat(entry.kind()).isEqualTo(Kind.MARKDOWN);
            assertThat(entry.title()).isEqualTo("11月提醒");
            assertThat(entry.via()).isEqualTo("群消息推送");
        });
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThatThrownBy(() -> token("not-the-secret"))
                .isInstanceOfSatisfying(TeaException.class,
                        e -> assertThat(e.getCode()).isEqualTo("invalidClientIdOrSecret"));
    }

    @Test
    void aSendWithoutAValidTokenIsRefused() {
        assertThatThrownBy(() -> robot().orgGroupSendWithOptions(new OrgGroupSendRequest()
                        .setRobotCode("local-dev-robot").setOpenConversationId("cidDemoBranchGroup")
                        .setMsgKey("sampleText").setMsgParam("{\"content\":\"hi\"}"),
                new OrgGroupSendHeaders().setXAcsDingtalkAccessToken("forged"), new RuntimeOptions()))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("InvalidAuthentication");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
        assertThat(fresh()).isEmpty();
    }

    @Test
    void aGroupSendToAConversationTheRobotIsNotInIsRefused() throws Exception {
        String token = token("local-dev-secret");

        assertThatThrownBy(() -> robot().orgGroupSendWithOptions(new OrgGroupSendRequest()
                        .setRobotCode("local-dev-robot").setOpenConversationId("cidSomeoneElsesGroup")
                        .setMsgKey("sampleText").setMsgParam("{\"content\":\"hi\"}"),
                new OrgGroupSendHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions()))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("invalidParameter.robotCode.notExsit");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
        assertThat(fresh()).isEmpty();
    }

    @Test
    void oneToOneSendsGoToEachPersonsOwnChatAndUnknownStaffAreReported() throws Exception {
        var answer = robot().batchSendOTOWithOptions(new BatchSendOTORequest()
                        .setRobotCode("local-dev-robot")
                        .setUserIds(List.of("secretary01", "member01", "stranger"))
                        .setMsgKey("sampleText")
                        .setMsgParam("{\"content\":\"本月党费尚未登记。\"}"),
                new BatchSendOTOHeaders().setXAcsDingtalkAccessToken(token("local-dev-secret")), new RuntimeOptions());

        assertThat(answer.getBody().getInvalidStaffIdList()).containsExactly("stranger");
        assertThat(fresh()).extracting(ChatEntry::chat).containsExactly("user:secretary01", "user:member01");
    }

    @Test
    void batchSendTakesAtMostTwentyUsers() {
        List<String> many = IntStream.rangeClosed(1, 21).mapToObj(i -> "member" + i).toList();

        assertThatThrownBy(() -> robot().batchSendOTOWithOptions(new BatchSendOTORequest()
                        .setRobotCode("local-dev-robot").setUserIds(many)
                        .setMsgKey("sampleText").setMsgParam("{\"content\":\"x\"}"),
                new BatchSendOTOHeaders().setXAcsDingtalkAccessToken(token("local-dev-secret")), new RuntimeOptions()))
                .isInstanceOf(TeaException.class);
    }

    @Test
    void anUploadedFileIsSentAsSampleFileAndCanBeDownloaded() throws Exception {
        String token = token("local-dev-secret");
        byte[] draft = ("draft " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonNode uploaded = upload(token, "机关第一党支部2026年度述职报告.docx", draft);
        assertThat(uploaded.path("errcode").asInt()).isZero();
        String mediaId = uploaded.path("media_id").asString();

        robot().orgGroupSendWithOptions(new OrgGroupSendRequest()
                        .setRobotCode("local-dev-robot").setOpenConversationId("cidDemoBranchGroup")
                        .setMsgKey("sampleFile")
                        .setMsgParam(json.writeValueAsString(java.util.Map.of("mediaId", mediaId,
                                "fileName", "机关第一党支部2026年度述职报告.docx", "fileType", "docx"))),
                new OrgGroupSendHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions());

        ChatEntry entry = fresh().get(0);
        assertThat(entry.kind()).isEqualTo(Kind.FILE);
        assertThat(entry.file().name()).isEqualTo("机关第一党支部2026年度述职报告.docx");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(base() + "/emulator/media/"
                + URLEncoder.encode(mediaId, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(draft);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
    }

    @Test
    void anUploadWithoutAValidTokenGetsDingTalksErrcode() throws Exception {
        JsonNode refused = upload("forged", "a.docx", new byte[] { 1 });

        assertThat(refused.path("errcode").asInt()).isEqualTo(88);
        assertThat(refused.path("sub_code").asString()).isEqualTo("40014");
    }

    @Test
    void aSessionWebhookShowsTheMessageWithItsMentionsInTheChatItBelongsTo() throws Exception {
        String session = sessions.open(Timeline.privateChat("member01"));

        JsonNode answer = post(DingTalkEndpoints.PREFIX + "/robot/sendBySession?session=" + session,
                "{\"msgtype\":\"text\",\"text\":{\"content\":\"已登记。\"},\"at\":{\"atUserIds\":[\"member01\"]}}");

        assertThat(answer.path("errcode").asInt()).isZero();
        assertThat(fresh()).singleElement().satisfies(entry -> {
            assertThat(entry.chat()).isEqualTo("user:member01");
            assertThat(entry.text()).isEqualTo("已登记。");
            assertThat(entry.mentions()).containsExactly("member01");
            assertThat(entry.via()).isEqualTo("会话回复");
        });
    }

    @Test
    void anUnknownSessionIsRefusedWithANonZeroErrcode() throws Exception {
        JsonNode answer = post(DingTalkEndpoints.PREFIX + "/robot/sendBySession?session=nope",
                "{\"msgtype\":\"text\",\"text\":{\"content\":\"x\"}}");

        assertThat(answer.path("errcode").asInt()).isNotZero();
        assertThat(fresh()).isEmpty();
    }

    @Test
    void thePageSendsAVoiceMessagesTranscriptARichTextAndAPictureAsDingTalkDoes() throws Exception {
        post("/emulator/api/messages", "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"audio\","
                + "\"text\":\"三月十五日召开支委会七人参加\"}");
        post("/emulator/api/messages", "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"richText\","
                + "\"text\":\"3月16日召开党员大会\"}");
        post("/emulator/api/messages", "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"picture\"}");

        List<String> said = fresh().stream().map(ChatEntry::text).toList();
        assertThat(said).hasSize(6);
        assertThat(said.get(0)).isEqualTo("@党建助手 [语音] 三月十五日召开支委会七人参加");
        assertThat(said.get(1)).startsWith("语音识别为：“三月十五日召开支委会七人参加”\n已记录：3月15日 支部委员会会议");
        assertThat(said.get(2)).isEqualTo("@党建助手 [图片] 3月16日召开党员大会");
        // the tests' bot cannot reach the emulator's download (its api-url names port 0): the answer says so
        assertThat(said.get(3)).startsWith("已记录：3月16日 支部党员大会").endsWith("图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(said.get(4)).isEqualTo("@党建助手 [图片]");
        assertThat(said.get(5)).isEqualTo("图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        // the tests' bot answers in the callback's body (bot.dingtalk.reply-mode=body): shown, and marked as such
        assertThat(fresh().get(1).via()).isEqualTo("回调应答（body 模式）");
    }

    @Test
    void aFileAPersonAttachedIsHandedToTheOfficialSdkByItsDownloadCode() throws Exception {
        byte[] minutes = "%PDF-1.4 会议记录".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        media.sent("emuCodeForTest", "会议记录.pdf", minutes);
        var headers = new com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadHeaders();
        headers.xAcsDingtalkAccessToken = token("local-dev-secret");

        String url = robot().robotMessageFileDownloadWithOptions(
                new com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadRequest()
                        .setRobotCode("local-dev-robot").setDownloadCode("emuCodeForTest"), headers, new RuntimeOptions())
                .getBody().getDownloadUrl();
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.body()).isEqualTo(minutes);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> robot().robotMessageFileDownloadWithOptions(
                new com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadRequest()
                        .setRobotCode("local-dev-robot").setDownloadCode("expired"), headers, new RuntimeOptions()))
                .hasMessageContaining("downloadCode");
    }

    @Test
    void thePageSendsAFileWithItsNameAndRefusesAFileMessageWithoutOne() throws Exception {
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4 x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        post("/emulator/api/messages", "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"file\","
                + "\"fileName\":\"签到表.pdf\",\"fileContent\":\"" + pdf + "\"}");
        assertThat(fresh().get(0).text()).isEqualTo("@党建助手 [文件] 签到表.pdf");

        JsonNode refused = post("/emulator/api/messages", "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"file\"}");
        assertThat(refused.path("error").asString()).isEqualTo("请选择要发送的文件");
    }

    @Test
    void thePageCannotSendAKindDingTalkHasNot() throws Exception {
        JsonNode refused = post("/emulator/api/messages",
                "{\"speaker\":\"member01\",\"chat\":\"group\",\"kind\":\"sticker\",\"text\":\"x\"}");

        assertThat(refused.path("error").asString()).contains("不支持的消息类型");
        assertThat(fresh()).isEmpty();
    }

    @Test
    void theCallbackIsSignedAsDingTalkSignsIt() throws Exception {
        // computed apart: printf '1577262236757\nthis is a secret' | openssl dgst -sha256 -hmac 'this is a secret' -binary | base64
        assertThat(Signature.sign("1577262236757", "this is a secret"))
                .isEqualTo("DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=");
    }

    private List<ChatEntry> fresh() {
        return timeline.after(seen);
    }

    private String token(String secret) throws Exception {
        var oauth = new com.aliyun.dingtalkoauth2_1_0.Client(config());
        return oauth.getAccessToken(new GetAccessTokenRequest().setAppKey("local-dev-app").setAppSecret(secret))
                .getBody().getAccessToken();
    }

    private com.aliyun.dingtalkrobot_1_0.Client robot() throws Exception {
        return new com.aliyun.dingtalkrobot_1_0.Client(config());
    }

    private Config config() {
        Config config = new Config();
        config.protocol = "http";
        config.regionId = "central";
        config.endpoint = "127.0.0.1:" + port;
        return config;
    }

    private JsonNode upload(String token, String fileName, byte[] content) throws Exception {
        String boundary = "emu" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/emulator/dingtalk/media/upload?type=file&access_token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
