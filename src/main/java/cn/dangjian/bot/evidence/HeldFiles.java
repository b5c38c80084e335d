package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The bytes of files no record holds yet. Every file a message brings is held until the bot's question about it
 * lapses ({@link Question.Kind#ATTACH_FILE}, or {@code bot.evidence.window} if longer) and a settling time after, so
 * that an answer given at the last moment still finds its bytes; {@link #sweep} then deletes the bytes of each lapsed
 * file that no record of any branch took. Bytes a record took are never deleted: a branch's {@code ev:files} names
 * every file its records were given (an undone record's and a removed file's too), and the sweep asks every branch.
 * While the sweep deletes a file's bytes, a message bringing the same bytes waits, then keeps them again.
 */
@Component
public class HeldFiles {

    private static final Logger log = LoggerFactory.getLogger(HeldFiles.class);

    private static final String HELD = "dj:{evidence}:held";
    private static final String DELETING = "dj:{evidence}:deleting";

    /** After a question lapses, how long its bytes stay: an answer read just before the lapse is still attaching. */
    static final Duration SETTLE = Duration.ofMinutes(5);

    /** How long a file stays marked as being deleted when the sweep that took it dies before finishing. */
    private static final Duration DELETING_FOR = Duration.ofMinutes(5);

    /** How long a message waits for the sweep to finish deleting the same bytes. */
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static final int BATCH = 200;

    private static final RedisScript<Long> HOLD = script("hold.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LAPSE = script("lapse.lua", List.class);

    private final StringRedisTemplate redis;
    private final Blobs blobs;
    private final Branches branches;
    private final EvidenceProperties properties;
    private final Clock clock;

    HeldFiles(StringRedisTemplate redis, Blobs blobs, Branches branches, EvidenceProperties properties, Clock clock) {
        this.redis = redis;
        this.blobs = blobs;
        this.branches = branches;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Holds the bytes {@code sha256} for a message that brings them, before it looks whether they are kept; waits
     * while the sweep is deleting them. Returns until when they are held.
     */
    Instant hold(String sha256) throws IOException {
        Duration asked = Question.Kind.ATTACH_FILE.keep();
        Instant until = clock.instant().plus(asked.compareTo(properties.window()) > 0 ? asked : properties.window())
                .plus(SETTLE);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (redis.execute(HOLD, List.of(HELD, DELETING), sha256, Long.toString(until.toEpochMilli()),
                Long.toString(clock.millis())) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the bytes of " + sha256 + " are still being deleted");
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the bytes of " + sha256 + " were being deleted", e);
            }
        }
        return until;
    }

    /**
     * Deletes now the bytes a message kept for a file no record took (refused, or the record undone meanwhile), unless
     * a later message holds them too or a record holds them.
     */
    void release(String sha256, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object> taken = redis.execute(LAPSE, List.of(HELD, DELETING), Long.toString(until.toEpochMilli()), "1",
                Long.toString(clock.instant().plus(DELETING_FOR).toEpochMilli()), sha256);
        taken.forEach(sha -> delete(sha.toString()));
    }

    /** Deletes the bytes of every file whose hold has lapsed and that no record took; returns how many. */
    public int sweep() {
        int deleted = 0;
        List<?> taken;
        do {
            taken = redis.execute(LAPSE, List.of(HELD, DELETING), Long.toString(clock.millis()),
                    Integer.toString(BATCH), Long.toString(clock.instant().plus(DELETING_FOR).toEpochMilli()));
            for (Object sha : taken) {
                deleted += delete(sha.toString()) ? 1 : 0;
            }
        }
        while (taken.size() == BATCH);
        if (deleted > 0) {
            log.info("Deleted the bytes of {} files whose record was never named", deleted);
        }
        return deleted;
    }

    private boolean delete(String sha256) {
        try {
            if (attached(sha256)) {
                return false;
            }
            blobs.delete(sha256);
            return true;
        }
        catch (IOException | RuntimeException e) {
            // kept: the file is no longer held, so it stays until someone sends it again and it lapses again
            log.warn("could not delete the bytes of {}", sha256, e);
            return false;
        }
        finally {
            redis.opsForHash().delete(DELETING, sha256);
        }
    }

    /** Whether any branch's records were given this file: one HEXISTS per branch, pipelined. */
    private boolean attached(String sha256) {
        List<Branch> all = branches.all();
        byte[] field = sha256.getBytes(StandardCharsets.UTF_8);
        List<Object> answers = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Branch branch : all) {
                connection.hashCommands().hExists(
                        new BranchKeys(branch.id()).evidenceFiles().getBytes(StandardCharsets.UTF_8), field);
            }
            return null;
        });
        return answers.stream().anyMatch(Boolean.TRUE::equals);
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        try (InputStream in = new ClassPathResource(name, HeldFiles.class).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the evidence script " + name + " is missing from the build", e);
        }
    }
}
