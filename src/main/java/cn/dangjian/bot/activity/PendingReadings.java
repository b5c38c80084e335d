package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The readings the bot asked a sender to confirm ("您是说11月29日已开展主题党日1次吗？"), one per sender and branch, kept
 * in Redis for {@link #KEEP} so that any instance can take the "是". The next message of the sender that is not a
 * confirmation drops it: a reading is confirmed right after it was asked, or not at all.
 */
@Component
public class PendingReadings {

    /** Long enough to read the question and answer it; short enough that a late "是" meets no stale question. */
    public static final Duration KEEP = Duration.ofMinutes(10);
    /** As long as the store remembers a delivery: a redelivered "是" is answered from what it confirmed. */
    private static final Duration REMEMBER_CONFIRMATION = Duration.ofDays(1);

    private static final String CHOICE_SEPARATOR = "\u001d";
    private static final String TEACHING_SEPARATOR = "\u001c";
    private static final String ENTRY_SEPARATOR = "\u001e";
    private static final String FIELD_SEPARATOR = "\u001f";

    /**
     * Takes the pending reading and remembers it under the confirming msgId, in one step, so that two "是" sent at
     * once confirm it once; a msgId that already confirmed one gets that one again.
     */
    private static final RedisScript<String> TAKE = RedisScript.of("""
            local reading = redis.call('GET', KEYS[1])
            if reading then
              redis.call('DEL', KEYS[1])
              redis.call('SET', KEYS[2], reading, 'EX', ARGV[1])
              return reading
            end
            return redis.call('GET', KEYS[2])
            """, String.class);

    private final StringRedisTemplate redis;

    public PendingReadings(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * One reading the bot asked about: its entries, and the member's word it teaches when confirmed (null when it
     * was not reached by resemblance).
     */
    record Reading(List<Entry> entries, Command.Teaching teaches) {
    }

    /** Keeps the reading as the sender's only pending one, replacing any earlier. */
    void ask(String branchId, String senderId, List<Entry> entries, Command.Teaching teaches) {
        offer(branchId, senderId, List.of(new Reading(entries, teaches)));
    }

    /** Keeps numbered readings ("回复1记为…，回复2记为…") as the sender's only pending question. */
    void offer(String branchId, String senderId, List<Reading> choices) {
        List<String> encoded = new ArrayList<>();
        for (Reading r : choices) {
            encoded.add(encode(r.entries()) + (r.teaches() == null ? ""
                    : TEACHING_SEPARATOR + r.teaches().word() + TEACHING_SEPARATOR + r.teaches().activity()));
        }
        redis.opsForValue().set(new BranchKeys(branchId).pendingReading(senderId),
                String.join(CHOICE_SEPARATOR, encoded), KEEP);
    }

    /**
     * The sender's pending readings (one, or the numbered choices), taken for the answer {@code msgId}; empty when
     * there are none.
     */
    Optional<List<Reading>> take(String branchId, String senderId, String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        String reading = redis.execute(TAKE, List.of(keys.pendingReading(senderId), keys.confirmedReading(msgId)),
                Long.toString(REMEMBER_CONFIRMATION.toSeconds()));
        return Optional.ofNullable(reading).map(PendingReadings::decodeChoices);
    }

    /**
     * Every entry the sender's pending question could store, left in place (the closed-year check reads it before a
     * "是" or a number).
     */
    public Optional<List<Entry>> peek(String branchId, String senderId) {
        return Optional.ofNullable(redis.opsForValue().get(new BranchKeys(branchId).pendingReading(senderId)))
                .map(reading -> decodeChoices(reading).stream().flatMap(r -> r.entries().stream()).toList());
    }

    /** The sender said something else: the question is no longer open. */
    public void drop(String branchId, String senderId) {
        redis.delete(new BranchKeys(branchId).pendingReading(senderId));
    }

    private static String encode(List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        for (Entry e : entries) {
            lines.add(String.join(FIELD_SEPARATOR, e.activity(), e.date().toString(), Integer.toString(e.count()),
                    e.participants() == null ? "" : e.participants().toString(),
                    e.topic() == null ? "" : e.topic().replaceAll("[\\u001c\\u001d\\u001e\\u001f]", ""),
                    e.amount() == null ? "" : e.amount().toPlainString(), e.precision().wire(),
                    e.words() == null ? "" : e.words().replaceAll("[\\u001c\\u001d\\u001e\\u001f]", "")));
        }
        return String.join(ENTRY_SEPARATOR, lines);
    }

    private static List<Reading> decodeChoices(String readings) {
        List<Reading> choices = new ArrayList<>();
        for (String reading : readings.split(CHOICE_SEPARATOR)) {
            String[] parts = reading.split(TEACHING_SEPARATOR, -1);
            choices.add(new Reading(decode(parts[0]),
                    parts.length == 3 ? new Command.Teaching(parts[1], parts[2]) : null));
        }
        return choices;
    }

    private static List<Entry> decode(String reading) {
        List<Entry> entries = new ArrayList<>();
        for (String line : reading.split(ENTRY_SEPARATOR)) {
            String[] f = line.split(FIELD_SEPARATOR, -1);
            entries.add(new Entry(f[0], LocalDate.parse(f[1]), Integer.parseInt(f[2]),
                    f[3].isEmpty() ? null : Integer.valueOf(f[3]), f[4].isEmpty() ? null : f[4],
                    f[5].isEmpty() ? null : new BigDecimal(f[5]), f.length > 6 ? DatePrecision.ofWire(f[6]) : null,
                    f.length > 7 && !f[7].isEmpty() ? f[7] : null));
        }
        return entries;
    }
}
