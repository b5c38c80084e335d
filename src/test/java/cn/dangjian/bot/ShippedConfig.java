package cn.dangjian.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the shipped bot-config in a temporary directory, for a test that changes one of its files. */
public final class ShippedConfig {

    private ShippedConfig() {
    }

    public static Path copy(String prefix) throws IOException {
        Path source = Path.of("bot-config");
        Path dir = Files.createTempDirectory(prefix);
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
        return dir;
    }
}
