package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.RedisCallback;

import cn.dangjian.bot.activity.ActivityStore.Undo;

class ActivityStoreTest extends StoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void aStoredMessageCostsRedisFourteenCommandsInsideItsScript() {
        store.log("demo", List.of(new Entry("party_lecture", TODAY, 1, 30, null, null)), "member01", "王芳", "m1");
        redis.opsForValue().set("dj:{demo}:question:member01", "a question the bot asked");
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().resetConfigStats();
            return null;
        });

        store.log("demo", List.of(new Entry("branch_member_meeting", TODAY, 1, 30, "学习", null)), "member01", "王芳",
                "m2", "dj:{demo}:question:member01");

        Properties stats = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("commandstats"));
        Map<String, Integer> calls = new TreeMap<>();
        stats.forEach((name, value) -> {
            String command = String.valueOf(name).replace("cmdstat_", "");
            if (!Set.of("evalsha", "eval", "info", "config", "config|resetstat").contains(command)) {
                calls.put(command, Integer.parseInt(String.valueOf(value).replaceAll("^calls=(\\d+),.*", "$1")));
            }
        });
        // the memos and the sequence read at once; the records' keys, memos and sequence checked at once; the
        // counters read with their kind; the audit's kind checked by its own XADD, the first write
        assertThat(calls).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("mget", 1), Map.entry("exists", 1),
                Map.entry("type", 1), Map.entry("hmget", 1), Map.entry("sismember", 1), Map.entry("xadd", 1),
                Map.entry("incrby", 1), Map.entry("hset", 1), Map.entry("zadd", 1), Map.entry("hincrby", 2),
                Map.entry("del", 1), Map.entry("set", 2))));
    }

    @Test
    void aBranchsBeginningReadFromTheIndexIsWhatItsRecordsSay() {
        logAt("2026-11-10T12:00:00Z", "late", committee(LocalDate.of(2026, 3, 5), 7, null));
        logAt("2026-11-12T12:00:00Z", "late", committee(LocalDate.of(2026, 11, 12), 7, null));
        logAt("2025-06-01T12:00:00Z", "old", committee(LocalDate.of(2025, 6, 1), 7, null));
        logAt("2026-01-09T12:00:00Z", "old", committee(LocalDate.of(2026, 1, 9), 7, null));
        logAt("2025-06-01T12:00:00Z", "undone", committee(LocalDate.of(2025, 6, 1), 7, null));
        store.undoLast("undone", "secretary01", null);
        logAt("2026-02-01T12:00:00Z", "undone", committee(LocalDate.of(2026, 2, 1), 7, null));
        store.undoLast("undone", "secretary01", null);
        logAt("2026-05-03T12:00:00Z", "undone", committee(LocalDate.of(2026, 5, 3), 7, null));
        logAt("2027-01-05T12:00:00Z", "after", committee(LocalDate.of(2026, 9, 8), 7, null));
        List<String> ids = List.of("late", "old", "undone", "after", "silent");

        List<Beginning> read = store.beginnings(ids, 2026);

        for (int i = 0; i < ids.size(); i++) {
            boolean keptLastYear = store.tally(ids.get(i), 2025).count("branch_committee_meeting") > 0;
            assertThat(read.get(i)).as(ids.get(i))
                    .isEqualTo(Beginning.of(store.year(ids.get(i), 2026), keptLastYear));
        }
        assertThat(read).extracting(b -> b.firstMonth(2026, null)).containsExactly(11, 1, 5, 9, 1);
        assertThat(read.get(0).firstMonth(2026, LocalDate.of(2026, 9, 1))).as("since in branches.yml").isEqualTo(9);
    }

    private void logAt(String instant, String branch, Entry entry) {
        new ActivityStore(redis, Clock.fixed(Instant.parse(instant), ZONE)).log(branch, List.of(entry), "secretary01",
                "张书记", null);
    }

    static Entry committee(LocalDate date, Integer participants, String topic) {
        return new Entry("branch_committee_meeting", date, 1, participants, topic, null);
    }

    static Entry dues(LocalDate date, String amount) {
        return new Entry("dues_collection", date, 1, null, null, new BigDecimal(amount));
    }

    @Test
    void theRecordsOfOneMessageShareAnEventAndKeepTheMembersWordsAsTyped() {
        String said = "3月份召开了支委会\r\n和党员大会\u001f\u202e";
        List<ActivityRecord> logged = store.log("demo", List.of(
                committee(LocalDate.of(2026, 3, 1), null, null).withWords(said),
                new Entry("branch_member_meeting", LocalDate.of(2026, 3, 1), 1, null, null, null,
                        DatePrecision.MONTH, "和党员大会")),
                "member01", "张三", "msg-event");
        List<ActivityRecord> withoutMsgId = store.log("demo", List.of(dues(TODAY, "10"), dues(TODAY.minusDays(1), "20")),
                "member01", "张三", null);

        List<ActivityRecord> read = store.byIds("demo", List.of(1L, 2L, 3L, 4L));
        assertThat(read).isEqualTo(List.copyOf(concat(logged, withoutMsgId)));
        assertThat(read).extracting(ActivityRecord::eventId).containsExactly("msg-event", "msg-event", "rec:3",
                "rec:3");
        assertThat(read.get(0).words()).isEqualTo("3月份召开了支委会\n和党员大会");
        assertThat(read.get(0).datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(read.get(1).datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(read).extracting(ActivityRecord::version).containsOnly(1);
    }

    @Test
    void wordsBeyondTheirBoundAreCutAndAMonthIsDatedItsFirst() {
        ActivityRecord record = store.log("demo", List.of(committee(TODAY, null, null).withWords("开".repeat(600))),
                "member01", null, "msg-long").get(0);

        assertThat(record.words()).hasSize(Entry.MAX_WORDS);
        assertThat(store.byIds("demo", List.of(record.id())).get(0).words()).hasSize(Entry.MAX_WORDS);
        assertThatThrownBy(() -> store.log("demo", List.of(new Entry("branch_committee_meeting",
                LocalDate.of(2026, 3, 15), 1, null, null, null, DatePrecision.MONTH, null)), "member01", null, "msg-m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidenceIsAttachedOnceDetachedAndAuditedWithoutChangingTheVersion() {
        ActivityRecord record = store.log("demo", List.of(committee(TODAY, 7, null)), "member01", null, "m1").get(0);

        ActivityStore.Change attached = store.attachEvidence("demo", record.id(), "ev-1", "member01", false, "m2");
        store.attachEvidence("demo", record.id(), "ev_2", "member01", false, "m3");

        assertThat(attached).isInstanceOfSatisfying(ActivityStore.Change.Done.class, done -> {
            assertThat(done.before().evidence()).isEmpty();
            assertThat(done.after().evidence()).containsExactly("ev-1");
            assertThat(done.after().version()).isEqualTo(1);
        });
        assertThat(store.attachEvidence("demo", record.id(), "ev-1", "member01", false, "m4"))
                .isInstanceOf(ActivityStore.Change.Unchanged.class);
        // the same message again is answered as the first time, though the record has changed since
        assertThat(store.attachEvidence("demo", record.id(), "ev-1", "member01", false, "m2")).isEqualTo(attached);
        assertThat(store.attachEvidence("demo", record.id(), "ev-3", "member02", false, "m5"))
                .isInstanceOf(ActivityStore.Change.NotYours.class);
        assertThat(store.detachEvidence("demo", record.id(), "ev-1", "secretary01", true, "m6"))
                .isInstanceOf(ActivityStore.Change.Done.class);
        assertThat(store.byIds("demo", List.of(record.id())).get(0).evidence()).containsExactly("ev_2");
        assertThat(store.attachEvidence("demo", 99, "ev-1", "member01", false, "m7"))
                .isEqualTo(new ActivityStore.Change.NotFound(99));
        assertThatThrownBy(() -> store.attachEvidence("demo", record.id(), "a,b", "member01", false, "m8"))
                .isInstanceOf(IllegalArgumentException.class);

        List<MapRecord<String, Object, Object>> audit = redis.<Object, Object>opsForStream()
                .range("dj:{demo}:audit", Range.unbounded());
        assertThat(audit).extracting(e -> e.getValue().get("action") + " " + e.getValue().get("evidence"))
                .containsExactly("create null", "attach ev-1", "attach ev_2", "detach ev-1");
    }

    @Test
    void aClosedYearsRecordKeepsItsEvidenceAndAFullOneTakesNoMore() {
        ActivityRecord record = store.log("demo", List.of(committee(TODAY, 7, null)), "member01", null, "m1").get(0);
        for (int i = 0; i < ActivityStore.MAX_EVIDENCE; i++) {
            store.attachEvidence("demo", record.id(), "ev" + i, "member01", false, null);
        }
        assertThat(store.attachEvidence("demo", record.id(), "one-more", "member01", false, null))
                .isInstanceOf(ActivityStore.Change.EvidenceFull.class);

        redis.opsForSet().add("dj:{demo}:closed", "2026");

        assertThat(store.detachEvidence("demo", record.id(), "ev0", "member01", false, null))
                .isInstanceOfSatisfying(ActivityStore.Change.ClosedYear.class, c -> assertThat(c.year()).isEqualTo(2026));
        assertThat(store.byIds("demo", List.of(record.id())).get(0).evidence()).hasSize(ActivityStore.MAX_EVIDENCE);
    }

    private static List<ActivityRecord> concat(List<ActivityRecord> a, List<ActivityRecord> b) {
        List<ActivityRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void logStoresEveryEntryOfAMessageWithItsFactsAndConsecutiveIds() {
        List<ActivityRecord> logged = store.log("demo", List.of(
                committee(LocalDate.of(2026, 3, 15), 18, "学习贯彻全会精神"),
                new Entry("branch_member_meeting", LocalDate.of(2026, 3, 15), 2, 23, null, null)),
                "member01", "张三", "msg-1");

        assertThat(logged).extracting(ActivityRecord::id).containsExactly(1L, 2L);
        ActivityRecord first = logged.get(0);
        assertThat(first).isEqualTo(new ActivityRecord(1, "demo", "branch_committee_meeting",
                LocalDate.of(2026, 3, 15), 1, 18, "学习贯彻全会精神", null, "member01", "张三", NOW, "msg-1"));
        assertThat(store.year("demo", 2026)).containsExactlyElementsOf(logged);
        assertThat(store.recent("demo", 10)).containsExactly(logged.get(1), logged.get(0));
    }

    @Test
    void absentFactsStayAbsentAndTheDateDefaultsToToday() {
        ActivityRecord logged = store.log("demo", List.of(new Entry("party_lecture", null, 1, null, " ", null)),
                "member01", null, null).get(0);

        assertThat(logged.date()).isEqualTo(TODAY);
        assertThat(store.recent("demo", 1)).containsExactly(new ActivityRecord(logged.id(), "demo", "party_lecture",
                TODAY, 1, null, null, null, "member01", null, NOW, null));
    }

    @Test
    void freeTextReadsBackExactlyAsTheLogAnsweredIt() {
        ActivityRecord logged = store.log("demo", List.of(committee(TODAY, null,
                "主题：\u001f“不忘初心”,\t牢记使命\n（第二次）")), "member01", "张\u001f三", "m1").get(0);

        assertThat(logged.topic()).as("one line, without control characters")
                .isEqualTo("主题：“不忘初心”, 牢记使命 （第二次）");
        assertThat(logged.senderNick()).isEqualTo("张三");
        assertThat(store.recent("demo", 1)).containsExactly(logged);
        assertThat(store.year("demo", 2026)).containsExactly(logged);
    }

    @Test
    void theSameContentFromTheSameSenderWithinMinutesIsStoredOnce() {
        List<Entry> said = List.of(committee(LocalDate.of(2026, 3, 15), 7, "学习"), dues(TODAY, "200"));
        List<ActivityRecord> first = store.log("demo", said, "member01", "王芳", "m1");

        List<ActivityRecord> resent = store.log("demo", said, "member01", "王芳", "m2");
        List<ActivityRecord> redelivered = store.log("demo", said, "member01", "王芳", "m2");

        assertThat(resent).as("the first records, with the first msgId").isEqualTo(first);
        assertThat(redelivered).isEqualTo(first);
        assertThat(store.year("demo", 2026)).hasSize(2);
        assertThat(store.tally("demo", 2026).count("branch_committee_meeting")).isEqualTo(1);
        assertThat(redis.opsForStream().size("dj:{demo}:audit")).isEqualTo(2);
        assertThat(redis.keys("dj:{demo}:said:*")).singleElement()
                .satisfies(key -> assertThat(redis.getExpire(key)).isBetween(590L, 600L));

        assertThat(store.log("demo", said, "member02", "李强", "m3")).as("another sender")
                .extracting(ActivityRecord::id).containsExactly(3L, 4L);
        assertThat(store.log("demo", List.of(said.get(0)), "member01", "王芳", "m4")).as("part of it only")
                .extracting(ActivityRecord::id).containsExactly(5L);
    }

    @Test
    void amountsAreKeptToTheFenInRecordsAndCounters() {
        store.log("demo", List.of(dues(LocalDate.of(2026, 3, 1), "3200.5"), dues(LocalDate.of(2026, 3, 2), "0.05")),
                "secretary01", "李书记", "msg-dues");

        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::amount)
                .containsExactly(new BigDecimal("3200.50"), new BigDecimal("0.05"));
        assertThat(redis.opsForHash().get("dj:{demo}:tally:2026", "dues_collection:3:f")).isEqualTo("320055");
        assertThat(store.tally("demo", 2026).amount("dues_collection")).isEqualByComparingTo("3200.55");
    }

    @Test
    void aRedeliveredMessageStoresOnceAndAnswersWhatTheFirstDeliveryDid() {
        List<ActivityRecord> first = store.log("demo", List.of(committee(TODAY, 9, null)), "member01", "张三",
                "msg-twice");
        ActivityStore later = new ActivityStore(redis, Clock.fixed(NOW.plusSeconds(90), ZONE));

        List<ActivityRecord> again = later.log("demo", List.of(committee(TODAY, 9, null)), "member01", "张三",
                "msg-twice");

        assertThat(again).isEqualTo(first);
        assertThat(store.year("demo", 2026)).hasSize(1);
        assertThat(store.tally("demo", 2026).count("branch_committee_meeting")).isEqualTo(1);
        assertThat(redis.opsForValue().get("dj:{demo}:seq")).isEqualTo("1");
        assertThat(redis.opsForStream().size("dj:{demo}:audit")).isEqualTo(1);
        assertThat(redis.getExpire("dj:{demo}:msg:msg-twice")).isBetween(86_000L, 86_400L);
    }

    @Test
    void theSameMsgIdInAnotherBranchIsAnotherMessage() {
        store.log("demo", List.of(committee(TODAY, null, null)), "member01", null, "msg-x");
        store.log("other", List.of(committee(TODAY, null, null)), "member01", null, "msg-x");

        assertThat(store.year("other", 2026)).hasSize(1);
    }

    @Test
    void undoLastTakesBackOnlyTheSendersMostRecentRecords() {
        ActivityRecord a1 = logOne("member01", TODAY, "m1");
        ActivityRecord b1 = logOne("member02", TODAY, "m2");
        ActivityRecord a2 = logOne("member01", TODAY.minusDays(3), "m3");

        assertThat(store.undoLast("demo", "member01", "u1")).isEqualTo(new Undo.Done(a2));
        assertThat(store.undoLast("demo", "member01", "u2")).isEqualTo(new Undo.Done(a1));
        assertThat(store.undoLast("demo", "member01", "u3")).isEqualTo(new Undo.NothingToUndo());
        assertThat(store.year("demo", 2026)).containsExactly(b1);
    }

    @Test
    void recordsAndUndoLastLookBackAThousandIdsAndNoFurther() {
        ActivityRecord old = logOne("member01", TODAY, "old");
        ActivityRecord mine = logOne("member02", TODAY, "mine");
        for (int i = 0; i < ActivityStore.REACH - 1; i++) {
            logOne("member03", TODAY, "filler-" + i);
        }

        assertThat(store.recent("demo", 3)).extracting(ActivityRecord::senderId)
                .containsExactly("member03", "member03", "member03");
        assertThat(store.undoLast("demo", "member02", "u1")).as("the %dth id back", ActivityStore.REACH)
                .isEqualTo(new Undo.Done(mine));
        assertThat(store.undoLast("demo", "member01", "u2")).as("one id further").isEqualTo(new Undo.NothingToUndo());
        assertThat(store.year("demo", 2026)).contains(old).doesNotContain(mine);
    }

    @Test
    void recentSkipsUndoneRecordsAndReadsAsManyAsAsked() {
        ActivityRecord first = logOne("member01", TODAY, "m1");
        ActivityRecord second = logOne("member02", TODAY, "m2");
        ActivityRecord third = logOne("member01", TODAY, "m3");
        store.undo("demo", second.id(), "secretary01", true, "u1");

        assertThat(store.recent("demo", 2)).containsExactly(third, first);
        assertThat(store.recent("demo", 10)).containsExactly(third, first);
        assertThat(store.recent("demo", 0)).isEmpty();
    }

    @Test
    void aMemberMayNotUndoSomeoneElsesRecordButASecretaryMay() {
        ActivityRecord record = logOne("member01", TODAY, "m1");

        assertThat(store.undo("demo", record.id(), "member02", false, "u1")).isEqualTo(new Undo.NotYours(record));
        assertThat(store.year("demo", 2026)).containsExactly(record);
        assertThat(redis.opsForStream().size("dj:{demo}:audit")).as("a refused undo changes nothing").isEqualTo(1);

        assertThat(store.undo("demo", record.id(), "secretary01", true, "u2")).isEqualTo(new Undo.Done(record));
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(redis.opsForHash().get("dj:{demo}:rec:" + record.id(), "deletedBy")).isEqualTo("secretary01");
    }

    @Test
    void undoOfAnUnknownOrAlreadyUndoneRecordIsNotFound() {
        ActivityRecord record = logOne("member01", TODAY, "m1");
        store.undo("demo", record.id(), "member01", false, "u1");

        assertThat(store.undo("demo", record.id(), "member01", false, "u2")).isEqualTo(new Undo.NotFound(record.id()));
        assertThat(store.undo("demo", 99, "member01", true, "u3")).isEqualTo(new Undo.NotFound(99));
        assertThat(store.undoLast("demo", "member01", "u4")).isEqualTo(new Undo.NothingToUndo());
    }

    @Test
    void aRedeliveredUndoUndoesOneRecordOnly() {
        ActivityRecord older = logOne("member01", TODAY, "m1");
        ActivityRecord newer = logOne("member01", TODAY, "m2");

        Undo first = store.undoLast("demo", "member01", "undo-msg");
        Undo again = store.undoLast("demo", "member01", "undo-msg");
        Undo byIdAgain = store.undo("demo", newer.id(), "member01", false, "undo-msg");

        assertThat(first).isEqualTo(new Undo.Done(newer));
        assertThat(again).isEqualTo(first);
        assertThat(byIdAgain).isEqualTo(first);
        assertThat(store.year("demo", 2026)).containsExactly(older);
        assertThat(store.tally("demo", 2026).count("branch_committee_meeting")).isEqualTo(1);
    }

    @Test
    void undoIsASoftDeleteThatLeavesTheIndexesAndTheCounters() {
        ActivityRecord kept = store.log("demo", List.of(committee(TODAY, 10, null)), "member01", null, "m1").get(0);
        ActivityRecord undone = store.log("demo", List.of(committee(TODAY, 18, "党课")), "member01", null, "m2")
                .get(0);

        store.undoLast("demo", "member01", "u1");

        Map<Object, Object> hash = redis.opsForHash().entries("dj:{demo}:rec:" + undone.id());
        assertThat(hash).containsEntry("topic", "党课").containsEntry("participants", "18")
                .containsEntry("deletedBy", "member01").containsEntry("deletedAt", NOW.toString());
        assertThat(redis.opsForZSet().range("dj:{demo}:dates:2026", 0, -1)).containsExactly(kept.id() + "");
        assertThat(redis.opsForHash().entries("dj:{demo}:tally:2026"))
                .isEqualTo(Map.of("branch_committee_meeting:3:c", "1", "branch_committee_meeting:3:p", "10"));
        assertThat(store.recent("demo", 5)).containsExactly(kept);
    }

    @Test
    void betweenGivesLiveRecordsOfTheRangeByDateThenId() {
        ActivityRecord march15 = logOne("member01", LocalDate.of(2026, 3, 15), "m1");
        ActivityRecord jan2 = logOne("member01", LocalDate.of(2026, 1, 2), "m2");
        ActivityRecord march15Later = logOne("member02", LocalDate.of(2026, 3, 15), "m3");
        ActivityRecord dec31 = logOne("member02", LocalDate.of(2025, 12, 31), "m4");
        ActivityRecord march16 = logOne("member01", LocalDate.of(2026, 3, 16), "m5");

        assertThat(store.between("demo", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 15)))
                .containsExactly(dec31, jan2, march15, march15Later);
        assertThat(store.between("demo", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15)))
                .containsExactly(march15, march15Later);
        assertThat(store.year("demo", 2026)).containsExactly(jan2, march15, march15Later, march16);
        assertThat(store.year("demo", 2025)).containsExactly(dec31);
        assertThat(store.between("demo", LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(store.recent("demo", 2)).containsExactly(march16, dec31);
    }

    @Test
    void aYearOfThousandsOfRecordsReadsCompleteAndInOrder() {
        java.util.Random random = new java.util.Random(7);
        List<ActivityRecord> logged = new ArrayList<>();
        for (int message = 0; message < 250; message++) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                // few distinct days, so that many records share a date across the reading slices
                entries.add(committee(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(40) * 9), i, null));
            }
            logged.addAll(store.log("demo", entries, "member0" + message % 3, null, "bulk-" + message));
        }
        List<ActivityRecord> byDateThenId = logged.stream().sorted(java.util.Comparator
                .comparing(ActivityRecord::date).thenComparingLong(ActivityRecord::id)).toList();

        assertThat(store.year("demo", 2026)).hasSize(2500).containsExactlyElementsOf(byDateThenId);
        LocalDate from = byDateThenId.get(700).date();
        LocalDate to = byDateThenId.get(2200).date();
        assertThat(store.between("demo", from, to)).containsExactlyElementsOf(byDateThenId.stream()
                .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to)).toList());
    }

    @Test
    void theTimeOfLoggingIsReadBackToTheNanosecond() {
        for (String time : List.of("2026-03-20T02:00:00.5Z", "2026-03-20T02:00:00.000001Z",
                "2026-03-20T02:00:00.123456789Z", "2026-03-20T23:59:59.120Z")) {
            ActivityStore at = new ActivityStore(redis, Clock.fixed(Instant.parse(time), ZONE));
            at.log("demo", List.of(committee(TODAY, null, time)), "member01", null, time);
            assertThat(store.recent("demo", 1).get(0).createdAt()).isEqualTo(Instant.parse(time));
        }
    }

    @Test
    void whatTheStoreCannotHoldIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> store.log("demo", List.of(new Entry("party_lecture", TODAY, 0, null, null, null)),
                "member01", null, "m1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.log("demo", List.of(committee(TODAY, null, null), dues(TODAY, "0.001")),
                "member01", null, "m2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.log("de{mo}", List.of(committee(TODAY, null, null)), "member01", null, "m3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.log("demo", List.of(new Entry("x:y", TODAY, 1, null, null, null)),
                "member01", null, "m4")).isInstanceOf(IllegalArgumentException.class);

        assertThat(redis.keys("dj:*")).isEmpty();
    }

    @Test
    void theAuditStreamRecordsEveryCreateAndUndoWithActorRecordAndTime() {
        ActivityRecord record = logOne("member01", LocalDate.of(2026, 3, 15), "m1");
        ActivityStore anHourLater = new ActivityStore(redis, Clock.fixed(NOW.plusSeconds(3600), ZONE));
        anHourLater.undo("demo", record.id(), "secretary01", true, "u1");

        List<MapRecord<String, Object, Object>> audit = redis.opsForStream().range("dj:{demo}:audit",
                Range.unbounded());
        assertThat(audit).extracting(MapRecord::getValue).containsExactly(
                Map.of("action", "create", "record", "1", "actor", "member01", "at", NOW.toString(), "msgId", "m1"),
                Map.of("action", "undo", "record", "1", "actor", "secretary01", "at",
                        NOW.plusSeconds(3600).toString(), "msgId", "u1", "owner", "member01"));
    }

    @Test
    void twoHundredConcurrentLogsOfOneBranchGetDistinctIdsAndExactCounts() throws Exception {
        int requests = 200;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<ActivityRecord>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String sender = "member" + (i % 7);
                String msgId = "concurrent-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return store.log("demo", List.of(new Entry("theme_party_day", TODAY, 1, 3, msgId, null)),
                            sender, null, msgId);
                }));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            for (Future<List<ActivityRecord>> result : results) {
                ids.add(result.get().get(0).id());
            }
            assertThat(ids).hasSize(requests);
        }
        finally {
            pool.shutdownNow();
        }

        Tally tally = store.tally("demo", 2026);
        assertThat(tally.count("theme_party_day")).isEqualTo(requests);
        assertThat(tally.participants("theme_party_day")).isEqualTo(3L * requests);
        assertThat(store.year("demo", 2026)).hasSize(requests);
        assertThat(store.rebuild("demo", 2026)).isEqualTo(tally);
    }

    /** A record of its own content (the msgId is its topic): the same content twice would be one record. */
    private ActivityRecord logOne(String sender, LocalDate date, String msgId) {
        return store.log("demo", List.of(committee(date, null, msgId)), sender, null, msgId).get(0);
    }
}
