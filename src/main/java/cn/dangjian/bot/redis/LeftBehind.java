package cn.dangjian.bot.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a bot killed outright ({@code kill -9}) leaves in its data directory: a redis-server still running and holding
 * the port, and the copy of the binary it runs. The server writes its pid file there, and runs from a copy under
 * {@code bin/} there (not a new temporary directory each start), so the next start can tell it is ours: it stops it
 * (SIGTERM, so Redis writes its append-only file out; forcibly after ten seconds) and removes the old copy.
 */
final class LeftBehind {

    private static final Logger log = LoggerFactory.getLogger(LeftBehind.class);

    static final String PID_FILE = "redis-server.pid";
    static final String BIN = "bin";

    private LeftBehind() {
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve(PID_FILE);
    }

    static Path bin(Path dataDir) {
        return dataDir.resolve(BIN);
    }

    /** Stops the redis-server an earlier run started from {@code dataDir}, if one is still running; cleans up after it. */
    static void clear(Path dataDir) {
        try {
            serverOf(dataDir).ifPresent(server -> stop(server, dataDir));
            Files.deleteIfExists(pidFile(dataDir));
            Path bin = bin(dataDir);
            if (Files.isDirectory(bin)) {
                try (Stream<Path> copies = Files.list(bin)) {
                    for (Path copy : copies.toList()) {
                        Files.deleteIfExists(copy);
                    }
                }
            }
            Files.createDirectories(bin);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clean up after an earlier embedded Redis in " + dataDir, e);
        }
    }

    /** The live process of the pid file, if it runs a binary from this data directory's {@code bin/}: ours. */
    private static Optional<ProcessHandle> serverOf(Path dataDir) throws IOException {
        Path file = pidFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file).strip());
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
        String bin = bin(dataDir).toAbsolutePath().toString();
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(command -> command.startsWith(bin)).orElse(false));
    }

    private static void stop(ProcessHandle server, Path dataDir) {
        log.warn("A redis-server (pid {}) left running by an earlier run of the bot holds {}; stopping it",
                server.pid(), dataDir);
        server.destroy();
        try {
            server.onExit().get(10, TimeUnit.SECONDS);
        }
        catch (TimeoutException e) {
            server.destroyForcibly();
            server.onExit().join();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping redis-server " + server.pid(), e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("could not stop redis-server " + server.pid(), e);
        }
    }
}
