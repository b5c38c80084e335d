package cn.dangjian.bot.security;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Replier;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.SessionHosts;
import cn.dangjian.bot.dingtalk.WireMockBot;
import cn.dangjian.bot.metrics.BotMetrics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, “sessionWebhook is a server-side request forgery”: the URL comes from the unsigned body and the bot POSTs
 * to it. Only the configured session hosts are ever called (here WireMock, standing for oapi.dingtalk.com); anything
 * else, missing or malformed is answered by OpenAPI push, and never turns a stored record into an HTTP 500.
 */
class SessionWebhookTest extends WireMockBot {

    private static final int REDIS_PORT = BotTest.freePort();
    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A service inside the bot's network that a forged sessionWebhook would aim at. */
    static final WireMockServer intranet = new WireMockServer(options().dynamicPort());

    static {
        intranet.start();
    }

    @DynamicPropertySource
    static void family(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.dingtalk.reply-mode", () -> "session");
    }

    @AfterAll
    static void stopIntranet() {
        intranet.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    ActivityStore store;

    @Autowired
    DingTalkProperties properties;

    @Autowired
    ObjectProvider<Messenger> messenger;

    @Autowired
    SessionHosts sessionHosts;

    @Autowired
    BotMetrics metrics;

    DingTalkCallbacks callbacks;

    @BeforeEach
    void dingTalkUp() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        intranet.resetAll();
        intranet.stubFor(any(anyUrl()).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        dingtalk.stubFor(post(urlEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"tok\",\"expireIn\":7200}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        callbacks = new DingTalkCallbacks(port, clock);
    }

    private HttpResponse<String> say(DingTalkCallbacks.Sender sender, String text, Object sessionWebhook) {
        Map<String, Object> payload = callbacks.payload(sender, "text", " " + text, DingTalkCallbacks.newMsgId());
        payload.put("sessionWebhook", sessionWebhook);
        payload.put("sessionWebhookExpiredTime", clock.millis() + 90 * 60 * 1000);
        return callbacks.post(JSON.writeValueAsString(payload), callbacks.freshTimestamp(), APP_SECRET);
    }

    private static String pushedText(String path) {
        JsonNode request = JSON.readTree(dingtalk.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString());
        return JSON.readTree(request.path("msgParam").asString()).path("content").asString();
    }

    @Test
    void aSessionWebhookInsideTheNetworkIsNeverCalledAndTheAnswerIsPushed() {
        HttpResponse<String> response = say(MEMBER, "3月2日 主题党日", "http://127.0.0.1:" + intranet.port() + "/admin/delete-everything");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(intranet.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(pushedText(GROUP_SEND)).startsWith("已记录：3月2日 主题党日");
        assertThat(store.year("demo", 2026)).hasSize(1);
        assertThat(outboxSize()).as("nothing parked to try the address again later").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "http://[::1", "javascript:alert(1)",
            "https://oapi.dingtalk.com.evil.example/robot/sendBySession"})
    void aMissingOrMalformedSessionWebhookIsNo500AfterTheRecordWasStored(String sessionWebhook) {
        HttpResponse<String> response = say(MEMBER, "3月2日 主题党日", sessionWebhook.isEmpty() ? null : sessionWebhook);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(store.year("demo", 2026)).hasSize(1);
        assertThat(pushedText(GROUP_SEND)).startsWith("已记录");
    }

    @Test
    void aSessionWebhookDingTalkRefusesIsAnsweredByPush() {
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(okJson("{\"errcode\":300001,\"errmsg\":\"session 不存在或已过期\"}")));

        HttpResponse<String> response = say(MEMBER.oneToOne(), "3月2日 主题党日",
                "http://127.0.0.1:" + dingtalk.port() + "/robot/sendBySession?session=gone");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/sendBySession")))).hasSize(1);
        assertThat(pushedText(BATCH_SEND)).startsWith("已记录");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void anAllowedSessionWebhookIsUsedAndNothingIsPushed() {
        HttpResponse<String> response = say(MEMBER, "3月2日 主题党日",
                "http://127.0.0.1:" + dingtalk.port() + "/robot/sendBySession?session=s1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/sendBySession")))).hasSize(1);
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))).isEmpty();
    }

    @Test
    void whenThePushFailsTooTheCallbackStillSucceedsAndTheRecordStays() {
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"Forbidden.AccessDenied\",\"message\":\"no permission\"}")));

        HttpResponse<String> response = say(MEMBER, "3月2日 主题党日", "http://169.254.169.254/latest/meta-data/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void withTheBodyFallbackTheAnswerTravelsInTheCallbacksResponse() {
        Replier bodyFallback = new Replier(properties, messenger, sessionHosts, Replier.Fallback.BODY, metrics);
        InboundMessage forged = new InboundMessage("msgB1", "text", "进度", "cidDemoBranchGroup", true, "机关第一党支部",
                "member01", "王芳", "dingRobot", "http://127.0.0.1:" + intranet.port() + "/x", clock.instant().plusSeconds(60),
                clock.instant(), List.of());

        assertThat(bodyFallback.answerCallback(forged, Reply.text("好的"))).hasValueSatisfying(
                body -> assertThat(body).containsEntry("msgtype", "text"));
        assertThat(intranet.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)))).isEmpty();
    }
}
