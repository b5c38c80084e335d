package cn.dangjian.bot.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import cn.dangjian.bot.config.BotConfigException;
import cn.dangjian.bot.dingtalk.BotInstances;

/** The calendar at start: a bad file stops it like any bot-config file; a missing year is said and tolerated. */
@ExtendWith(OutputCaptureExtension.class)
class CalendarStartTest {

    static final BotInstances instances = new BotInstances();
    static final Instant IN_2026 = Instant.parse("2026-03-20T02:00:00Z");

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        instances.close();
    }

    Path configWith(String year, String calendar) throws IOException {
        Path config = dir.resolve("bot-config");
        Files.createDirectories(config.resolve("calendar"));
        try (var files = Files.walk(Path.of("bot-config"))) {
            for (Path from : files.toList()) {
                Path to = config.resolve(Path.of("bot-config").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                }
                else if (!from.startsWith(Path.of("bot-config/calendar"))) {
                    Files.copy(from, to);
                }
            }
        }
        if (year != null) {
            Files.writeString(config.resolve("calendar").resolve(year + ".yml"), calendar);
        }
        return config;
    }

    @Test
    void aBadCalendarFileStopsTheStartWithFileAndLine() throws IOException {
        Path config = configWith("2026", """
                notice: 国务院办公厅关于2026年部分节假日安排的通知
                holidays:
                  国庆节: {from: 2026-10-01, to: 2026-10-07, workdays: [2026-09-20, 2026-10-09]}
                """);

        assertThatThrownBy(() -> instances.start(IN_2026, Map.of("bot.config-dir", config.toString())))
                .rootCause().isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(config.resolve("calendar/2026.yml"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("2026-10-09 is a FRIDAY");
                });
    }

    @Test
    void aYearWithoutAFileStartsWithWeekendsOnlyAndAWarning(CapturedOutput output) throws IOException {
        Path config = configWith(null, null);

        ConfigurableApplicationContext bot = instances.start(IN_2026, Map.of("bot.config-dir", config.toString()));
        try {
            WorkingDays days = bot.getBean(WorkingDays.class);
            assertThat(days.isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isTrue();
            assertThat(output.getOut()).contains("has no 2026.yml");
        }
        finally {
            bot.close();
        }
    }
}
