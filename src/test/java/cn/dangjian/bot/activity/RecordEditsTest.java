package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;

import cn.dangjian.bot.activity.ActivityStore.Change;
import tools.jackson.databind.json.JsonMapper;

/** An edit changes a record where it is, with its counters, index and audit, in one step. */
class RecordEditsTest extends StoreTest {

    static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    ActivityRecord committee(String sender, LocalDate date, Integer participants) {
        return store.log("demo", List.of(new Entry("branch_committee_meeting", date, 1, participants, "学习", null)),
                sender, null, "log-" + System.nanoTime()).get(0);
    }

    @Test
    void anEditChangesTheFactsCountersAndIndexKeepingTheIdAndCountingTheVersion() throws Exception {
        ActivityRecord early = committee("member01", LocalDate.of(2026, 3, 1), 5);
        ActivityRecord record = committee("member01", MARCH_15, 7);

        Change change = store.edit("demo", record.id(),
                Edit.of().participants(18).date(LocalDate.of(2026, 2, 27)).topic(null), "member01", false, "e1");

        assertThat(change).isInstanceOfSatisfying(Change.Done.class, done -> {
            assertThat(done.before()).isEqualTo(record);
            assertThat(done.after().id()).isEqualTo(record.id());
            assertThat(done.after().participants()).isEqualTo(18);
            assertThat(done.after().date()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(done.after().topic()).isNull();
            assertThat(done.after().version()).isEqualTo(2);
            assertThat(done.after().eventId()).isEqualTo(record.eventId());
        });
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::id).containsExactly(record.id(), early.id());
        Tally tally = store.tally("demo", 2026);
        assertThat(tally.count("branch_committee_meeting", 3)).isEqualTo(1);
        assertThat(tally.count("branch_committee_meeting", 2)).isEqualTo(1);
        assertThat(tally.participants("branch_committee_meeting")).isEqualTo(23);
        assertThat(store.rebuild("demo", 2026)).isEqualTo(tally);

        Map<Object, Object> entry = lastAudit();
        assertThat(entry).containsEntry("action", "edit").containsEntry("record", Long.toString(record.id()))
                .containsEntry("actor", "member01").containsEntry("msgId", "e1").containsEntry("version", "2");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readValue(entry.get("before").toString(), Map.class)).containsEntry("participants", "7")
                .containsEntry("date", "2026-03-15").containsEntry("topic", "学习").hasSize(3);
        assertThat(json.readValue(entry.get("after").toString(), Map.class)).containsEntry("participants", "18")
                .containsEntry("date", "2026-02-27").containsEntry("topic", null).hasSize(3);
    }

    @Test
    void anEditMovesARecordAcrossYearsActivitiesAndPrecisions() {
        ActivityRecord record = store.log("demo", List.of(new Entry("dues_collection", MARCH_15, 1, null, null,
                new BigDecimal("3200.50"))), "secretary01", null, "dues").get(0);

        store.edit("demo", record.id(), Edit.of().month(YearMonth.of(2025, 12)).amount(new BigDecimal("3000")),
                "secretary01", false, "e1");
        Change change = store.edit("demo", record.id(), Edit.of().activity("party_lecture").amount(null),
                "secretary01", false, "e2");

        assertThat(store.tally("demo", 2026).activities()).isEmpty();
        assertThat(store.tally("demo", 2025).count("party_lecture", 12)).isEqualTo(1);
        assertThat(store.tally("demo", 2025).amount("dues_collection")).isEqualByComparingTo("0");
        assertThat(store.rebuild("demo", 2025)).isEqualTo(store.tally("demo", 2025));
        assertThat(((Change.Done) change).after().datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(((Change.Done) change).after().version()).isEqualTo(3);
        assertThat(store.year("demo", 2025)).extracting(ActivityRecord::date).containsExactly(LocalDate.of(2025, 12, 1));
    }

    @Test
    void aClosedYearIsNeitherEditedNorEditedInto() {
        ActivityRecord last = committee("member01", LocalDate.of(2025, 12, 30), 7);
        ActivityRecord current = committee("member01", MARCH_15, 7);
        redis.opsForSet().add("dj:{demo}:closed", "2025");

        assertThat(store.edit("demo", last.id(), Edit.of().participants(8), "member01", false, "e1"))
                .isEqualTo(new Change.ClosedYear(last, 2025));
        assertThat(store.edit("demo", current.id(), Edit.of().date(LocalDate.of(2025, 12, 1)), "member01", false,
                "e2")).isEqualTo(new Change.ClosedYear(current, 2025));
        assertThat(store.byIds("demo", List.of(last.id(), current.id()))).containsExactly(last, current);
        assertThat(store.tally("demo", 2025).participants("branch_committee_meeting")).isEqualTo(7);
    }

    @Test
    void anUndoAfterAnEditUndoesTheRecordAsItStands() {
        ActivityRecord record = committee("member01", MARCH_15, 7);
        store.edit("demo", record.id(), Edit.of().participants(18).count(3).date(LocalDate.of(2026, 1, 5)),
                "member01", false, "e1");

        store.undo("demo", record.id(), "member01", false, "u1");

        assertThat(store.tally("demo", 2026).activities()).isEmpty();
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(store.edit("demo", record.id(), Edit.of().count(2), "member01", false, "e2"))
                .isEqualTo(new Change.NotFound(record.id()));
    }

    @Test
    void theSameEditMessageAgainChangesNothingAndIsAnsweredTheSame() {
        ActivityRecord record = committee("member01", MARCH_15, 7);

        Change first = store.edit("demo", record.id(), Edit.of().participants(18), "member01", false, "e1");
        Change again = store.edit("demo", record.id(), Edit.of().participants(18), "member01", false, "e1");

        assertThat(again).isEqualTo(first);
        assertThat(store.byIds("demo", List.of(record.id())).get(0).version()).isEqualTo(2);
        assertThat(store.tally("demo", 2026).participants("branch_committee_meeting")).isEqualTo(18);
        assertThat(store.edit("demo", record.id(), Edit.of().participants(18), "member01", false, "e3"))
                .isInstanceOf(Change.Unchanged.class);
    }

    @Test
    void aMemberEditsTheirOwnRecordsAndASecretaryAnyone() {
        ActivityRecord record = committee("member01", MARCH_15, 7);

        assertThat(store.edit("demo", record.id(), Edit.of().participants(8), "member02", false, "e1"))
                .isEqualTo(new Change.NotYours(record));
        assertThat(store.edit("demo", record.id(), Edit.of().participants(8), "secretary01", true, "e2"))
                .isInstanceOf(Change.Done.class);
        assertThat(store.edit("demo", 99, Edit.of().participants(8), "secretary01", true, "e3"))
                .isEqualTo(new Change.NotFound(99));
    }

    @Test
    void whatNoRecordMayHoldIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> Edit.of().count(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edit.of().participants(Entry.MAX_PARTICIPANTS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edit.of().amount(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edit.of().activity("不是")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.edit("demo", 1, Edit.of(), "member01", false, "e1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Random logs, edits (of facts, dates across two years, activities) and undos, by their owners or a secretary,
     * some of them redelivered: after each step every year's counters equal both what the live records add up to in
     * Java and a rebuild from the records. The seed is fixed, so a failure replays.
     */
    @Test
    void afterAnySequenceOfLogsEditsAndUndosTheCountersEqualARebuildFromTheRecords() {
        Random random = new Random(20261206L);
        List<String> activities = List.of("branch_committee_meeting", "heart_to_heart_talk", "dues_collection");
        List<String> senders = List.of("member01", "member02", "secretary01");
        List<String> msgIds = new ArrayList<>();
        int[] years = {2025, 2026};
        for (int step = 0; step < 400; step++) {
            String sender = senders.get(random.nextInt(senders.size()));
            String msgId = !msgIds.isEmpty() && random.nextInt(10) == 0 ? msgIds.get(random.nextInt(msgIds.size()))
                    : "m" + step;
            msgIds.add(msgId);
            int dice = random.nextInt(10);
            long id = 1 + random.nextInt(Math.max(1, (int) last()));
            try {
                if (dice < 4 || last() == 0) {
                    store.log("demo", List.of(new Entry(activities.get(random.nextInt(3)), date(random, years), 1
                            + random.nextInt(5), random.nextBoolean() ? null : random.nextInt(30), null,
                            random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(100_000), 2))), sender,
                            null, msgId);
                }
                else if (dice < 8) {
                    Edit edit = Edit.of();
                    switch (random.nextInt(5)) {
                        case 0 -> edit = edit.date(date(random, years));
                        case 1 -> edit = edit.activity(activities.get(random.nextInt(3)));
                        case 2 -> edit = edit.participants(random.nextBoolean() ? null : random.nextInt(40));
                        case 3 -> edit = edit.amount(random.nextBoolean() ? null
                                : BigDecimal.valueOf(random.nextInt(100_000), 2)).count(1 + random.nextInt(9));
                        default -> edit = edit.month(YearMonth.of(years[random.nextInt(2)], 1 + random.nextInt(3)));
                    }
                    store.edit("demo", id, edit, sender, "secretary01".equals(sender), msgId);
                }
                else {
                    store.undo("demo", id, sender, "secretary01".equals(sender), msgId);
                }
            }
            catch (IllegalStateException usedByAnotherCommand) {
                // a msgId redelivered to another kind of command is refused, and changes nothing
            }
            for (int year : years) {
                Tally stored = store.tally("demo", year);
                Tally summed = new Tally(year);
                for (ActivityRecord r : store.year("demo", year)) {
                    summed.add(r.activity(), r.date().getMonthValue(), r.count(),
                            r.participants() == null ? 0 : r.participants(),
                            r.amount() == null ? 0 : RecordWire.fen(r.amount()));
                }
                assertThat(stored).as("step %d, year %d", step, year).isEqualTo(summed);
                assertThat(store.rebuild("demo", year)).as("step %d, year %d", step, year).isEqualTo(stored);
            }
        }
        assertThat(lastAuditActions()).contains("create", "edit", "undo");
    }

    private long last() {
        String seq = redis.opsForValue().get("dj:{demo}:seq");
        return seq == null ? 0 : Long.parseLong(seq);
    }

    private static LocalDate date(Random random, int[] years) {
        return LocalDate.of(years[random.nextInt(years.length)], 1 + random.nextInt(3), 1 + random.nextInt(28));
    }

    private Map<Object, Object> lastAudit() {
        List<MapRecord<String, Object, Object>> audit = redis.<Object, Object>opsForStream()
                .range("dj:{demo}:audit", Range.unbounded());
        return audit.get(audit.size() - 1).getValue();
    }

    private List<Object> lastAuditActions() {
        return redis.<Object, Object>opsForStream().range("dj:{demo}:audit", Range.unbounded()).stream()
                .map(e -> e.getValue().get("action")).distinct().toList();
    }
}
