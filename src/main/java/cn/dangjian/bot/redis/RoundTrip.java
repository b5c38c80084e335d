package cn.dangjian.bot.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.output.ValueOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

/**
 * Commands that cannot share a script, sent in one write and awaited together: one round trip for all of them. A key
 * of no branch ({@code dj:sign:…}) and a branch's keys lie in different slots of a Redis Cluster, so no script may
 * take both; one write may, each command going to its own slot's node. Written on the client's shared connection:
 * Spring's pipeline ({@code executePipelined}) opens a dedicated connection for each use, a connect per message.
 * <p>
 * Add the commands, {@link #send()}, then read each {@link Answer}: a command Redis refused fails alone, so its
 * caller may take another way; no answer at all within the command timeout fails the whole trip.
 */
public final class RoundTrip {

    private static final ByteArrayCodec CODEC = ByteArrayCodec.INSTANCE;
    private static final LettuceExceptionConverter EXCEPTIONS = new LettuceExceptionConverter();

    private final StringRedisTemplate redis;
    private final List<AsyncCommand<byte[], byte[], ?>> commands = new ArrayList<>(2);
    private boolean sent;

    public RoundTrip(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** {@code SET key value NX PX ttl}: true when this set the key, false when it was there already. */
    public Answer<Boolean> setIfAbsent(String key, String value, Duration ttl) {
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(CODEC).addKey(bytes(key)).addValue(bytes(value))
                .add("NX").add("PX").add(ttl.toMillis());
        return add(new Command<>(CommandType.SET, new StatusOutput<>(CODEC), args), "OK"::equals);
    }

    /**
     * {@code EVALSHA} of a script answering a string or nothing. A server that has not loaded it answers NOSCRIPT:
     * the caller runs it the usual way ({@code StringRedisTemplate#execute}), which loads it.
     */
    public Answer<String> evalSha(RedisScript<String> script, List<String> keys, String... values) {
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(CODEC).add(script.getSha1()).add(keys.size());
        keys.forEach(key -> args.addKey(bytes(key)));
        for (String value : values) {
            args.addValue(bytes(value));
        }
        return add(new Command<>(CommandType.EVALSHA, new ValueOutput<>(CODEC), args),
                value -> value == null ? null : new String((byte[]) value, StandardCharsets.UTF_8));
    }

    /** Writes every command at once and waits for all their answers, within the client's command timeout. */
    public void send() {
        if (sent) {
            throw new IllegalStateException("a round trip is sent once");
        }
        sent = true;
        long timeout = ((LettuceConnectionFactory) redis.getRequiredConnectionFactory()).getTimeout();
        redis.execute((RedisCallback<Void>) connection -> {
            stateful(connection.getNativeConnection()).dispatch(commands);
            try {
                CompletableFuture.allOf(commands.toArray(CompletableFuture[]::new)).get(timeout,
                        TimeUnit.MILLISECONDS);
            }
            catch (ExecutionException e) {
                // a command Redis refused: its answer says so, the others stand
            }
            catch (TimeoutException e) {
                commands.forEach(command -> command.cancel(false));
                throw new QueryTimeoutException("Redis did not answer within " + timeout + " ms", e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                commands.forEach(command -> command.cancel(false));
                throw new RedisSystemException("interrupted waiting for Redis", e);
            }
            return null;
        });
    }

    private <T> Answer<T> add(Command<byte[], byte[], ?> command, Function<Object, T> reading) {
        if (sent) {
            throw new IllegalStateException("the round trip is sent already");
        }
        AsyncCommand<byte[], byte[], ?> async = new AsyncCommand<>(command);
        commands.add(async);
        return new Answer<>(async, reading);
    }

    /** One command's answer, read after {@link #send()}. */
    public final class Answer<T> {

        private final AsyncCommand<byte[], byte[], ?> command;
        private final Function<Object, T> reading;

        private Answer(AsyncCommand<byte[], byte[], ?> command, Function<Object, T> reading) {
            this.command = command;
            this.reading = reading;
        }

        /** The answer, or the error Redis gave this command as Spring's exception. */
        public T get() {
            if (!sent) {
                throw new IllegalStateException("the round trip is not sent yet");
            }
            Object value;
            try {
                value = command.join();
            }
            catch (CompletionException e) {
                throw translated(e.getCause());
            }
            return reading.apply(value);
        }
    }

    private static DataAccessException translated(Throwable failure) {
        DataAccessException translated = failure instanceof Exception e ? EXCEPTIONS.convert(e) : null;
        return translated != null ? translated : new RedisSystemException(String.valueOf(failure.getMessage()), failure);
    }

    @SuppressWarnings("unchecked")
    private static StatefulConnection<byte[], byte[]> stateful(Object nativeConnection) {
        if (nativeConnection instanceof RedisAsyncCommands<?, ?> standalone) {
            return (StatefulConnection<byte[], byte[]>) standalone.getStatefulConnection();
        }
        return ((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) nativeConnection).getStatefulConnection();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
