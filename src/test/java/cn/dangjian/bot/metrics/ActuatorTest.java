package cn.dangjian.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ActuatorTest extends BotTest {

    @LocalServerPort
    int port;

    @Autowired
    BotMetrics metrics;

    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIncludesRedis() throws Exception {
        JsonNode health = get("/actuator/health");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void everyUntaggedBotMeterIsPublished() throws Exception {
        JsonNode names = get("/actuator/metrics").path("names");

        assertThat(names.valueStream().map(JsonNode::asString)).contains(BotMetrics.MESSAGES_RECEIVED,
                BotMetrics.RECORDS_STORED, BotMetrics.REPLIES_SENT, BotMetrics.DRAFT_DURATION);
    }

    @Test
    void theBotsThreadPoolsAreBootsAndMetered() throws Exception {
        JsonNode pools = get("/actuator/metrics/executor.pool.max").path("availableTags");

        assertThat(pools.valueStream().filter(tag -> tag.path("tag").asString().equals("name"))
                .flatMap(tag -> tag.path("values").valueStream()).map(JsonNode::asString))
                .contains("draftExecutor", "outboxScheduler");
    }

    @Test
    void aLoggedMessageIsCountedReceivedStoredAndAnswered() throws Exception {
        double received = count(BotMetrics.MESSAGES_RECEIVED);
        double stored = count(BotMetrics.RECORDS_STORED);
        double replied = count(BotMetrics.REPLIES_SENT);
        DingTalkCallbacks dingtalk = new DingTalkCallbacks(port, clock);
        String msgId = DingTalkCallbacks.newMsgId();

        dingtalk.text(DingTalkCallbacks.Sender.MEMBER, "3月2日召开支委会和党员大会", msgId);
        dingtalk.text(DingTalkCallbacks.Sender.MEMBER, "3月2日召开支委会和党员大会", msgId);

        assertThat(count(BotMetrics.MESSAGES_RECEIVED)).isEqualTo(received + 2);
        assertThat(count(BotMetrics.RECORDS_STORED)).as("a redelivery stores nothing").isEqualTo(stored + 2);
        assertThat(count(BotMetrics.REPLIES_SENT)).isEqualTo(replied + 2);
    }

    @Test
    void aTimedDraftIsRecordedEvenWhenItFails() throws Exception {
        double before = count(BotMetrics.DRAFT_DURATION);

        try {
            metrics.timeDraft(() -> {
                throw new IllegalStateException("template missing");
            });
        }
        catch (IllegalStateException expected) {
            // the failure is the caller's to report; the time is still recorded
        }

        assertThat(count(BotMetrics.DRAFT_DURATION)).isEqualTo(before + 1);
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
                // every actuator endpoint but health needs the admin token (SafeDefaultsTest)
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
