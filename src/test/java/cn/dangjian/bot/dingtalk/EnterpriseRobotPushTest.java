package cn.dangjian.bot.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EnterpriseRobotPushTest extends DingTalkTest {

    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final String TOKEN = "/v1.0/oauth2/accessToken";

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Messenger messenger;

    static void tokenIs(String token) {
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"" + token + "\",\"expireIn\":7200}")));
    }

    /** DingTalk hands out token-one, then token-two at the next fetch. */
    static void tokenOneThenTwo() {
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).inScenario("tokens").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"accessToken\":\"token-one\",\"expireIn\":7200}")).willSetStateTo("second"));
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson("{\"accessToken\":\"token-two\",\"expireIn\":7200}")));
    }

    static String msgParamOf(LoggedRequest request) {
        JsonNode body = json.readTree(request.getBodyAsString());
        return body.path("msgParam").asString();
    }

    @Test
    void groupPushSendsTheRequestDingTalkDocuments() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk-1\"}")));

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Markdown("3月组织生活提醒", "### 提醒\n- 主题党日"));

        dingtalk.verify(1, postRequestedFor(urlEqualTo(TOKEN))
                .withRequestBody(equalToJson("{\"appKey\":\"" + APP_KEY + "\",\"appSecret\":\"" + APP_SECRET + "\"}")));
        dingtalk.verify(1, postRequestedFor(urlEqualTo(GROUP_SEND))
                .withHeader("x-acs-dingtalk-access-token", equalTo("token-one"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"robotCode":"%s","openConversationId":"cidBranchGroup","msgKey":"sampleMarkdown",
                         "msgParam":"{\\"title\\":\\"3月组织生活提醒\\",\\"text\\":\\"### 提醒\\\\n- 主题党日\\"}"}
                        """.formatted(ROBOT_CODE))));
        // msgParam is a JSON string, exactly as DingTalk parses it
        assertThat(msgParamOf(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).get(0)))
                .isEqualTo("{\"title\":\"3月组织生活提醒\",\"text\":\"### 提醒\\n- 主题党日\"}");
        assertThat(outboxSize()).isZero();
    }

    @Test
    void textGoesAsSampleText() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk-1\"}")));

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Text("记录已保存。"));

        LoggedRequest request = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).get(0);
        assertThat(json.readTree(request.getBodyAsString()).path("msgKey").asString()).isEqualTo("sampleText");
        assertThat(msgParamOf(request)).isEqualTo("{\"content\":\"记录已保存。\"}");
    }

    @Test
    void oneToOnePushGoesInCallsOfAtMostTwentyUsers() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk-2\"}")));
        List<String> users = IntStream.rangeClosed(1, 45).mapToObj(i -> "user" + i).toList();

        messenger.send(new Destination.Users(users), new Message.Text("请查收。"));

        List<LoggedRequest> calls = dingtalk.findAll(postRequestedFor(urlEqualTo(BATCH_SEND)));
        assertThat(calls).hasSize(3);
        List<String> sent = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (LoggedRequest call : calls) {
            JsonNode body = json.readTree(call.getBodyAsString());
            assertThat(body.path("robotCode").asString()).isEqualTo(ROBOT_CODE);
            assertThat(body.path("msgKey").asString()).isEqualTo("sampleText");
            assertThat(body.path("msgParam").asString()).isEqualTo("{\"content\":\"请查收。\"}");
            assertThat(call.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-one");
            sizes.add(body.path("userIds").size());
            body.path("userIds").forEach(id -> sent.add(id.asString()));
        }
        assertThat(sizes).containsExactlyInAnyOrder(20, 20, 5);
        assertThat(sent).containsExactlyInAnyOrderElementsOf(users);
        dingtalk.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void aFileIsUploadedAsMediaThenSentAsSampleFile() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAmediaId\",\"type\":\"file\"}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk-3\"}")));
        byte[] docx = "PK fake docx bytes".getBytes(StandardCharsets.UTF_8);

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.File("机关第一党支部2026年度述职报告.docx", docx));

        LoggedRequest upload = dingtalk.findAll(postRequestedFor(urlPathEqualTo("/media/upload"))).get(0);
        assertThat(upload.queryParameter("access_token").firstValue()).isEqualTo("token-one");
        assertThat(upload.queryParameter("type").firstValue()).isEqualTo("file");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.getParts()).hasSize(1);
        var part = upload.getParts().iterator().next();
        assertThat(part.getName()).isEqualTo("media");
        assertThat(part.getHeader("Content-Disposition").firstValue())
                .contains("filename=\"机关第一党支部2026年度述职报告.docx\"");
        assertThat(part.getBody().asBytes()).isEqualTo(docx);
        LoggedRequest send = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).get(0);
        assertThat(json.readTree(send.getBodyAsString()).path("msgKey").asString()).isEqualTo("sampleFile");
        assertThat(msgParamOf(send)).isEqualTo(
                "{\"mediaId\":\"@lAmediaId\",\"fileName\":\"机关第一党支部2026年度述职报告.docx\",\"fileType\":\"docx\"}");
    }

    @Test
    void anImageIsUploadedAsAnImageThenSentAsSampleImageMsgWithItsMediaId() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAimage\",\"type\":\"image\"}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk-4\"}")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        messenger.send(new Destination.Group("cidCommitteeGroup"), new Message.Image("机关党委各支部进度.png", png));

        LoggedRequest upload = dingtalk.findAll(postRequestedFor(urlPathEqualTo("/media/upload"))).get(0);
        assertThat(upload.queryParameter("type").firstValue()).isEqualTo("image");
        assertThat(upload.getParts().iterator().next().getBody().asBytes()).isEqualTo(png);
        LoggedRequest send = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).get(0);
        assertThat(json.readTree(send.getBodyAsString()).path("msgKey").asString()).isEqualTo("sampleImageMsg");
        assertThat(msgParamOf(send)).isEqualTo("{\"photoURL\":\"@lAimage\"}");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeAnyCall() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];

        assertThatThrownBy(() -> messenger.send(new Destination.Group("cidBranchGroup"), new Message.File("大.docx", big)))
                .isInstanceOf(Undeliverable.class)
                .hasMessageContaining("20 MB");
        assertThat(dingtalk.getAllServeEvents()).isEmpty();
        assertThat(outboxSize()).isZero();
    }

    @Test
    void manySendsAtOnceShareOneTokenFetch() throws Exception {
        dingtalk.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"accessToken\":\"token-one\",\"expireIn\":7200}")
                .withFixedDelay(300)));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String cid = "cidGroup" + i;
            sends.add(pool.submit(() -> {
                start.await();
                messenger.send(new Destination.Group(cid), new Message.Text("通知"));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> send : sends) {
            send.get();
        }
        pool.shutdown();

        dingtalk.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
        dingtalk.verify(16, postRequestedFor(urlEqualTo(GROUP_SEND)).withHeader("x-acs-dingtalk-access-token",
                equalTo("token-one")));
    }

    @Test
    void theTokenIsFetchedAgainShortlyBeforeItExpires() {
        tokenOneThenTwo();
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        Destination group = new Destination.Group("cidBranchGroup");

        messenger.send(group, new Message.Text("一"));
        clock.advance(java.time.Duration.ofMinutes(110));
        messenger.send(group, new Message.Text("二"));
        clock.advance(java.time.Duration.ofMinutes(6)); // 116 min: inside the 5-minute margin before 120
        messenger.send(group, new Message.Text("三"));

        List<String> tokens = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).stream()
                .map(r -> r.getHeader("x-acs-dingtalk-access-token")).toList();
        assertThat(tokens).containsExactly("token-one", "token-one", "token-two");
        dingtalk.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void aTokenDingTalkRejectsMidRunIsReplacedAndTheSendSucceeds() {
        tokenOneThenTwo();
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).withHeader("x-acs-dingtalk-access-token", equalTo("token-one"))
                .inScenario("revoked").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"processQueryKey\":\"pqk\"}")).willSetStateTo("revoked"));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).withHeader("x-acs-dingtalk-access-token", equalTo("token-one"))
                .inScenario("revoked").whenScenarioStateIs("revoked")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"code\":\"InvalidAuthentication\",\"requestid\":\"r-1\",\"message\":\"不合法的access_token\"}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).withHeader("x-acs-dingtalk-access-token", equalTo("token-two"))
                .willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        Destination group = new Destination.Group("cidBranchGroup");

        messenger.send(group, new Message.Text("一"));
        messenger.send(group, new Message.Text("二"));
        messenger.send(group, new Message.Text("三"));

        List<String> tokens = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).stream()
                .map(r -> r.getHeader("x-acs-dingtalk-access-token")).toList();
        assertThat(tokens).containsExactly("token-one", "token-one", "token-two", "token-two");
        dingtalk.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(outboxSize()).isZero();
    }

    @Test
    void anUploadWhoseTokenIsRejectedWithErrcode88DropsTheTokenAndSucceedsWithANewOne() {
        tokenOneThenTwo();
        // oapi wraps the cause: errcode 88 with sub_code 40014 is a rejected access_token
        dingtalk.stubFor(post(urlPathEqualTo("/media/upload")).withQueryParam("access_token", equalTo("token-one"))
                .willReturn(okJson("{\"errcode\":88,\"sub_code\":\"40014\",\"sub_msg\":\"不合法的access_token\","
                        + "\"errmsg\":\"ding talk error[subcode=40014,submsg=不合法的access_token]\"}")));
        dingtalk.stubFor(post(urlPathEqualTo("/media/upload")).withQueryParam("access_token", equalTo("token-two"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAfresh\",\"type\":\"file\"}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.File("草稿.docx", new byte[] {1, 2, 3}));

        List<String> tokens = dingtalk.findAll(postRequestedFor(urlPathEqualTo("/media/upload"))).stream()
                .map(r -> r.queryParameter("access_token").firstValue()).toList();
        assertThat(tokens).containsExactly("token-one", "token-two");
        dingtalk.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(msgParamOf(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).get(0))).contains("@lAfresh");
        assertThat(outboxSize()).isZero();
    }

    @Test
    void anUnknownGroupIsRefusedAndNotRetried() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"resource.not.found\",\"requestid\":\"r-2\",\"message\":\"群不存在\"}")));
        double refusedBefore = pushes("refused");

        assertThatThrownBy(() -> messenger.send(new Destination.Group("cidNoSuchGroup"), new Message.Text("通知")))
                .isInstanceOf(Undeliverable.class)
                .hasMessageContaining("resource.not.found");

        assertThat(outboxSize()).isZero();
        assertThat(pushes("refused")).isEqualTo(refusedBefore + 1);
    }
}
