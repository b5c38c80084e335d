package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The Redis store of activity records (keys {@code dj:{branchId}:…}, see {@link BranchKeys}). Each mutating call is
 * one Lua script, so a record is written, indexed, counted and audited in one atomic step and one round trip, and is
 * idempotent per {@code msgId}: a redelivered message returns what the first delivery did and changes nothing.
 */
@Component
public class ActivityStore {

    /** DingTalk redelivers within minutes; a day is ample and keeps the key space small. */
    static final Duration REMEMBER_DELIVERY = Duration.ofDays(1);

    /** The record hash's fields in the order the scripts and {@link #toRecord} use. */
    private static final byte[][] FIELDS = Arrays.stream(new String[] {"id", "activity", "date", "count",
            "participants", "topic", "amountFen", "senderId", "senderNick", "createdAt", "msgId"})
            .map(f -> f.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    /** Activity keys go into counter fields separated by ':'; the catalogue's keys never contain one. */
    private static final Pattern ACTIVITY_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    /** Ids take nine digits of the date index's score (epochDay followed by the id): a branch never logs 10^9. */
    private static final long MAX_ID = 999_999_999L;

    /** Outcome of an undo. */
    public sealed interface Undo {
        record Done(ActivityRecord record) implements Undo {
        }

        record NotFound(long id) implements Undo {
        }

        /** The record exists but belongs to someone else and the sender may not undo others' records. */
        record NotYours(ActivityRecord record) implements Undo {
        }

        record NothingToUndo() implements Undo {
        }
    }

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LOG = script("log.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> UNDO = script("undo.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> REBUILD = script("rebuild.lua");

    private final StringRedisTemplate redis;
    private final Clock clock;

    public ActivityStore(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Stores the entries in one atomic step (records, indexes, counters, audit). Returns them with their ids. */
    public List<ActivityRecord> log(String branchId, List<Entry> entries, String senderId, String senderNick,
            String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        requireSender(senderId);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to log");
        }
        Instant createdAt = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ActivityRecord> stored = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(keys.prefix(), senderId, orEmpty(senderNick),
                createdAt.toString(), orEmpty(msgId), Long.toString(REMEMBER_DELIVERY.toSeconds()),
                Integer.toString(entries.size())));
        for (Entry entry : entries) {
            ActivityRecord record = validated(branchId, entry, today, senderId, senderNick, createdAt, msgId);
            stored.add(record);
            args.addAll(List.of(record.activity(), record.date().toString(),
                    Long.toString(record.date().toEpochDay()), Integer.toString(record.date().getYear()),
                    Integer.toString(record.date().getMonthValue()), Integer.toString(record.count()),
                    text(record.participants()), orEmpty(record.topic()), fenText(record.amount())));
        }
        List<?> reply = redis.execute(LOG, deliveryKeys(keys, keys.sequence(), msgId), args.toArray());
        String result = String.valueOf(reply.get(1));
        if (!result.startsWith("log:")) {
            throw new IllegalStateException("msgId " + msgId + " was already used by another command: " + result);
        }
        long[] ids = Arrays.stream(result.substring(4).split(",")).mapToLong(Long::parseLong).toArray();
        if ("again".equals(reply.get(0))) {
            return read(keys, Arrays.stream(ids).boxed().toList());
        }
        List<ActivityRecord> withIds = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            ActivityRecord r = stored.get(i);
            withIds.add(new ActivityRecord(ids[i], r.branchId(), r.activity(), r.date(), r.count(), r.participants(),
                    r.topic(), r.amount(), r.senderId(), r.senderNick(), r.createdAt(), r.msgId()));
        }
        return List.copyOf(withIds);
    }

    /** Soft-deletes the sender's most recent live record. */
    public Undo undoLast(String branchId, String senderId, String msgId) {
        return undo(new BranchKeys(branchId), "last", 0, senderId, false, msgId);
    }

    /** Soft-deletes record {@code id}; {@code anyone} lets a secretary undo others' records. */
    public Undo undo(String branchId, long id, String senderId, boolean anyone, String msgId) {
        return undo(new BranchKeys(branchId), "id", id, senderId, anyone, msgId);
    }

    private Undo undo(BranchKeys keys, String mode, long id, String senderId, boolean anyone, String msgId) {
        requireSender(senderId);
        List<?> reply = redis.execute(UNDO, deliveryKeys(keys, keys.recent(), msgId), keys.prefix(), mode,
                Long.toString(id), senderId, anyone ? "1" : "0", clock.instant().toString(), orEmpty(msgId),
                Long.toString(REMEMBER_DELIVERY.toSeconds()));
        String[] outcome = String.valueOf(reply.get(1)).split(":");
        if (!"undo".equals(outcome[0])) {
            throw new IllegalStateException("msgId " + msgId + " was already used by another command");
        }
        ActivityRecord record = reply.size() > 2 ? toRecord(keys.branchId(), reply.subList(2, reply.size())) : null;
        return switch (outcome[1]) {
            case "done" -> new Undo.Done(record);
            case "notyours" -> new Undo.NotYours(record);
            case "notfound" -> new Undo.NotFound(Long.parseLong(outcome[2]));
            case "nothing" -> new Undo.NothingToUndo();
            default -> throw new IllegalStateException("unexpected undo outcome " + reply.get(1));
        };
    }

    /** The latest live records by time of logging, newest first. */
    public List<ActivityRecord> recent(String branchId, int limit) {
        BranchKeys keys = new BranchKeys(branchId);
        if (limit <= 0) {
            return List.of();
        }
        List<String> ids = redis.opsForList().range(keys.recent(), 0, limit - 1);
        return read(keys, ids == null ? List.of() : ids.stream().map(Long::parseLong).toList());
    }

