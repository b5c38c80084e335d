package cn.dangjian.bot.dingtalk;

import static cn.dangjian.bot.redis.BranchKeys.OUTBOX_DUE;

import static cn.dangjian.bot.dingtalk.EnterpriseRobotPushTest.BATCH_SEND;
import static cn.dangjian.bot.dingtalk.EnterpriseRobotPushTest.GROUP_SEND;
import static cn.dangjian.bot.dingtalk.EnterpriseRobotPushTest.tokenIs;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.ZSetOperations;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

@ExtendWith(OutputCaptureExtension.class)
class OutboxRetryTest extends DingTalkTest {

    @Autowired
    Messenger messenger;

    static ResponseDefinitionBuilder apiError(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"requestid\":\"r-9\",\"message\":\"" + message + "\"}");
    }

    /** When the only parcel of the outbox is due next, as seen from the clock's now. */
    Duration nextAttemptIn() {
        List<ZSetOperations.TypedTuple<String>> due = List.copyOf(redis.opsForZSet().rangeWithScores(OUTBOX_DUE, 0, -1));
        assertThat(due).hasSize(1);
        return Duration.between(clock.instant(), Instant.ofEpochMilli(due.get(0).getScore().longValue()));
    }

    void failsThenSucceeds(ResponseDefinitionBuilder failure) {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(failure).willSetStateTo("recovered"));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        double queued = pushes("queued");
        double delivered = pushes("delivered");

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Text("请按时参加主题党日。"));

        assertThat(outboxSize()).isOne();
        assertThat(pushes("queued")).isEqualTo(queued + 1);
        assertThat(nextAttemptIn()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
        dingtalk.verify(2, postRequestedFor(urlEqualTo(GROUP_SEND))
                .withRequestBody(equalToJson("{\"msgParam\":\"{\\\"content\\\":\\\"请按时参加主题党日。\\\"}\"}", true, true)));
        assertThat(pushes("delivered")).isEqualTo(delivered + 1);
    }

    @Test
    void aThrottled429IsRetriedFromTheOutbox() {
        failsThenSucceeds(apiError(429, "Throttling", "请求过于频繁"));
    }

    @Test
    void aQpsLimit403IsThrottlingAndRetried() {
        failsThenSucceeds(apiError(403, "Forbidden.AccessDenied.QpsLimitForApi", "当前接口调用qps超过限制"));
    }

    @Test
    void aServerErrorIsRetriedFromTheOutbox() {
        failsThenSucceeds(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>"));
    }

    @Test
    void aTimeoutIsRetriedFromTheOutbox() {
        failsThenSucceeds(okJson("{\"processQueryKey\":\"late\"}").withFixedDelay(3_000));
    }

    @Test
    void aConnectionBrokenMidAnswerIsRetriedFromTheOutbox() {
        // (a reset before any answer is retried at once by the SDK's own HTTP client, which is fine too)
        failsThenSucceeds(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK));
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToTheCap() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(apiError(500, "ServiceUnavailable", "稍后重试")));

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Text("通知"));

        long[] expectedBaseSeconds = {10, 20, 40, 80, 160, 320, 600, 600};
        for (int attempt = 1; attempt <= expectedBaseSeconds.length; attempt++) {
            long base = expectedBaseSeconds[attempt - 1];
            Duration wait = nextAttemptIn();
            assertThat(wait).as("wait after failure %d", attempt)
                    .isBetween(Duration.ofSeconds(base / 2), Duration.ofSeconds(base));
            int calls = attempt;
            clock.advance(wait);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).size() == calls + 1
                            && nextAttemptIn().compareTo(Duration.ofSeconds(1)) > 0);
        }
    }

    @Test
    void afterTheGiveUpTimeAPushIsLoggedAsAnErrorCountedAndDropped(CapturedOutput output) {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(apiError(503, "ServiceUnavailable", "稍后重试")));
        double givenUp = pushes("given_up");

        messenger.send(new Destination.Group("cidGivenUp"), new Message.Text("通知"));
        // give-up-after is 1h in these tests: step the clock through the backoff until the outbox lets go
        Instant deadline = clock.instant().plus(Duration.ofHours(1));
        while (outboxSize() > 0) {
            Duration wait = nextAttemptIn();
            clock.advance(wait.isNegative() ? Duration.ZERO : wait);
            int before = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).size();
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0
                    || dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).size() > before
                            && nextAttemptIn().compareTo(Duration.ofSeconds(1)) > 0);
        }

        assertThat(clock.instant()).isAfterOrEqualTo(deadline);
        assertThat(pushes("given_up")).isEqualTo(givenUp + 1);
        assertThat(output.getOut()).contains("ERROR").contains("Gave up a DingTalk push to group cidGivenUp")
                .contains("HTTP 503 ServiceUnavailable");
        // waits of 5-10, 10-20 … s, then 5-10 min: between 12 and 18 attempts fit in the hour, none after it
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).size()).isBetween(12, 18);
    }

    @Test
    void usersThatDingTalkHeldBackAreSentAgainAlone() {
        tokenIs("token-one");
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).inScenario("flow").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"processQueryKey\":\"pqk\",\"flowControlledStaffIdList\":[\"member02\"],"
                        + "\"invalidStaffIdList\":[]}"))
                .willSetStateTo("calm"));
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).inScenario("flow").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));

        messenger.send(new Destination.Users(List.of("member01", "member02", "secretary01")), new Message.Text("请查收。"));

        assertThat(outboxSize()).isOne();
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
        List<String> userIds = dingtalk.findAll(postRequestedFor(urlEqualTo(BATCH_SEND))).stream()
                .map(r -> EnterpriseRobotPushTest.json.readTree(r.getBodyAsString()).path("userIds").toString())
                .toList();
        assertThat(userIds).containsExactly("[\"member01\",\"member02\",\"secretary01\"]", "[\"member02\"]");
    }

    @Test
    void aFileWhoseUploadFailedIsUploadedAgainFromTheOutboxWithTheSameBytes() {
        tokenIs("token-one");
        dingtalk.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/media/upload"))
                .inScenario("upload").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        dingtalk.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/media/upload"))
                .inScenario("upload").whenScenarioStateIs("up")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAagain\"}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        byte[] docx = new byte[300_000];
        new java.util.Random(7).nextBytes(docx);

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.File("2026年度工作总结.docx", docx));
        assertThat(outboxSize()).isOne();
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);

        var uploads = dingtalk.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/media/upload")));
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(1).getParts().iterator().next().getBody().asBytes()).isEqualTo(docx);
        dingtalk.verify(1, postRequestedFor(urlEqualTo(GROUP_SEND)).withRequestBody(equalToJson(
                "{\"msgKey\":\"sampleFile\",\"msgParam\":\"{\\\"mediaId\\\":\\\"@lAagain\\\",\\\"fileName\\\":"
                        + "\\\"2026年度工作总结.docx\\\",\\\"fileType\\\":\\\"docx\\\"}\"}", true, true)));
    }

    @Test
    void aSendWaitsForCredentialsRatherThanFailingTheMessage() {
        dingtalk.stubFor(post(urlEqualTo(EnterpriseRobotPushTest.TOKEN)).willReturn(
                apiError(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret")));

        messenger.send(new Destination.Group("cidBranchGroup"), new Message.Text("通知"));

        assertThat(outboxSize()).isOne();
        dingtalk.verify(0, postRequestedFor(urlEqualTo(GROUP_SEND)));
    }
}
