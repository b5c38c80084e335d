package cn.dangjian.bot.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;
import cn.dangjian.bot.DingTalkCallbacks;

/**
 * Without {@code bot.dingtalk.reply-mode}, a callback is answered the way DingTalk documents for app robots: an empty
 * 200, and the reply POSTed to the message's sessionWebhook.
 */
class SessionRepliesTest extends BotTest {

    @Test
    void byDefaultTheAnswerGoesToTheSessionWebhookAndTheResponseIsEmpty() {
        WireMockServer session = new WireMockServer(options().dynamicPort());
        session.start();
        session.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        // a second bot on the tests' Redis, with the shipped default (the tests' own bot answers in the body)
        try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(DangjianBotApplication.class).run(
                "--server.port=0", "--bot.redis.embedded=false", "--spring.data.redis.port=" + REDIS_PORT,
                "--spring.quartz.scheduler-name=sessionReplies", "--spring.main.banner-mode=off",
                "--bot.reminders.enabled=false", "--bot.dingtalk.session-hosts=" + session.baseUrl())) {
            int port = Integer.parseInt(bot.getEnvironment().getProperty("local.server.port"));
            // that bot runs on the real clock, and checks the callback's signature against it
            DingTalkCallbacks dingtalk = new DingTalkCallbacks(port, Clock.systemUTC());
            String msgId = DingTalkCallbacks.newMsgId();
            Map<String, Object> payload = dingtalk.payload(DingTalkCallbacks.Sender.MEMBER, "text", " 帮助", msgId);
            payload.put("sessionWebhook", session.baseUrl() + "/robot/sendBySession?session=" + msgId);

            HttpResponse<String> response = dingtalk.post(payload);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as("no message in the response").isIn("", "{}");
            session.verify(1, postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                    .withQueryParam("session", equalTo(msgId))
                    .withRequestBody(matchingJsonPath("$.msgtype")));
        }
        finally {
            session.stop();
        }
    }
}
