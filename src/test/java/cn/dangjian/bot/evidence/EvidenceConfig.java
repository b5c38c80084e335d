package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.dangjian.bot.ShippedConfig;

/** The shipped bot-config, copied, with {@code evidence: required} on the activities named. */
final class EvidenceConfig {

    private EvidenceConfig() {
    }

    static Path requiring(String... activities) {
        try {
            Path dir = ShippedConfig.copy("dj-evidence-config");
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
