package cn.dangjian.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DangjianBotApplication;

/**
 * Issue 11, “an embedded redis-server outlives a kill -9 of the bot and holds its port”: the bot runs in a JVM of its
 * own (the local profile, as {@code ./mvnw spring-boot:run} does), is killed with SIGKILL, and is started again on the
 * same port and data directory. The second start finds the first one's redis-server by its pid file, stops it and
 * starts cleanly, with the data written before the kill; its binary runs from the data directory, not a new temporary
 * copy.
 */
class EmbeddedRedisRecoveryTest {

    static final Duration STARTUP = Duration.ofSeconds(90);

    final int redisPort = BotTest.freePort();
    final List<Process> bots = new ArrayList<>();
    Path dataDir;
    Path work;

    @AfterEach
    void stopEverythingStarted() throws IOException {
        for (Process bot : bots) {
            bot.destroyForcibly();
        }
        serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        if (work != null) {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void aBotKilledOutrightIsFollowedByOneThatStopsItsRedisAndStarts() throws Exception {
        work = Files.createTempDirectory("dj-kill9");
        dataDir = work.resolve("redis");

        Process first = startBot("first");
        long orphan = serverPid().orElseThrow();
        assertThat(redis("SET", "dj:probe", "kept")).isEqualTo("+OK");
        assertThat(ProcessHandle.of(orphan).flatMap(p -> p.info().command())).hasValueSatisfying(
                command -> assertThat(command).startsWith(dataDir.resolve("bin").toString()));

        first.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan the fault is about")
                .hasValue(true);

        Process second = startBot("second");

        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(serverPid()).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(orphan));
        assertThat(redis("GET", "dj:probe")).isEqualTo("$4");
        assertThat(Files.readString(work.resolve("second.log"))).contains("left running by an earlier run");
        try (var copies = Files.list(dataDir.resolve("bin"))) {
            assertThat(copies.toList()).hasSize(1);
        }

        second.destroy();
        assertThat(second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private Process startBot(String name) throws Exception {
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), DangjianBotApplication.class.getName(),
                "--spring.profiles.active=local", "--server.port=0", "--spring.data.redis.port=" + redisPort,
                "--bot.redis.data-dir=" + dataDir, "--bot.reminders.enabled=false", "--spring.main.banner-mode=off"));
        Process bot = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        bots.add(bot);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (output.contains("Started DangjianBotApplication")) {
                return bot;
            }
            if (!bot.isAlive()) {
                throw new AssertionError("the " + name + " bot did not start:\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the " + name + " bot took longer than " + STARTUP + ":\n" + Files.readString(log));
    }

    private Optional<Long> serverPid() {
        try {
            Path file = dataDir == null ? null : dataDir.resolve("redis-server.pid");
            return file != null && Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).strip()))
                    : Optional.empty();
        }
        catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One command in Redis's protocol; the first line of the answer. */
    private String redis(String... args) throws IOException {
        StringBuilder request = new StringBuilder("*" + args.length + "\r\n");
        for (String arg : args) {
            request.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg)
                    .append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", redisPort)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
