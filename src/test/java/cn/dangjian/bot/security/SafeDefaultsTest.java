package cn.dangjian.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;

/**
 * Issue 11, “safe defaults”: without a profile the bot applies production rules (no emulator, no published secrets,
 * no start without its credentials), the actuator shows health to anyone and the rest to the admin token only, and the
 * local profile answers this machine only. The tests themselves choose {@code local} in
 * {@code src/test/resources/config/application.yml}; here {@code --spring.profiles.default=default} undoes that, as a
 * {@code java -jar} without arguments would run.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafeDefaultsTest {

    static final String TOKEN = "a-production-admin-token-0123456789";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void withoutAProfileTheBotRefusesToStartAndSaysWhichSettingsAreMissing(CapturedOutput output) {
        assertThatThrownBy(() -> startWithoutProfile()).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The bot runs with no profile (production rules) and cannot start")
                .contains("bot.dingtalk.app-secret (BOT_DINGTALK_APP_SECRET) is not set")
                .contains("bot.dingtalk.app-key (BOT_DINGTALK_APP_KEY) is not set")
                .contains("bot.dingtalk.robot-code (BOT_DINGTALK_ROBOT_CODE) is not set")
                .contains("bot.admin-token (BOT_ADMIN_TOKEN) is not set")
                .contains("--spring.profiles.active=local");
    }

    @Test
    void theLocalProfilesPublishedSecretsDoNotStartAProduction(CapturedOutput output) {
        assertThatThrownBy(() -> startWithoutProfile("--bot.dingtalk.app-key=dingRealKey",
                "--bot.dingtalk.app-secret=local-dev-secret", "--bot.dingtalk.robot-code=dingRealRobot",
                "--bot.admin-token=short")).isNotNull();

        assertThat(output).contains("bot.dingtalk.app-secret (BOT_DINGTALK_APP_SECRET) has the local profile's published value")
                .contains("bot.admin-token (BOT_ADMIN_TOKEN) is shorter than 16 characters")
                .doesNotContain("bot.dingtalk.app-key (BOT_DINGTALK_APP_KEY)");
    }

    @Test
    void aProductionHasNoEmulatorAndItsActuatorShowsOnlyHealthWithoutTheToken() throws Exception {
        int redisPort = BotTest.freePort();
        try (ConfigurableApplicationContext bot = startWithoutProfile(redisPort, "--bot.dingtalk.app-key=dingRealKey",
                "--bot.dingtalk.app-secret=a-real-app-secret", "--bot.dingtalk.robot-code=dingRealRobot",
                "--bot.admin-token=" + TOKEN, "--bot.redis.embedded=true",
                "--bot.redis.data-dir=" + Files.createTempDirectory("dj-redis-prod"))) {
            String base = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");

            assertThat(get(base + "/emulator", null).statusCode()).isEqualTo(404);
            HttpResponse<String> health = get(base + "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"").doesNotContain("redis_version", "components");
            assertThat(get(base + "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            for (String guarded : List.of("/actuator/metrics", "/actuator/metrics/dangjian.messages.received",
                    "/actuator/info", "/actuator", "/actuator/health/../metrics", "/actuator/health;x=1/../metrics",
                    "/actuator/%6detrics")) {
                assertThat(get(base + guarded, null).statusCode()).as(guarded).isIn(401, 400);
            }
            assertThat(get(base + "/actuator/metrics", TOKEN).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLocalProfileAnswersThisMachineOnly() throws Exception {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(lan.isPresent(), "this machine has no address but loopback");
        int redisPort = BotTest.freePort();
        try (ConfigurableApplicationContext bot = start(redisPort, List.of("--spring.profiles.active=local",
                "--bot.redis.data-dir=" + Files.createTempDirectory("dj-redis-local")))) {
            int port = Integer.parseInt(bot.getEnvironment().getProperty("local.server.port"));

            assertThat(get("http://127.0.0.1:" + port + "/actuator/health", null).statusCode()).isEqualTo(200);
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(lan.get(), port), 2000))
                        .isInstanceOf(IOException.class);
            }
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext startWithoutProfile(String... settings) {
        return startWithoutProfile(BotTest.freePort(), settings);
    }

    private static ConfigurableApplicationContext startWithoutProfile(int redisPort, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.default=default"));
        args.addAll(List.of(settings));
        return start(redisPort, args);
    }

    private static ConfigurableApplicationContext start(int redisPort, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--bot.reminders.enabled=false",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort,
                "--spring.main.banner-mode=off", "--spring.quartz.scheduler-name=safeDefaults" + redisPort));
        args.addAll(settings);
        return new SpringApplicationBuilder(DangjianBotApplication.class).run(args.toArray(String[]::new));
    }
}
