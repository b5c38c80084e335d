package cn.dangjian.bot.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server (the binary shipped in {@code com.github.codemonstur:embedded-redis}) started inside the bot,
 * with AOF on, so that one branch on a laptop needs nothing installed and acknowledged records survive a restart.
 * The production jar ({@code -Pprod}) does not carry that library; there this class is skipped and
 * {@link EmbeddedRedisAbsent} explains a start that asks for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("bot.redis.embedded")
@ConditionalOnClass(name = EmbeddedRedis.SERVER_CLASS)
public class EmbeddedRedis {

    static final String SERVER_CLASS = "redis.embedded.RedisServer";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    RedisServer embeddedRedisServer(EmbeddedRedisProperties properties, Environment environment) throws IOException {
        int port = environment.getProperty("spring.data.redis.port", Integer.class, 6379);
        Path dir = properties.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create the Redis data directory " + dir, e);
        }
        LeftBehind.clear(dir);
        refuseTakenPort(port);
        log.info("Starting embedded Redis on 127.0.0.1:{} with its append-only file in {}", port, dir);
        return server(port, dir);
    }

    /** A redis-server on 127.0.0.1 with its append-only file in {@code dir}, as the bot runs it and the store tests do. */
    public static RedisServer server(int port, Path dir) throws IOException {
        // the binary is copied under dir/bin (not a new temporary directory each start) and the server writes its pid
        // file in dir: a later start finds and stops one a killed bot left running (LeftBehind)
        Files.createDirectories(LeftBehind.bin(dir));
        return RedisServer.newRedisServer()
                .executableProvider(ExecutableProvider.newJarResourceProvider(LeftBehind.bin(dir).toFile()))
                .setting("pidfile " + LeftBehind.pidFile(dir))
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dir)
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                .setting("save \"\"")
                .build();
    }

    /**
     * A bot killed outright leaves its redis-server running; the next start would die on "Address already in use"
     * deep in a stack trace. Say what to do instead.
     */
    private static void refuseTakenPort(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        }
        catch (IOException free) {
            return;
        }
        throw new EmbeddedRedisException("Port " + port + " is already in use, so the embedded Redis cannot start.",
                "If it is a redis-server left behind by an earlier run, stop it (redis-cli -p " + port
                        + " shutdown, or kill it); otherwise choose another port with --spring.data.redis.port, or "
                        + "use that Redis with --bot.redis.embedded=false.");
    }

    /** The connection factory must not be created before the server it connects to. */
    @Bean
    static BeanFactoryPostProcessor redisConnectionFactoryDependsOnEmbeddedRedis() {
        return (ConfigurableListableBeanFactory beanFactory) -> {
            for (String name : beanFactory.getBeanNamesForType(RedisConnectionFactory.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                String[] extended = java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[dependsOn.length] = "embeddedRedisServer";
                definition.setDependsOn(extended);
            }
        };
    }
}
