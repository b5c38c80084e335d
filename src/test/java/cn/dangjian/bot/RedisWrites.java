package cn.dangjian.bot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import io.lettuce.core.protocol.RedisCommand;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * The bot's Redis round trips as its client sends them: every flush of a connection is one write to Redis, and the
 * bot waits for its answers before the next, so each recorded write is a round trip. Unlike Redis's MONITOR, which
 * shows commands one by one, this tells two commands sent in one write from two sent one after the other. Each
 * command is named by its type and its first key (for a script, its first key: the script's own calls are not seen).
 * Records only between {@link #start()} and {@link #stop()}; every full-application test has it.
 */
public class RedisWrites {

    private final List<List<String>> writes = new ArrayList<>();
    private volatile boolean recording;

    public synchronized void start() {
        writes.clear();
        recording = true;
    }

    /** The writes since {@link #start()}, each the commands it carried ({@code "SET dj:sign:…"}), oldest first. */
    public synchronized List<List<String>> stop() {
        recording = false;
        return List.copyOf(writes);
    }

    private synchronized void add(List<String> write) {
        if (recording) {
            writes.add(write);
        }
    }

    /** Outermost on each channel, so that it sees the commands themselves before they are encoded. */
    private final class Recorder extends ChannelOutboundHandlerAdapter {

        private final List<String> unflushed = new ArrayList<>();

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (recording) {
                if (message instanceof Collection<?> commands) {
                    commands.forEach(this::note);
                }
                else {
                    note(message);
                }
            }
            super.write(context, message, promise);
        }

        @Override
        public void flush(ChannelHandlerContext context) throws Exception {
            if (!unflushed.isEmpty()) {
                add(List.copyOf(unflushed));
                unflushed.clear();
            }
            super.flush(context);
        }

        private void note(Object message) {
            if (message instanceof RedisCommand<?, ?, ?> command) {
                var key = command.getArgs() == null ? null : command.getArgs().getFirstEncodedKey();
                unflushed.add(command.getType() + (key == null ? "" : " " + StandardCharsets.UTF_8.decode(key.duplicate())));
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        RedisWrites redisWrites() {
            return new RedisWrites();
        }

        @Bean
        ClientResourcesBuilderCustomizer recordRedisWrites(RedisWrites writes) {
            return resources -> resources.nettyCustomizer(new NettyCustomizer() {
                @Override
                public void afterChannelInitialized(Channel channel) {
                    channel.pipeline().addLast(writes.new Recorder());
                }
            });
        }
    }
}
