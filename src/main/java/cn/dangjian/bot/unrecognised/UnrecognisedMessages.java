package cn.dangjian.bot.unrecognised;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * The messages the bot did not understand, kept per branch in a Redis stream ({@link BranchKeys#unrecognised()}) for
 * {@value #KEPT_DAYS} days, so that the organisation can see what members write that the catalogue does not know yet.
 * An entry's id is its time on the bot's clock. A stream is trimmed as it is written: entries older than the days kept
 * go, and past {@value #CAP} entries (a flood, not a branch) the oldest go too; a branch that writes none for as long
 * loses the key. Keeping one is one script, one round trip, and never fails the answer: a message not kept is a lost
 * lesson, not lost data.
 */
@Component
public class UnrecognisedMessages {

    private static final Logger log = LoggerFactory.getLogger(UnrecognisedMessages.class);

    static final int KEPT_DAYS = 90;
    public static final Duration KEPT = Duration.ofDays(KEPT_DAYS);
    /** Ninety days of a busy branch's misses are hundreds; the cap only bounds a flood. */
    static final int CAP = 5000;
    /** A message or an answer is kept up to this length: enough to see the words, never a 64 KB paste. */
    static final int LONGEST = 1000;

    /** The text read once: a script made from a Resource asks the jar for the file's modification time every call. */
    private static final RedisScript<String> KEEP = RedisScript.of(text("keep.lua"), String.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final int cap;

    @Autowired
    UnrecognisedMessages(StringRedisTemplate redis, Clock clock) {
        this(redis, clock, CAP);
    }

    /** With a cap of its own, for the test of the cap. */
    UnrecognisedMessages(StringRedisTemplate redis, Clock clock, int cap) {
        this.redis = redis;
        this.clock = clock;
        this.cap = cap;
    }

    /** Keeps the message in its branch's stream, under its time; a failure is logged, never thrown. */
    public void keep(UnrecognisedMessage message) {
        try {
            redis.execute(KEEP, List.of(new BranchKeys(message.branchId()).unrecognised()),
                    Long.toString(message.at().toEpochMilli()), Long.toString(oldestKept().toEpochMilli()),
                    Integer.toString(cap), Long.toString(KEPT.toMillis()),
                    "msgId", orEmpty(message.msgId()), "senderId", orEmpty(message.senderId()),
                    "senderNick", orEmpty(message.senderNick()), "type", orEmpty(message.type()),
                    "text", bounded(message.text()), "answer", bounded(message.answer()));
        }
        catch (RuntimeException e) {
            log.warn("msg {} of branch {} was not kept as unrecognised", message.msgId(), message.branchId(), e);
        }
    }

    /**
     * The branch's unrecognised messages since {@code since} (no earlier than {@value #KEPT_DAYS} days ago), newest
     * first, each msgId once (DingTalk may deliver a message twice).
     */
    public List<UnrecognisedMessage> since(String branchId, Instant since) {
        Instant from = since.isBefore(oldestKept()) ? oldestKept() : since;
        // approximate trimming leaves up to one node of the stream (100 entries) past the cap
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().reverseRange(
                new BranchKeys(branchId).unrecognised(),
                Range.rightUnbounded(Range.Bound.inclusive(from.toEpochMilli() + "-0")),
                Limit.limit().count(cap + 100));
        Map<String, UnrecognisedMessage> byMsgId = new LinkedHashMap<>();
        for (MapRecord<String, Object, Object> entry : entries == null ? List.<MapRecord<String, Object, Object>>of()
                : entries) {
            Map<Object, Object> fields = entry.getValue();
            UnrecognisedMessage message = new UnrecognisedMessage(branchId, field(fields, "msgId"),
                    Instant.ofEpochMilli(entry.getId().getTimestamp()), field(fields, "senderId"),
                    field(fields, "senderNick"), field(fields, "type"), field(fields, "text"),
                    field(fields, "answer"));
            byMsgId.putIfAbsent(message.msgId().isEmpty() ? entry.getId().getValue() : message.msgId(), message);
        }
        return new ArrayList<>(byMsgId.values());
    }

    private Instant oldestKept() {
        return clock.instant().minus(KEPT);
    }

    private static String field(Map<Object, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? "" : value.toString();
    }

    /** Without the space DingTalk leaves after the @mention, and cut at {@value #LONGEST} characters. */
    private static String bounded(String text) {
        String value = orEmpty(text).strip();
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST) + "…";
    }

    private static String text(String name) {
        try (InputStream in = new ClassPathResource(name, UnrecognisedMessages.class).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the script " + name + " is missing from the build", e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
