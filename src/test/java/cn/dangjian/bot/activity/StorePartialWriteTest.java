package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.DataType;

import cn.dangjian.bot.activity.ActivityStore.Undo;

/**
 * Redis does not roll a script back, so a script that fails halfway keeps what it wrote. These send the store, and
 * its scripts directly, what would once have failed halfway (an amount that overflows a counter, a value HINCRBY
 * refuses, a record the other scripts could not read) and check that nothing at all was written: every key as it
 * was, and the counters still what a recount of the records gives.
 */
class StorePartialWriteTest extends StoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final String TALLY = "dj:{demo}:tally:2026";

    @BeforeEach
    void aBranchWithRecords() {
        store.log("demo", List.of(dues(LocalDate.of(2026, 3, 1), "3200.50"),
                new Entry("branch_committee_meeting", LocalDate.of(2026, 3, 15), 1, 7, "学习", null)),
                "secretary01", "李书记", "m1");
        store.log("demo", List.of(dues(LocalDate.of(2026, 3, 2), "100")), "member01", "王芳", "m2");
    }

    static Entry dues(LocalDate date, String amount) {
        return new Entry("dues_collection", date, 1, null, null, new BigDecimal(amount));
    }

    @Test
    void whatNoBranchRecordsIsRefusedInJavaWithNothingWritten() {
        Map<String, Object> before = books();
        List<List<Entry>> refused = List.of(
                List.of(dues(TODAY, "50000000000000000")),
                List.of(dues(TODAY, "1000000.01")),
                List.of(new Entry("heart_to_heart_talk", TODAY, Entry.MAX_COUNT + 1, null, null, null)),
                List.of(new Entry("branch_member_meeting", TODAY, 1, Entry.MAX_PARTICIPANTS + 1, null, null)),
                List.of(new Entry("party_lecture", TODAY, 1, null, "长".repeat(Entry.MAX_TOPIC + 1), null)),
                List.of(new Entry("party_lecture", LocalDate.of(1969, 12, 31), 1, null, null, null)),
                // a good entry beside a bad one: the message is refused whole
                List.of(new Entry("party_lecture", TODAY, 1, null, null, null), dues(TODAY, "50000000000000000")));
        for (List<Entry> entries : refused) {
            assertThatThrownBy(() -> store.log("demo", entries, "member01", "王芳", "m-refused"))
                    .as("%s", entries).isInstanceOf(IllegalArgumentException.class);
            assertThat(books()).as("after %s", entries).isEqualTo(before);
            assertThat(store.rebuild("demo", 2026)).isEqualTo(store.tally("demo", 2026));
        }
        assertThat(store.log("demo", List.of(dues(TODAY, "1000000")), "member01", "王芳", "m-max"))
                .as("the bound itself is a record").hasSize(1);
    }

    @Test
    void theLogScriptChecksEveryRecordBeforeItsFirstWrite() {
        String good = wire(new Entry("party_lecture", TODAY, 1, null, "好", null));
        Map<String, Object> before = books();
        List<String[]> refused = List.of(
                withField(good, "amountFen", "5000000000000000000"),
                withField(good, "amountFen", "100000001"),
                withField(good, "count", "0"),
                withField(good, "count", "1e3"),
                withField(good, "participants", "-1"),
                // numbers HINCRBY refuses though they look like digits: it would fail after the record was written
                withField(good, "count", "01"),
                withField(good, "participants", "00"),
                withField(good, "topic", "长".repeat(Entry.MAX_TOPIC * 2)),
                withField(good, "date", "2026-3-20"),
                withField(good, "activity", "x:y"),
                withField(good, "id", "7"),
                new String[] {good + RecordWire.SEPARATOR, "20532"},
                new String[] {good, "-1"});
        for (String[] bad : refused) {
            // the good record first: were the checks interleaved with the writes, it would be stored
            assertThatThrownBy(() -> runLog(good, "20532", bad[0], bad[1]))
                    .as(bad[0]).isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");
            assertThat(books()).as(bad[0]).isEqualTo(before);
        }
        assertThat(runLog(good, "20532")).as("the good record alone is stored").element(0).isEqualTo("new");
    }

    static final String QUESTION = "dj:{demo}:question:member02";

    @Test
    void aLogClosesTheSendersQuestionInTheSameStepAsItsRecords() {
        redis.opsForValue().set(QUESTION, "a question the bot asked");

        store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3", QUESTION);

        assertThat(redis.hasKey(QUESTION)).isFalse();
        assertThat(store.year("demo", 2026)).hasSize(4);
        redis.opsForValue().set(QUESTION, "asked again");
        store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3", QUESTION);
        assertThat(redis.hasKey(QUESTION)).as("a redelivery closes it too").isFalse();
        assertThat(store.year("demo", 2026)).as("and stores nothing twice").hasSize(4);
        assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "1")), "member02", "张三", "m4",
                "dj:{other}:pending:member02")).as("another branch's key (another slot on a cluster)")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLogTheScriptRefusesLeavesTheQuestionOpenWithEverythingElse() {
        redis.opsForValue().set(QUESTION, "a question the bot asked");
        redis.opsForHash().put(TALLY, "dues_collection:3:f", "9223372036854775000");
        Map<String, Object> before = books();

        assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3", QUESTION))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("overflow");

        assertThat(books()).as("nothing written, the question included").isEqualTo(before);
    }

    @Test
    void aLogDatedInAClosedYearStoresNothingAndClosesTheQuestion() {
        redis.opsForSet().add("dj:{demo}:closed", "2025");
        redis.opsForValue().set(QUESTION, "a question the bot asked");
        Map<String, Object> before = books();

        // the record of 2026 first: were the check interleaved with the writes, it would be stored
        assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100"), dues(LocalDate.of(2025, 12, 30), "5")),
                "member02", "张三", "m3", QUESTION))
                .isInstanceOfSatisfying(ActivityStore.ClosedYearException.class, e -> assertThat(e.year()).isEqualTo(2025));

        before.remove(QUESTION);
        assertThat(books()).as("no record, counter, audit entry or memo; only the question closed").isEqualTo(before);
        assertThat(store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3")).as("the year open")
                .hasSize(1);
    }

    @Test
    void aCounterThatCouldNotTakeTheAmountRefusesTheLogWithNothingWritten() {
        // as an oversized record stored before the bounds left it: near the top of a 64-bit integer
        redis.opsForHash().put(TALLY, "dues_collection:3:f", "9223372036854775000");
        Map<String, Object> before = books();

        assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("overflow");
        assertThat(books()).isEqualTo(before);

        redis.opsForHash().put(TALLY, "dues_collection:3:f", "not a number");
        Map<String, Object> corrupt = books();
        assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m4"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");
        assertThat(books()).isEqualTo(corrupt);
    }

    @Test
    void aKeyOfAnotherKindRefusesTheLogWithNothingWritten() {
        // each key the log writes or reads, holding what a write or read of it would fail on
        Map<String, Runnable> spoilt = new java.util.LinkedHashMap<>();
        spoilt.put("dj:{demo}:audit", () -> redis.opsForValue().set("dj:{demo}:audit", "not a stream"));
        spoilt.put("dj:{demo}:dates:2026", () -> redis.opsForHash().put("dj:{demo}:dates:2026", "1", "x"));
        spoilt.put(TALLY, () -> redis.opsForValue().set(TALLY, "not a hash"));
        spoilt.put("dj:{demo}:seq", () -> redis.opsForHash().put("dj:{demo}:seq", "last", "4"));
        spoilt.put("dj:{demo}:msg:m3", () -> redis.opsForSet().add("dj:{demo}:msg:m3", "log:1"));
        for (Map.Entry<String, Runnable> key : spoilt.entrySet()) {
            String aside = key.getKey() + ":aside";
            if (Boolean.TRUE.equals(redis.hasKey(key.getKey()))) {
                redis.rename(key.getKey(), aside);
            }
            key.getValue().run();
            redis.opsForValue().set(QUESTION, "a question the bot asked");
            Map<String, Object> before = books();

            assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3", QUESTION))
                    .as(key.getKey()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");

            assertThat(books()).as("%s: nothing written, the question included", key.getKey()).isEqualTo(before);
            redis.delete(key.getKey());
            if (Boolean.TRUE.equals(redis.hasKey(aside))) {
                redis.rename(aside, key.getKey());
            }
        }
        assertThat(store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3", QUESTION))
                .as("every key restored").extracting(ActivityRecord::id).containsExactly(4L);
    }

    @Test
    void aSequenceBehindTheRecordsOrNotAsRedisCountsRefusesTheLogWithNothingWritten() {
        // behind: the next id is a record's that exists, which the log must not overwrite; "04": digits INCRBY refuses
        for (String sequence : List.of("1", "04", "4 ")) {
            redis.opsForValue().set("dj:{demo}:seq", sequence);
            Map<String, Object> before = books();

            assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3"))
                    .as(sequence).isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");

            assertThat(books()).as(sequence).isEqualTo(before);
        }
    }

    @Test
    void aCounterHincrbyWouldNotReadRefusesTheLogWithNothingWritten() {
        for (String counter : List.of("0100", "-0", "+5", " 5")) {
            redis.opsForHash().put(TALLY, "dues_collection:3:f", counter);
            Map<String, Object> before = books();

            assertThatThrownBy(() -> store.log("demo", List.of(dues(TODAY, "100")), "member02", "张三", "m3"))
                    .as(counter).isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");

            assertThat(books()).as(counter).isEqualTo(before);
        }
    }

    @Test
    void anOversizedRecordFromBeforeTheBoundsIsUndoneWhole() {
        ActivityRecord record = store.log("demo", List.of(dues(TODAY, "1")), "member01", "王芳", "m3").get(0);
        // what 收缴党费50000000000000000元 stored before the bounds, its counter raised to match
        redis.opsForHash().put("dj:{demo}:rec:" + record.id(), "amountFen", "5000000000000000000");
        redis.opsForHash().increment(TALLY, "dues_collection:3:f", 5000000000000000000L - 100);
        long audit = redis.opsForStream().size("dj:{demo}:audit");

        Undo undo = store.undoLast("demo", "member01", "u1");

        assertThat(undo).isInstanceOf(Undo.Done.class);
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::id).doesNotContain(record.id());
        assertThat(redis.opsForStream().size("dj:{demo}:audit")).as("the undo is audited").isEqualTo(audit + 1);
        assertThat(store.tally("demo", 2026).amount("dues_collection")).isEqualByComparingTo("3300.50");
        assertThat(store.rebuild("demo", 2026)).isEqualTo(store.tally("demo", 2026));
    }

    @Test
    void anUndoThatCouldNotTakeTheNumbersOffChangesNothing() {
        redis.opsForHash().put(TALLY, "dues_collection:3:f", "not a number");
        Map<String, Object> before = books();

        assertThatThrownBy(() -> store.undoLast("demo", "member01", "u1"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");

        assertThat(books()).as("the record is still live, indexed and counted; no audit entry").isEqualTo(before);
    }

    @Test
    void aRecountThatCannotBeExactLeavesTheCountersAsTheyWere() {
        redis.opsForHash().put("dj:{demo}:rec:1", "amountFen", "3200.50");
        Map<String, Object> before = books();

        assertThatThrownBy(() -> store.rebuild("demo", 2026))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("cannot recount");

        assertThat(books()).isEqualTo(before);
    }

    private List<?> runLog(String... recordsAndDays) {
        List<String> args = new ArrayList<>(List.of("dj:{demo}:", "86400", "600", "0"));
        args.addAll(List.of(recordsAndDays));
        return redis.execute(ActivityStore.LOG, List.of("dj:{demo}:seq", "dj:{demo}:said:test", "dj:{demo}:closed"),
                args.toArray());
    }

    private static String wire(Entry e) {
        return RecordWire.encode(new ActivityRecord(0, "demo", e.activity(), e.date(), e.count(), e.participants(),
                e.topic(), e.amount(), "member01", "王芳", NOW, "m-wire"));
    }

    private static String[] withField(String wire, String field, String value) {
        String[] fields = wire.split(RecordWire.SEPARATOR, -1);
        fields[RecordWire.FIELDS.indexOf(field)] = value;
        return new String[] {String.join(RecordWire.SEPARATOR, fields), "20532"};
    }

    /** Every key of the store with its kind and whole content (streams by length and last entry). */
    private Map<String, Object> books() {
        Map<String, Object> books = new TreeMap<>();
        for (String key : redis.keys("dj:*")) {
            DataType type = redis.type(key);
            books.put(key, switch (type) {
                case STRING -> redis.opsForValue().get(key);
                case HASH -> new TreeMap<>(redis.opsForHash().entries(key));
                case ZSET -> redis.opsForZSet().rangeWithScores(key, 0, -1);
                case STREAM -> List.of(redis.opsForStream().size(key),
                        redis.opsForStream().reverseRange(key, org.springframework.data.domain.Range.unbounded(),
                                org.springframework.data.redis.connection.Limit.limit().count(1)).toString());
                default -> type;
            });
        }
        return books;
    }
}
