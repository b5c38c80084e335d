package cn.dangjian.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.dangjian.bot.BotTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ActuatorTest extends BotTest {

    @LocalServerPort
    int port;

    @Autowired
    BotMetrics metrics;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIncludesRedis() throws Exception {
        JsonNode health = get("/actuator/health");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void everyBotMeterIsPublished() throws Exception {
        JsonNode names = get("/actuator/metrics").path("names");

        assertThat(names.valueStream().map(JsonNode::asString)).contains(
                BotMetrics.MESSAGES_RECEIVED, BotMetrics.RECORDS_STORED, BotMetrics.REPLIES_SENT,
                BotMetrics.PUSHES_SENT, BotMetrics.PUSHES_FAILED, BotMetrics.REMINDER_RUNS,
                BotMetrics.DRAFT_DURATION);
    }

    @Test
    void aCountedPushShowsInTheMetricsEndpoint() throws Exception {
        double before = count(BotMetrics.PUSHES_FAILED);

        metrics.pushFailed();
        metrics.pushFailed();

        assertThat(count(BotMetrics.PUSHES_FAILED)).isEqualTo(before + 2);
    }

    @Test
    void aTimedDraftIsRecordedEvenWhenItFails() throws Exception {
        double before = count(BotMetrics.DRAFT_DURATION);

        metrics.draftTook(Duration.ofMillis(1200));
        try {
            metrics.timeDraft(() -> {
                throw new IllegalStateException("template missing");
            });
        }
        catch (IllegalStateException expected) {
            // the failure is the caller's to report; the time is still recorded
        }

        assertThat(count(BotMetrics.DRAFT_DURATION)).isEqualTo(before + 2);
    }

    private double count(String meter) throws Exception {
        for (JsonNode measurement : get("/actuator/metrics/" + meter).path("measurements")) {
            if (measurement.path("statistic").asString().equals("COUNT")) {
                return measurement.path("value").asDouble();
            }
        }
        throw new AssertionError(meter + " has no COUNT");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
