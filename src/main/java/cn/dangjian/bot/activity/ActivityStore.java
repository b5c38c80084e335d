package cn.dangjian.bot.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.metrics.BotMetrics;
import cn.dangjian.bot.redis.BranchKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The Redis store of activity records (keys {@code dj:{branchId}:…}, see {@link BranchKeys}). Each mutating call is
 * one Lua script, so a record is written, indexed, counted and audited in one atomic step and one round trip, and is
 * idempotent per {@code msgId}: a redelivered message returns what the first delivery did and changes nothing. Reads
 * are scripts too (a year comes in slices of {@value #SLICE} records), on the shared connection.
 */
@Component
public class ActivityStore {

    /** DingTalk redelivers within minutes; a day is ample and keeps the key space small. */
    static final Duration REMEMBER_DELIVERY = Duration.ofDays(1);

    /**
     * How long a member's message is remembered by its content: a member told that the bot may not have stored it
     * (Redis stalled past the command timeout, the script ran later) resends within minutes, and the resend must not
     * store it twice.
     */
    static final Duration REMEMBER_CONTENT = Duration.ofMinutes(10);

    /** Records in one message: a message names each activity of the catalogue once at most. */
    static final int MAX_ENTRIES = 100;

    /** Characters of a nickname kept with a record: a name, cut rather than refused (the member did not type it). */
    static final int MAX_NICK = 32;

    /** Characters of a sender id or msgId: DingTalk's are some dozens; they name Redis keys. */
    static final int MAX_ID_LENGTH = 128;

    /**
     * Records per script call when reading a range: a few milliseconds of Redis each, so that a year of thousands
     * never holds other clients up for long, in few round trips.
     */
    private static final int SLICE = 1000;

    /**
     * How many of the newest ids 记录 and 撤销 look back through for live records (see latest.lua): years of an
     * ordinary branch's logging, and a bound on the work of one call however large the branch grows.
     */
    static final int REACH = 1000;

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

    /** Outcome of a change to a stored record: an edit, or evidence attached or detached. */
    public sealed interface Change {
        /** Changed: the record as it was and as it is now (for a redelivery, {@code before} as the first time). */
        record Done(ActivityRecord before, ActivityRecord after) implements Change {
        }

        /** Nothing to change: the record already says so. */
        record Unchanged(ActivityRecord record) implements Change {
        }

        /** No such record, or it was undone. */
        record NotFound(long id) implements Change {
        }

        /** Another member's record, and the sender may change only their own. */
        record NotYours(ActivityRecord record) implements Change {
        }

        /** The record's year (or, for an edit, the year it would move to) is closed. */
        record ClosedYear(ActivityRecord record, int year) implements Change {
        }

        /** The record already holds {@link #MAX_EVIDENCE} pieces of evidence. */
        record EvidenceFull(ActivityRecord record) implements Change {
        }
    }

    /** Pieces of evidence one record may hold: a meeting's photos, sign-in sheet and minutes, not an album. */
    public static final int MAX_EVIDENCE = 30;

    /** What an evidence id may be: it is stored in a comma-separated list. */
    public static final java.util.regex.Pattern EVIDENCE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Package-private for the tests that send it what the Java side never would. */
    @SuppressWarnings("rawtypes")
    static final RedisScript<List> LOG = script("log.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> UNDO = script("undo.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> REBUILD = script("rebuild.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RANGE = script("range.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RECORDS = script("records.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LATEST = script("latest.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> EVIDENCE = script("evidence.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> EDIT = script("edit.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> BEGAN = script("began.lua");

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final BotMetrics metrics;

    @Autowired
    public ActivityStore(StringRedisTemplate redis, Clock clock, BotMetrics metrics) {
        this.redis = redis;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A store that counts into a registry of its own, for tests and benchmarks that build one by hand. */
    public ActivityStore(StringRedisTemplate redis, Clock clock) {
        this(redis, clock, new BotMetrics(new SimpleMeterRegistry()));
    }

    /** A log of records dated in a year the branch has closed: nothing was stored. */
    public static final class ClosedYearException extends RuntimeException {
        private final int year;

        ClosedYearException(int year) {
            super("the year " + year + " is closed");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** As {@link #log(String, List, String, String, String, String)}, closing no question. */
    public List<ActivityRecord> log(String branchId, List<Entry> entries, String senderId, String senderNick,
            String msgId) {
        return log(branchId, entries, senderId, senderNick, msgId, null);
    }

    /**
     * Stores the entries in one atomic step (records, indexes, counters, audit). Returns them with their ids. A null
     * date is today (in the clock's zone); amounts are kept to the fen.
     *
     * The same content from the same sender within {@link #REMEMBER_CONTENT} (another msgId) is not stored again:
     * the records of the first message are returned, with that message's msgId. {@code closing}, a key of the branch
     * (the sender's open question, which this message closes) or null, is deleted in the same step whatever the
     * outcome, so that a stored message costs Redis one round trip for the branch.
     *
     * @throws ClosedYearException      when an entry is dated in a year the branch has closed (checked in the same
     *                                  step: a year closed a moment before is never written to)
     * @throws IllegalArgumentException for what no record may hold (no entries, a count, participants, amount or
     *                                  topic past the bounds of {@link Entry}, an amount finer than a fen, a branch
     *                                  id that is not one) — before anything is written
     */
    public List<ActivityRecord> log(String branchId, List<Entry> entries, String senderId, String senderNick,
            String msgId, String closing) {
        BranchKeys keys = new BranchKeys(branchId);
        requireId("sender", senderId);
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(entries.size() + " entries in one message");
        }
        if (closing != null && !closing.startsWith(keys.prefix())) {
            // another slot on a cluster, and not the branch's to delete
            throw new IllegalArgumentException("not a key of branch " + branchId + ": " + closing);
        }
        String nick = cut(blankToNull(oneLine(senderNick)), MAX_NICK);
        Instant createdAt = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ActivityRecord> stored = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(keys.prefix(), Long.toString(REMEMBER_DELIVERY.toSeconds()),
                Long.toString(REMEMBER_CONTENT.toSeconds()), closing == null ? "0" : "1"));
        MessageDigest content = sha256();
        content.update(senderId.getBytes(StandardCharsets.UTF_8));
        for (Entry entry : entries) {
            ActivityRecord record = validated(branchId, entry, today, senderId, nick, createdAt, msgId);
            stored.add(record);
            args.add(RecordWire.encode(record));
            args.add(Long.toString(record.date().toEpochDay()));
            content.update((RecordWire.SEPARATOR + RecordWire.content(record)).getBytes(StandardCharsets.UTF_8));
        }
        List<String> scriptKeys = new ArrayList<>(List.of(keys.sequence(),
                keys.said(HexFormat.of().formatHex(content.digest(), 0, 16)), keys.closedYears()));
        scriptKeys.addAll(deliveryKey(keys, msgId));
        if (closing != null) {
            scriptKeys.add(closing);
        }
        List<?> reply = redis.execute(LOG, scriptKeys, args.toArray());
        if ("closed".equals(reply.get(0))) {
            throw new ClosedYearException(Integer.parseInt(String.valueOf(reply.get(1))));
        }
        String result = String.valueOf(reply.get(1));
        if (!result.startsWith("log:")) {
            throw new IllegalStateException("msgId " + msgId + " was already used by another command: " + result);
        }
        long[] ids = Arrays.stream(result.substring(4).split(",")).mapToLong(Long::parseLong).toArray();
        if ("again".equals(reply.get(0))) {
            return read(keys, Arrays.stream(ids).boxed().toList());
        }
        metrics.recordsStored(ids.length);
        List<ActivityRecord> withIds = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            ActivityRecord r = stored.get(i);
            withIds.add(r.withId(ids[i], r.eventId() != null ? r.eventId() : "rec:" + ids[0]));
        }
        return List.copyOf(withIds);
    }

    /** Soft-deletes the sender's most recent live record among the branch's last {@value #REACH} ids. */
    public Undo undoLast(String branchId, String senderId, String msgId) {
        return undo(new BranchKeys(branchId), "last", 0, senderId, false, msgId);
    }

    /** Soft-deletes record {@code id}; {@code anyone} lets a secretary undo others' records. */
    public Undo undo(String branchId, long id, String senderId, boolean anyone, String msgId) {
        return undo(new BranchKeys(branchId), "id", id, senderId, anyone, msgId);
    }

    private Undo undo(BranchKeys keys, String mode, long id, String senderId, boolean anyone, String msgId) {
        requireId("sender", senderId);
        List<String> scriptKeys = new ArrayList<>(List.of(keys.sequence()));
        scriptKeys.addAll(deliveryKey(keys, msgId));
        List<?> reply = redis.execute(UNDO, scriptKeys, keys.prefix(), mode,
                Long.toString(id), senderId, anyone ? "1" : "0", clock.instant().toString(), msgId == null ? "" : msgId,
                Long.toString(REMEMBER_DELIVERY.toSeconds()), Integer.toString(REACH));
        String[] outcome = String.valueOf(reply.get(1)).split(":");
        if (!"undo".equals(outcome[0])) {
            throw new IllegalStateException("msgId " + msgId + " was already used by another command");
        }
        ActivityRecord record = reply.size() > 2 ? RecordWire.decode(keys.branchId(), reply.get(2)) : null;
        return switch (outcome[1]) {
            case "done" -> new Undo.Done(record);
            case "notyours" -> new Undo.NotYours(record);
            case "notfound" -> new Undo.NotFound(Long.parseLong(outcome[2]));
            case "nothing" -> new Undo.NothingToUndo();
            default -> throw new IllegalStateException("unexpected undo outcome " + reply.get(1));
        };
    }

    /**
     * Changes the facts of record {@code id} in one atomic step: the record keeps its id and goes up one version; its
     * date index, the counters of the months it leaves and joins, and an {@code edit} audit entry (the changed fields
     * before and after) change with it. The sender may edit their own records, {@code anyone} (a secretary) any of
     * the branch. A record of a closed year, or one the edit would move into a closed year, is not edited
     * ({@link Change.ClosedYear}); an undone one is {@link Change.NotFound}. Idempotent per msgId: the same message
     * again gets the first outcome and changes nothing. An undo after an edit undoes the record as it now stands.
     *
     * @throws IllegalArgumentException for an empty edit or an invalid sender or msgId, before anything is written
     */
    public Change edit(String branchId, long id, Edit edit, String senderId, boolean anyone, String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        requireId("sender", senderId);
        if (edit.isEmpty()) {
            throw new IllegalArgumentException("an edit that changes nothing");
        }
        List<String> scriptKeys = new ArrayList<>(List.of(keys.sequence(), keys.closedYears()));
        scriptKeys.addAll(deliveryKey(keys, msgId));
        LocalDate date = edit.newDate();
        List<String> args = new ArrayList<>(List.of(keys.prefix(), Long.toString(id), senderId, anyone ? "1" : "0",
                clock.instant().toString(), msgId == null ? "" : msgId, Long.toString(REMEMBER_DELIVERY.toSeconds()),
                date == null ? "" : Long.toString(date.toEpochDay())));
        edit.fields().forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return change(keys, "edit", redis.execute(EDIT, scriptKeys, args.toArray()));
    }

    /**
     * Attaches evidence {@code evidenceId} to record {@code id} (once: attaching it again changes nothing), with an
     * {@code attach} audit entry; {@code anyone} lets a secretary attach to others' records. A closed year's record
     * is not changed. Idempotent per msgId.
     */
    public Change attachEvidence(String branchId, long id, String evidenceId, String senderId, boolean anyone,
            String msgId) {
        return evidence(branchId, id, "attach", evidenceId, senderId, anyone, msgId);
    }

    /** Detaches evidence {@code evidenceId} from record {@code id}, as {@link #attachEvidence} attaches it. */
    public Change detachEvidence(String branchId, long id, String evidenceId, String senderId, boolean anyone,
            String msgId) {
        return evidence(branchId, id, "detach", evidenceId, senderId, anyone, msgId);
    }

    private Change evidence(String branchId, long id, String mode, String evidenceId, String senderId, boolean anyone,
            String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        requireId("sender", senderId);
        if (evidenceId == null || !EVIDENCE_ID.matcher(evidenceId).matches()) {
            throw new IllegalArgumentException("invalid evidence id '" + evidenceId + "'");
        }
        List<String> scriptKeys = new ArrayList<>(List.of(keys.sequence(), keys.closedYears()));
        scriptKeys.addAll(deliveryKey(keys, msgId));
        List<?> reply = redis.execute(EVIDENCE, scriptKeys, keys.prefix(), Long.toString(id), mode, evidenceId,
                senderId, anyone ? "1" : "0", clock.instant().toString(), msgId == null ? "" : msgId,
                Long.toString(REMEMBER_DELIVERY.toSeconds()), Integer.toString(MAX_EVIDENCE));
        return change(keys, "evidence", reply);
    }

    /** A change script's reply: {status, outcome (kind:outcome:id[:year]), the record before, the record now}. */
    private static Change change(BranchKeys keys, String kind, List<?> reply) {
        String[] outcome = String.valueOf(reply.get(1)).split(":");
        if (!kind.equals(outcome[0])) {
            throw new IllegalStateException("the msgId was already used by another command: " + reply.get(1));
        }
        ActivityRecord before = wire(keys, reply.get(2));
        ActivityRecord now = wire(keys, reply.get(3));
        return switch (outcome[1]) {
            case "done" -> new Change.Done(before, now);
            case "same" -> new Change.Unchanged(now);
            case "notfound" -> new Change.NotFound(Long.parseLong(outcome[2]));
            case "notyours" -> new Change.NotYours(now);
            case "closed" -> new Change.ClosedYear(now, Integer.parseInt(outcome[3]));
            case "full" -> new Change.EvidenceFull(now);
            default -> throw new IllegalStateException("unexpected outcome " + reply.get(1));
        };
    }

    private static ActivityRecord wire(BranchKeys keys, Object line) {
        return line == null || line.toString().isEmpty() ? null : RecordWire.decode(keys.branchId(), line);
    }

    /** The latest live records by time of logging, newest first, among the last {@value #REACH} ids. */
    public List<ActivityRecord> recent(String branchId, int limit) {
        BranchKeys keys = new BranchKeys(branchId);
        if (limit <= 0) {
            return List.of();
        }
        List<?> lines = redis.execute(LATEST, List.of(keys.sequence()), keys.prefix(), Integer.toString(limit),
                Integer.toString(REACH));
        return lines.stream().map(line -> RecordWire.decode(branchId, line)).toList();
    }

    /** Live records whose date is in [from, to], oldest first (by date, then id). */
    public List<ActivityRecord> between(String branchId, LocalDate from, LocalDate to) {
        BranchKeys keys = new BranchKeys(branchId);
        List<ActivityRecord> records = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
            String min = Long.toString(score(first, 0));
            String max = Long.toString(score(last, MAX_ID));
            List<?> slice;
            do {
                slice = redis.execute(RANGE, List.of(keys.dates(year)), keys.prefix(), min, max,
                        Integer.toString(SLICE));
                for (Object line : slice) {
                    records.add(RecordWire.decode(branchId, line));
                }
                if (slice.size() == SLICE) {
                    // the next slice starts after the last record read, whatever was logged or undone meanwhile
                    ActivityRecord lastRead = records.get(records.size() - 1);
                    min = "(" + score(lastRead.date(), lastRead.id());
                }
            }
            while (slice.size() == SLICE);
        }
        return List.copyOf(records);
    }

    /** The date index's score: the epoch day followed by the id on nine digits (as log.lua builds it). */
    private static long score(LocalDate date, long id) {
        return date.toEpochDay() * (MAX_ID + 1) + id;
    }

    /** Live records of the year, oldest first. */
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

    /**
     * How many times each of {@code activities} was held per month of the year, for many branches (a committee's),
     * in order: the only counters progress needs, as one HMGET per branch sent in a pipeline without waiting for the
     * answers, so that 500 branches cost a few round trips and a few hundred kilobytes, not 500 calls or every field
     * of every counter. Each key is one branch's, so on a Redis Cluster every command goes to its own slot's node.
     */
    public List<Tally> counts(List<String> branchIds, int year, List<String> activities) {
        List<byte[]> fields = new ArrayList<>(activities.size() * 12);
        for (String activity : activities) {
            for (int month = 1; month <= 12; month++) {
                fields.add((activity + ":" + month + ":c").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[][] wanted = fields.toArray(new byte[0][]);
        List<Object> answers = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (String id : branchIds) {
                connection.hashCommands().hMGet(new BranchKeys(id).tally(year).getBytes(StandardCharsets.UTF_8),
                        wanted);
            }
            return null;
        });
        List<Tally> tallies = new ArrayList<>(answers.size());
        for (Object answer : answers) {
            List<?> values = (List<?>) answer;
            Tally tally = new Tally(year);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    tally.add(activities.get(i / 12), i % 12 + 1, Long.parseLong(values.get(i).toString()), 0, 0);
                }
            }
            tallies.add(tally);
        }
        return tallies;
    }

    /**
     * When each of many branches began keeping records, as {@link Beginning#of} reads it from a year's records but
     * without reading them: began.lua answers in a few bytes per branch, its calls sent in one pipeline. A node that
     * has not seen the script yet (a Redis Cluster's other masters) refuses the pipeline; then each branch is asked
     * on its own, which loads it there.
     */
    public List<Beginning> beginnings(List<String> branchIds, int year) {
        if (branchIds.isEmpty()) {
            return List.of();
        }
        List<?> answers;
        try {
            beganArguments(branchIds.get(0), year, (keys, prefix) -> redis.execute(BEGAN, keys, prefix));
            byte[] sha = BEGAN.getSha1().getBytes(StandardCharsets.UTF_8);
            answers = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String id : branchIds) {
                    beganArguments(id, year, (keys, prefix) -> connection.scriptingCommands().evalSha(sha,
                            org.springframework.data.redis.connection.ReturnType.MULTI, 2,
                            keys.get(0).getBytes(StandardCharsets.UTF_8), keys.get(1).getBytes(StandardCharsets.UTF_8),
                            prefix.getBytes(StandardCharsets.UTF_8)));
                }
                return null;
            });
        }
        catch (org.springframework.dao.DataAccessException e) {
            answers = branchIds.stream().map(id -> beganArguments(id, year,
                    (keys, prefix) -> redis.execute(BEGAN, keys, prefix))).toList();
        }
        List<Beginning> beginnings = new ArrayList<>(branchIds.size());
        for (Object answer : answers) {
            List<?> fields = ((List<?>) answer).stream()
                    .map(f -> f instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : f.toString())
                    .toList();
            String created = fields.get(1).toString();
            String score = fields.get(2).toString();
            LocalDate firstDated = score.isEmpty() ? null
                    : LocalDate.ofEpochDay((long) Double.parseDouble(score) / (MAX_ID + 1));
            LocalDate firstLogged = created.isEmpty() ? firstDated
                    : LocalDate.ofInstant(Instant.parse(created), Beginning.CHINA);
            beginnings.add(new Beginning("1".equals(fields.get(0)), firstLogged, firstDated));
        }
        return beginnings;
    }

    private static <T> T beganArguments(String branchId, int year,
            java.util.function.BiFunction<List<String>, String, T> call) {
        BranchKeys keys = new BranchKeys(branchId);
        return call.apply(List.of(keys.dates(year), keys.tally(year - 1)), keys.prefix());
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

    /**
     * Records by id, undone ones too, in the order given; ids without a record are left out. What a closed year's
     * check before an undo and the audit trail read.
     */
    public List<ActivityRecord> byIds(String branchId, List<Long> ids) {
        return read(new BranchKeys(branchId), ids);
    }

    /** The sender's newest live record, the one {@link #undoLast} would undo, if any. */
    public java.util.Optional<ActivityRecord> lastOf(String branchId, String senderId) {
        return lastOf(branchId, senderId, null);
    }

    /** The sender's latest record among the branch's recent ones, of {@code activity} unless it is null. */
    public java.util.Optional<ActivityRecord> lastOf(String branchId, String senderId, String activity) {
        return recent(branchId, REACH).stream()
                .filter(r -> r.senderId().equals(senderId) && (activity == null || activity.equals(r.activity())))
                .findFirst();
    }

    /** Reads records by id in one round trip, in the order given; ids without a record are left out. */
    private List<ActivityRecord> read(BranchKeys keys, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(ids.size() + 1);
        args.add(keys.prefix());
        ids.forEach(id -> args.add(id.toString()));
        List<?> found = redis.execute(RECORDS, List.of(keys.sequence()), args.toArray());
        return found.stream().map(line -> RecordWire.decode(keys.branchId(), line)).toList();
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
     * The record as it will be stored: date defaults to today, a topic is one line and an empty one is none, the
     * amount is held in fen (so the record and the counters agree to the fen).
     */
    private static ActivityRecord validated(String branchId, Entry entry, LocalDate today, String senderId,
            String senderNick, Instant createdAt, String msgId) {
        if (entry.activity() == null || !Activity.KEY.matcher(entry.activity()).matches()) {
            throw new IllegalArgumentException("invalid activity key '" + entry.activity() + "'");
        }
        if (entry.count() < 1 || entry.count() > Entry.MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1 to " + Entry.MAX_COUNT + ", was " + entry.count());
        }
        if (entry.participants() != null
                && (entry.participants() < 0 || entry.participants() > Entry.MAX_PARTICIPANTS)) {
            throw new IllegalArgumentException("participants must be 0 to " + Entry.MAX_PARTICIPANTS + ", was "
                    + entry.participants());
        }
        BigDecimal amount = null;
        if (entry.amount() != null) {
            if (entry.amount().signum() < 0 || entry.amount().compareTo(Entry.MAX_AMOUNT) > 0) {
                throw new IllegalArgumentException("amount must be 0 to " + Entry.MAX_AMOUNT + ", was "
                        + entry.amount());
            }
            amount = BigDecimal.valueOf(RecordWire.fen(entry.amount()), 2);
        }
        String topic = blankToNull(oneLine(entry.topic()));
        if (topic != null && topic.codePointCount(0, topic.length()) > Entry.MAX_TOPIC) {
            throw new IllegalArgumentException("topic longer than " + Entry.MAX_TOPIC + " characters");
        }
        LocalDate date = entry.date() == null ? today : entry.date();
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            // the date index is per four-digit year and scored from the epoch day, as the scripts read it
            throw new IllegalArgumentException("date " + date + " is out of range");
        }
        if (entry.precision() == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month's date is its 1st, was " + date);
        }
        String id = blankToNull(msgId);
        return new ActivityRecord(0, branchId, entry.activity(), date, entry.count(), entry.participants(), topic,
                amount, senderId, senderNick, createdAt, id, id, entry.precision(), words(entry.words()), 1, List.of());
    }

    /**
     * The member's words as typed, line breaks and all, without the control and format characters that could pass
     * for something else (the wire's separator among them), cut at {@link Entry#MAX_WORDS}: they are a record's
     * evidence of what was said, never refused.
     */
    static String words(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE;
            if (c == '\n' || !hidden) {
                kept.appendCodePoint(c);
            }
        });
        return cut(blankToNull(kept.toString().strip()), Entry.MAX_WORDS);
    }

    /** The msgId's key, none without a msgId. */
    private static List<String> deliveryKey(BranchKeys keys, String msgId) {
        if (msgId == null || msgId.isBlank()) {
            return List.of();
        }
        requireId("msgId", msgId);
        return List.of(keys.delivery(msgId));
    }

    /** An id that names keys and travels in records: bounded, printable. */
    private static void requireId(String what, String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || !id.equals(oneLine(id))) {
            throw new IllegalArgumentException("invalid " + what + " '" + id + "'");
        }
    }

    /**
     * Free text as one line of printable characters: line breaks, tabs and other spaces become one space; control
     * and format characters (the wire's separator, bidi overrides, zero-width ones) and unassigned or private ones
     * are taken out.
     */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f' || Character.isSpaceChar(c)) {
                space = line.length() > 0;
                continue;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                        Character.PRIVATE_USE -> {
                    continue;
                }
                default -> {
                }
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.appendCodePoint(c);
        }
        return line.toString();
    }

    /** The first {@code max} characters (code points, so no half of a pair is left). */
    private static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A script as Redis runs it: the header (what Java decides: the record's fields), the shared prelude (how a
     * record is read and written), then the script. The text is read once: a script made from a Resource asks the
     * jar for the file's modification time on every call, which cost more than the call itself under load.
     */
    @SuppressWarnings("rawtypes")
    private static RedisScript<List> script(String name) {
        String header = "local RECORD = " + RecordWire.luaFields() + "\n"
                + "local LIMIT = {count = " + Entry.MAX_COUNT + ", participants = " + Entry.MAX_PARTICIPANTS
                + ", fen = " + RecordWire.fen(Entry.MAX_AMOUNT) + ", topicBytes = " + Entry.MAX_TOPIC * 4
                + ", nickBytes = " + MAX_NICK * 4 + ", idBytes = " + MAX_ID_LENGTH * 4 + ", records = "
                + MAX_ENTRIES + ", wordsBytes = " + Entry.MAX_WORDS * 4 + "}\n";
        return RedisScript.of(header + text("prelude.lua") + text(name), List.class);
    }

    private static String text(String name) {
        try (InputStream in = new ClassPathResource(name, ActivityStore.class).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the store's script " + name + " is missing from the build", e);
        }
    }
}
