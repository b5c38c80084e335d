package cn.dangjian.bot.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.redis.EmbeddedRedis;
import redis.embedded.RedisServer;

/**
 * A real redis-server of its own for the store tests, configured as the bot's embedded one (append-only file,
 * fsync every second, no RDB snapshots), on a free port, with a Lettuce template to it. Restartable on the same
 * directory, to check what survives.
 */
final class LocalRedis implements AutoCloseable {

    private final int port = BotTest.freePort();
    private final Path dir;
    private RedisServer server;
    private LettuceConnectionFactory factory;
    private StringRedisTemplate template;

    private LocalRedis(Path dir) {
        this.dir = dir;
    }

    static LocalRedis start() {
        try {
            LocalRedis redis = new LocalRedis(Files.createTempDirectory("dj-store-test"));
            redis.startServer();
            return redis;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StringRedisTemplate template() {
        return template;
    }

    void startServer() throws IOException {
        server = EmbeddedRedis.server(port, dir);
        server.start();
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        template = new StringRedisTemplate(factory);
    }

    /** A clean shutdown, as the bot's own stop or a container's SIGTERM does it. */
    void stopServer() throws IOException {
        factory.destroy();
        server.stop();
    }

    @Override
    public void close() throws IOException {
        stopServer();
    }
}
