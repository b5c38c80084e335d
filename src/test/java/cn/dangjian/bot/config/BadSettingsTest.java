package cn.dangjian.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;

/**
 * A bad setting stops the start before the bot does anything, with Spring Boot's own report naming the property, its
 * value and why it was refused; the same goes for an embedded Redis that cannot run.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTest {

    @Test
    void zeroMessagesPerMinuteStopsTheStartNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("--bot.dingtalk.custom-robot.messages-per-minute=0")).isNotNull();

        // Boot names a record's property in its Java form (bound as well as the dashed one)
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Property: bot.dingtalk.customRobot.messagesPerMinute")
                .contains("Value: \"0\"").contains("Reason: must be greater than or equal to 1");
    }

    @Test
    void aNegativePaceOfRemindersStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--bot.reminders.sends-per-second=-1")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Property: bot.reminders.sendsPerSecond").contains("Value: \"-1.0\"")
                .contains("Origin: \"bot.reminders.sends-per-second\" from property source \"commandLineArgs\"");
    }

    @Test
    void streamModeWithoutTheAppsCredentialsStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--bot.dingtalk.mode=stream", "--bot.dingtalk.app-key=")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("bot.dingtalk.mode=stream needs bot.dingtalk.app-key and bot.dingtalk.app-secret");
    }

    @Test
    void anEmbeddedRedisWhosePortIsTakenStopsTheStartSayingWhatToDo(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String dir = Files.createTempDirectory("dj-redis-taken").toString();
            assertThatThrownBy(() -> start(taken.getLocalPort(), "--bot.redis.embedded=true",
                    "--bot.redis.data-dir=" + dir)).isNotNull();

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("Port " + taken.getLocalPort() + " is already in use, so the embedded Redis cannot start.")
                    .contains("Action:").contains("--bot.redis.embedded=false");
        }
    }

    /** The bot with an external Redis that is never reached: each start here must fail before it needs one. */
    private static void start(String... settings) {
        start(BotTest.freePort(), settings);
    }

    private static void start(int redisPort, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--bot.reminders.enabled=false",
                "--spring.data.redis.port=" + redisPort, "--spring.main.banner-mode=off",
                "--spring.quartz.scheduler-name=badSettings"));
        args.addAll(List.of(settings));
        if (args.stream().noneMatch(arg -> arg.startsWith("--bot.redis.embedded="))) {
            args.add("--bot.redis.embedded=false");
        }
        new SpringApplicationBuilder(DangjianBotApplication.class).run(args.toArray(String[]::new)).close();
    }
}
