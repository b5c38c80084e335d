package cn.dangjian.bot.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.dangjian.bot.BotTest;

/**
 * {@code bot.dingtalk.mode=stream}: the bot opens DingTalk's Stream gateway with its app credentials and the robot
 * topic, and its HTTP webhook is gone. The gateway here is WireMock on loopback, so nothing leaves the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StreamModeTest {

    static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort());

    static {
        GATEWAY.start();
        // refuse the connection: the SDK retries in the background until the context closes
        GATEWAY.stubFor(post(urlEqualTo("/v1.0/gateway/connections/open"))
                .willReturn(aResponse().withStatus(503).withBody("{\"code\":\"unavailable\"}")));
    }

    @DynamicPropertySource
    static void streamMode(DynamicPropertyRegistry registry) throws Exception {
        // a Redis of its own: the cached contexts of the other tests hold theirs
        int redisPort = BotTest.freePort();
        String redisDir = Files.createTempDirectory("dj-redis-stream").toString();
        registry.add("spring.data.redis.port", () -> redisPort);
        registry.add("bot.redis.embedded", () -> "true");
        registry.add("bot.redis.data-dir", () -> redisDir);
        registry.add("bot.dingtalk.mode", () -> "stream");
        registry.add("bot.dingtalk.app-key", () -> "dingStreamAppKey");
        registry.add("bot.dingtalk.app-secret", () -> "stream-app-secret");
        registry.add("bot.dingtalk.api-url", GATEWAY::baseUrl);
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void theBotOpensTheStreamGatewayWithItsCredentialsForRobotMessages() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (GATEWAY.findAll(postRequestedFor(urlEqualTo("/v1.0/gateway/connections/open"))).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        GATEWAY.verify(postRequestedFor(urlEqualTo("/v1.0/gateway/connections/open"))
                .withRequestBody(matchingJsonPath("$.clientId", equalTo("dingStreamAppKey")))
                .withRequestBody(matchingJsonPath("$.clientSecret", equalTo("stream-app-secret")))
                .withRequestBody(matchingJsonPath("$.subscriptions[?(@.topic == '" + StreamListener.TOPIC
                        + "' && @.type == 'CALLBACK')]")));
    }

    @Test
    void theHttpWebhookIsOff() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook/dingtalk"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
