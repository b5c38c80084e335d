package cn.dangjian.bot.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * bot-config directories for reminder tests: the shipped catalogue, schedule, calendar and report templates, branches
 * made for the test.
 */
final class ReminderConfigs {

    private ReminderConfigs() {
    }

    static Path directory(String branchesYaml, String remindersExtra) {
        try {
            Path dir = Files.createTempDirectory("dj-reminders-config");
            Files.copy(Path.of("bot-config/activities.yml"), dir.resolve("activities.yml"));
            Files.writeString(dir.resolve("reminders.yml"),
                    Files.readString(Path.of("bot-config/reminders.yml")) + remindersExtra);
            Files.writeString(dir.resolve("branches.yml"), branchesYaml);
            copyReportTemplates(dir);
            copyCalendar(dir);
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report templates are part of bot-config too: a bot without them does not start. */
    static void copyReportTemplates(Path configDir) throws IOException {
        Path report = Files.createDirectories(configDir.resolve("report"));
        try (var templates = Files.list(Path.of("bot-config/report"))) {
            for (Path template : templates.toList()) {
                Files.copy(template, report.resolve(template.getFileName()));
            }
        }
    }

    /** The working-day calendar of bot-config: the years the State Council has published. */
    static void copyCalendar(Path configDir) throws IOException {
        Path calendar = Files.createDirectories(configDir.resolve("calendar"));
        try (var years = Files.list(Path.of("bot-config/calendar"))) {
            for (Path year : years.toList()) {
                Files.copy(year, calendar.resolve(year.getFileName()));
            }
        }
    }

    /** {@code count} branches b000…, each with one group cidB000… and a secretary sec000…. */
    static String manyBranches(int count) {
        StringBuilder yaml = new StringBuilder("defaults:\n  hasPartyGroups: false\nbranches:\n");
        for (int i = 0; i < count; i++) {
            String id = String.format("b%03d", i);
            yaml.append("  - id: ").append(id).append("\n    name: 第").append(i + 1).append("党支部\n")
                    .append("    conversations: [cid").append(id.toUpperCase()).append("]\n")
                    .append("    secretaries: [sec").append(id.substring(1)).append("]\n");
        }
        return yaml.toString();
    }
}
