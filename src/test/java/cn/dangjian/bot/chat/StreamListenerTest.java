package cn.dangjian.bot.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.dingtalk.SessionHosts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A robot message delivered over Stream goes through the same conversation as a webhook's and is answered by a POST to
 * its sessionWebhook (here WireMock), after the delivery has been acknowledged.
 */
class StreamListenerTest extends BotTest {

    @Autowired
    Conversation conversation;

    @Autowired
    Replier replier;

    @Autowired
    DingTalkProperties properties;

    @Autowired
    JsonMapper json;

    @Autowired
    ActivityStore store;

    @Autowired
    MutableClock clock;

    @Autowired
    SessionHosts sessionHosts;

    WireMockServer dingtalk;
    ThreadPoolTaskExecutor answers;
    StreamListener listener;

    @BeforeEach
    void sessionWebhook() {
        clock.set(TODAY);
        dingtalk = new WireMockServer(options().dynamicPort());
        dingtalk.start();
        sessionHosts.allow(URI.create(dingtalk.baseUrl()));
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        answers = new ThreadPoolTaskExecutor();
        answers.setWaitForTasksToCompleteOnShutdown(true);
        answers.setAwaitTerminationSeconds(15);
        answers.initialize();
        listener = new StreamListener(conversation, replier, properties, json, answers);
    }

    @AfterEach
    void stop() {
        answers.shutdown();
        dingtalk.stop();
    }

    @Test
    void aLoggedActivityIsStoredAndConfirmedThroughTheSessionWebhook() throws Exception {
        String msgId = DingTalkCallbacks.newMsgId();

        Map<String, Object> ack = listener.execute(delivery(msgId, " 3月18日召开支委会，6人参加"));

        assertThat(ack).isEmpty();
        awaitSessionPost();
        dingtalk.verify(postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                .withQueryParam("session", equalTo(msgId))
                .withRequestBody(matchingJsonPath("$.msgtype", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.text.content", containing("已记录"))));
        assertThat(store.year("demo", 2026)).anySatisfy(r -> assertThat(r.msgId()).isEqualTo(msgId));
    }

    @Test
    void theDeliveryIsAcknowledgedBeforeTheAnswerIsPosted() throws Exception {
        // a sessionWebhook that takes five seconds: an acknowledgement that waited for it would take as long
        dingtalk.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(aResponse().withFixedDelay(5000).withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        long started = System.nanoTime();
        listener.execute(delivery(DingTalkCallbacks.newMsgId(), " 帮助"));
        Duration acknowledgedIn = Duration.ofNanos(System.nanoTime() - started);

        assertThat(acknowledgedIn).isLessThan(Duration.ofSeconds(2));
        awaitSessionPost();
    }

    private void awaitSessionPost() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/sendBySession"))).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/sendBySession")))).hasSize(1);
    }

    /** A group message as the Stream SDK hands it over: the callback's fields in a map. */
    private Map<String, Object> delivery(String msgId, String content) {
        long now = clock.millis();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("msgtype", "text");
        payload.put("text", Map.of("content", content));
        payload.put("msgId", msgId);
        payload.put("createAt", now);
        payload.put("conversationType", "2");
        payload.put("conversationId", DingTalkCallbacks.DEMO_GROUP);
        payload.put("conversationTitle", "机关第一党支部");
        payload.put("senderId", "$:LWCP_v1:$member01");
        payload.put("senderNick", "王芳");
        payload.put("senderStaffId", "member01");
        payload.put("isAdmin", false);
        payload.put("isInAtList", true);
        payload.put("sessionWebhook", dingtalk.baseUrl() + "/robot/sendBySession?session=" + msgId);
        payload.put("sessionWebhookExpiredTime", now + Duration.ofMinutes(90).toMillis());
        return payload;
    }
}
