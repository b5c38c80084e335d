package cn.dangjian.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDateTime;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole bot: the real application on a random port, with a real embedded Redis on a
 * free port shared by every test of the JVM (the Spring test context is cached, so Redis starts once), and a
 * {@link MutableClock} as the bot's clock (autowire it to move time).
 * <p>
 * Keep this one property set for every full-application test: a second set makes a second context, whose embedded
 * Redis would find the port taken. That is why the admin token is set here, for every test.
 */
// Reminders are not scheduled unless a test asks for them: a start-up sweep would otherwise push to DingTalk.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.reminders.enabled=false")
@Import({TestClockConfiguration.class, RedisWrites.Recording.class})
public abstract class BotTest {

    /** Today in every full-application test, unless a test moves the clock: Friday 20 March 2026, 10:00. */
    public static final LocalDateTime TODAY = LocalDateTime.of(2026, 3, 20, 10, 0);


    protected static final int REDIS_PORT = freePort();
    /** {@code bot.admin-token} of the tests: {@code Authorization: Bearer} this for {@code /api/v1/**}. */
    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final Path REDIS_DIR = tempDir();

    @DynamicPropertySource
    static void embeddedRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> REDIS_PORT);
        registry.add("bot.redis.embedded", () -> "true");
        registry.add("bot.redis.data-dir", REDIS_DIR::toString);
        registry.add("bot.admin-token", () -> ADMIN_TOKEN);
        // the tests read the answer from the callback's response; the default, session, is tested on its own
        registry.add("bot.dingtalk.reply-mode", () -> "body");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("dj-redis-test");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