    /** Live records whose date is in [from, to], oldest first (by date, then id). */
    public List<ActivityRecord> between(String branchId, LocalDate from, LocalDate to) {
        BranchKeys keys = new BranchKeys(branchId);
        if (from.isAfter(to)) {
            return List.of();
        }
        // one pipeline for the index of every year in range, one for the records: two round trips in all
        List<Object> perYear = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
                LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
                connection.zSetCommands().zRangeByScore(bytes(keys.dates(year)), first.toEpochDay() * (MAX_ID + 1),
                        last.toEpochDay() * (MAX_ID + 1) + MAX_ID);
            }
            return null;
        });
        List<Long> ids = new ArrayList<>();
        for (Object members : perYear) {
            ((Collection<?>) members).forEach(m -> ids.add(Long.parseLong(m.toString())));
        }
        return read(keys, ids);
    }

    public List<ActivityRecord> year(String branchId, int year) {
        return between(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year's counters as Redis holds them. */
    public Tally tally(String branchId, int year) {
        BranchKeys keys = new BranchKeys(branchId);
        Map<Object, Object> counters = redis.opsForHash().entries(keys.tally(year));
        Tally tally = new Tally(year);
        counters.forEach((field, value) -> addCounter(tally, field.toString(), value.toString()));
        return tally;
    }

    /** Recomputes the year's counters from the live records, replaces the stored ones and returns them. */
    public Tally rebuild(String branchId, int year) {
        BranchKeys keys = new BranchKeys(branchId);
        List<?> flat = redis.execute(REBUILD, List.of(keys.dates(year), keys.tally(year)), keys.prefix());
        Tally tally = new Tally(year);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            addCounter(tally, flat.get(i).toString(), flat.get(i + 1).toString());
        }
        return tally;
    }

    /** Reads records by id in one pipeline, in the order given; ids without a record are skipped. */
    private List<ActivityRecord> read(BranchKeys keys, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (long id : ids) {
                connection.hashCommands().hMGet(bytes(keys.record(id)), FIELDS);
            }
            return null;
        });
        List<ActivityRecord> records = new ArrayList<>(hashes.size());
        for (Object values : hashes) {
            List<?> fields = (List<?>) values;
            if (fields.get(1) != null) {
                records.add(toRecord(keys.branchId(), fields));
            }
        }
        return List.copyOf(records);
    }

    private static ActivityRecord toRecord(String branchId, List<?> fields) {
        String fen = value(fields, 6);
        String participants = value(fields, 4);
        return new ActivityRecord(Long.parseLong(value(fields, 0)), branchId, value(fields, 1),
                LocalDate.parse(value(fields, 2)), Integer.parseInt(value(fields, 3)),
                participants == null ? null : Integer.valueOf(participants), value(fields, 5),
                fen == null ? null : BigDecimal.valueOf(Long.parseLong(fen), 2), value(fields, 7), value(fields, 8),
                Instant.parse(value(fields, 9)), value(fields, 10));
    }

    private static String value(List<?> fields, int index) {
        Object value = fields.get(index);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    private static void addCounter(Tally tally, String field, String value) {
        int kindAt = field.lastIndexOf(':');
        int monthAt = field.lastIndexOf(':', kindAt - 1);
        String activity = field.substring(0, monthAt);
        int month = Integer.parseInt(field.substring(monthAt + 1, kindAt));
        long amount = Long.parseLong(value);
        switch (field.substring(kindAt + 1)) {
            case "c" -> tally.add(activity, month, amount, 0, 0);
            case "p" -> tally.add(activity, month, 0, amount, 0);
            case "f" -> tally.add(activity, month, 0, 0, amount);
            default -> throw new IllegalStateException("unknown counter field " + field);
        }
    }

    /**
     * The record as it will be stored: date defaults to today, an empty topic is none, the amount is held in fen
     * (so the record and the counters agree to the fen).
     */
    private static ActivityRecord validated(String branchId, Entry entry, LocalDate today, String senderId,
            String senderNick, Instant createdAt, String msgId) {
        if (entry.activity() == null || !ACTIVITY_KEY.matcher(entry.activity()).matches()) {
            throw new IllegalArgumentException("invalid activity key '" + entry.activity() + "'");
        }
        if (entry.count() < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + entry.count());
        }
        if (entry.participants() != null && entry.participants() < 0) {
            throw new IllegalArgumentException("participants must not be negative");
        }
        BigDecimal amount = null;
        if (entry.amount() != null) {
            if (entry.amount().signum() < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
            amount = BigDecimal.valueOf(fen(entry.amount()), 2);
        }
        String topic = entry.topic() == null || entry.topic().isBlank() ? null : entry.topic();
        LocalDate date = entry.date() == null ? today : entry.date();
        return new ActivityRecord(0, branchId, entry.activity(), date, entry.count(), entry.participants(), topic,
                amount, senderId, blankToNull(senderNick), createdAt, blankToNull(msgId));
    }

    private static long fen(BigDecimal amount) {
        try {
            return amount.movePointRight(2).longValueExact();
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount + " is not a whole number of fen", e);
        }
    }

    private static String fenText(BigDecimal amount) {
        return amount == null ? "" : Long.toString(fen(amount));
    }

    private static List<String> deliveryKeys(BranchKeys keys, String first, String msgId) {
        return msgId == null || msgId.isBlank() ? List.of(first) : List.of(first, keys.delivery(msgId));
    }

    private static void requireSender(String senderId) {
        if (senderId == null || senderId.isBlank()) {
            throw new IllegalArgumentException("a sender is required");
        }
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("rawtypes")
    private static RedisScript<List> script(String name) {
        return RedisScript.of(new ClassPathResource(name, ActivityStore.class), List.class);
    }
}
