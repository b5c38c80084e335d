package cn.dangjian.bot.dingtalk;

import static cn.dangjian.bot.redis.BranchKeys.OUTBOX_DUE;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

@ExtendWith(OutputCaptureExtension.class)
class RobotWebhooksTest extends DingTalkTest {

    static final String ROBOT_SECRET = "SECrobot-secret-never-logged";
    static final String ROBOT_TOKEN = "robot-access-token-never-logged";

    @Autowired
    Messenger messenger;

    @Autowired
    SessionHosts sessionHosts;

    static Destination.CustomRobot robot(String token) {
        return new Destination.CustomRobot("http://127.0.0.1:" + dingtalk.port() + "/robot/send?access_token=" + token,
                ROBOT_SECRET);
    }

    static void robotAnswers(String body) {
        dingtalk.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson(body)));
    }

    /** DingTalk's documented recipe, written out independently of the code under test. */
    static String expectedSign(long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ROBOT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + ROBOT_SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCustomRobotPushIsSignedAndMentionsTheSecretaries() throws Exception {
        robotAnswers("{\"errcode\":0,\"errmsg\":\"ok\"}");
        long now = clock.millis();

        messenger.send(robot(ROBOT_TOKEN), new Message.Markdown("3月组织生活提醒", "### 提醒\n- 主题党日",
                List.of("secretary01", "secretary02")));

        LoggedRequest request = dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))).get(0);
        assertThat(request.getUrl()).isEqualTo("/robot/send?access_token=" + ROBOT_TOKEN + "&timestamp=" + now
                + "&sign=" + URLEncoder.encode(expectedSign(now), StandardCharsets.UTF_8));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        dingtalk.verify(postRequestedFor(urlPathEqualTo("/robot/send")).withRequestBody(equalToJson("""
                {"msgtype":"markdown",
                 "markdown":{"title":"3月组织生活提醒","text":"### 提醒\\n- 主题党日\\n\\n@secretary01 @secretary02"},
                 "at":{"atUserIds":["secretary01","secretary02"],"isAtAll":false}}
                """)));
    }

    @Test
    void aRobotSendsNoFasterThanTwentyAMinuteAcrossItsQueue() {
        robotAnswers("{\"errcode\":0,\"errmsg\":\"ok\"}");
        Destination.CustomRobot busy = robot("busyRobot");
        Destination.CustomRobot quiet = robot("quietRobot");

        for (int i = 1; i <= 5; i++) {
            messenger.send(busy, new Message.Text("第" + i + "条"));
        }
        messenger.send(quiet, new Message.Text("另一个群"));

        // the first of each robot goes at once; the busy robot's others wait in the outbox for their slots
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send")))).hasSize(2);
        assertThat(outboxSize()).isEqualTo(4);
        for (int sent = 2; sent <= 5; sent++) {
            clock.advance(Duration.ofMillis(3_000));
            int before = sent;
            // 3.0 s is not yet the slot (60 s / 20 + 50 ms): a few polls later nothing more has gone
            sleep(250);
            assertThat(busyCalls()).isEqualTo(before - 1);
            clock.advance(Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(10)).until(() -> busyCalls() == before);
        }
        List<String> texts = dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))
                .withQueryParam("access_token", equalTo("busyRobot"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(texts).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(texts.get(i)).contains("第" + (i + 1) + "条");
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int busyCalls() {
        return dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))
                .withQueryParam("access_token", equalTo("busyRobot"))).size();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"errcode\":660026,\"errmsg\":\"sending too many messages per minute\"}",
            "{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}"})
    void aThrottledRobotIsTriedAgainOnlyAfterItsTenMinuteBlock(String throttled) {
        robotAnswers(throttled);

        messenger.send(robot(ROBOT_TOKEN), new Message.Text("通知"));

        assertThat(outboxSize()).isOne();
        Double due = redis.opsForZSet().score(OUTBOX_DUE, redis.opsForZSet().range(OUTBOX_DUE, 0, 0).iterator().next());
        assertThat(due.longValue() - clock.millis()).isGreaterThanOrEqualTo(Duration.ofMinutes(10).toMillis());
    }

    @Test
    void aNonZeroErrcodeWithHttp200IsARefusal() {
        robotAnswers("{\"errcode\":310000,\"errmsg\":\"sign not match\"}");

        assertThatThrownBy(() -> messenger.send(robot(ROBOT_TOKEN), new Message.Text("通知")))
                .isInstanceOf(Undeliverable.class)
                .hasMessageContaining("310000");
        assertThat(outboxSize()).isZero();
    }

    @Test
    void aSessionWebhookGetsTheMessageObject() {
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String url = "http://127.0.0.1:" + dingtalk.port() + "/robot/sendBySession?session=sessionTokenNeverLogged";

        messenger.send(new Destination.Session(url, clock.instant().plusSeconds(5400)), new Message.Text("已记录：主题党日 1次。"));

        dingtalk.verify(postRequestedFor(urlEqualTo("/robot/sendBySession?session=sessionTokenNeverLogged"))
                .withRequestBody(equalToJson("{\"msgtype\":\"text\",\"text\":{\"content\":\"已记录：主题党日 1次。\"}}")));
    }

    @Test
    void aWebhookThatCannotBeReachedIsRetriedFromTheOutbox() {
        String closed = "http://127.0.0.1:" + cn.dangjian.bot.BotTest.freePort();
        sessionHosts.allow(java.net.URI.create(closed)); // an allowed host that is down, not one never called
        String nobodyListens = closed + "/robot/sendBySession?session=gone";

        messenger.send(new Destination.Session(nobodyListens, clock.instant().plusSeconds(5400)), new Message.Text("答复"));

        assertThat(outboxSize()).isOne();
    }

    @Test
    void anExpiredSessionWebhookIsRefusedWithoutACall() {
        String url = "http://127.0.0.1:" + dingtalk.port() + "/robot/sendBySession?session=old";

        assertThatThrownBy(() -> messenger.send(new Destination.Session(url, clock.instant().minusSeconds(1)),
                new Message.Text("迟到的答复"))).isInstanceOf(Undeliverable.class).hasMessageContaining("expired");
        assertThat(dingtalk.getAllServeEvents()).isEmpty();
    }

    @Test
    void aFileCannotGoThroughAWebhook() {
        assertThatThrownBy(() -> messenger.send(robot(ROBOT_TOKEN), new Message.File("a.docx", new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsTokensAndWebhookUrlsNeverReachTheLog(CapturedOutput output) {
        dingtalk.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"busy\"}")));
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)));
        EnterpriseRobotPushTest.tokenIs("api-token-never-logged");
        dingtalk.stubFor(post(urlEqualTo(EnterpriseRobotPushTest.GROUP_SEND)).willReturn(
                OutboxRetryTest.apiError(500, "InternalError", "系统错误")));
        String session = "http://127.0.0.1:" + dingtalk.port() + "/robot/sendBySession?session=sessionTokenNeverLogged";

        messenger.send(robot(ROBOT_TOKEN), new Message.Text("一"));
        messenger.send(new Destination.Session(session, clock.instant().plusSeconds(5400)), new Message.Text("二"));
        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Text("三"));
        clock.advance(Duration.ofMinutes(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> dingtalk.getAllServeEvents().size() >= 7);

        assertThat(output.getAll()).contains("custom robot", "sessionWebhook", "group cidBranchGroup")
                .doesNotContain(ROBOT_SECRET, ROBOT_TOKEN, "sessionTokenNeverLogged", "api-token-never-logged",
                        APP_SECRET, APP_KEY);
    }
}
