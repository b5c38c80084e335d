package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped bot-config, copied, with {@code evidence: required} on the activities named. */
final class EvidenceConfig {

    private EvidenceConfig() {
    }

    static Path requiring(String... activities) {
        try {
            Path source = Path.of("bot-config");
            Path dir = Files.createTempDirectory("dj-evidence-config");
            try (var tree = Files.walk(source)) {
                for (Path from : tree.toList()) {
                    Path to = dir.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    }
                    else {
                        Files.copy(from, to);
                    }
                }
            }
            Path catalogue = dir.resolve("activities.yml");
            String yaml = Files.readString(catalogue);
            for (String activity : List.of(activities)) {
                String entry = "  - key: " + activity + "\n";
                int at = yaml.indexOf(entry);
                if (at < 0) {
                    throw new IllegalArgumentException("no activity " + activity + " in the catalogue");
                }
                yaml = yaml.substring(0, at + entry.length()) + "    evidence: required\n"
                        + yaml.substring(at + entry.length());
            }
            Files.writeString(catalogue, yaml);
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
