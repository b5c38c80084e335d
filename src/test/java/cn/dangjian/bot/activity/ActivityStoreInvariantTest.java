package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.ActivityStore.Undo;

/**
 * Random logs, undos, redeliveries, resends and refused inputs against a plain in-memory model of what the store
 * promises: after every step the counters equal the model's totals and what {@code rebuild} derives from the records,
 * and the records read back are the model's live ones in date order. The seed is fixed, so a failure replays.
 */
class ActivityStoreInvariantTest extends StoreTest {

    static final long SEED = 20260320L;
    static final List<String> SENDERS = List.of("secretary01", "member01", "member02", "member03");
    static final List<String> ACTIVITIES = List.of("branch_committee_meeting", "branch_member_meeting",
            "heart_to_heart_talk", "dues_collection");
    static final int[] YEARS = {2025, 2026};

    final Random random = new Random(SEED);
    final Map<Long, ActivityRecord> all = new HashMap<>();
    final Map<Long, ActivityRecord> live = new LinkedHashMap<>();
    final Map<String, List<ActivityRecord>> logsByMsgId = new HashMap<>();
    final Map<String, Undo> undosByMsgId = new HashMap<>();
    /** What each sender said (the clock stands still: every resend is within the minutes the store remembers). */
    final Map<List<Object>, List<ActivityRecord>> logsByContent = new HashMap<>();
    int messages;

    @Test
    void countersAlwaysEqualTheModelAndTheRebuildFromRecords() {
        ActivityStore store = new ActivityStore(redis,
                Clock.fixed(Instant.parse("2026-12-31T08:00:00Z"), ZoneId.of("Asia/Shanghai")));

        for (int step = 1; step <= 600; step++) {
            int dice = random.nextInt(100);
            if (dice < 55) {
                log(store);
            }
            else if (dice < 70) {
                undoLast(store);
            }
            else if (dice < 80) {
                undoById(store);
            }
            else if (dice < 90) {
                redeliver(store);
            }
            else if (dice < 95) {
                resend(store);
            }
            else {
                refused(store);
            }
            if (step % 50 == 0) {
                assertStoreMatchesModel(store);
            }
        }
        assertThat(live).hasSizeGreaterThan(100);

        // counters that drifted (a lost write, a hand edit) are put right by the rebuild
        redis.opsForHash().increment("dj:{demo}:tally:2026", "dues_collection:5:f", 12345);
        redis.opsForHash().put("dj:{demo}:tally:2026", "new_member:2:c", "3");
        redis.delete("dj:{demo}:tally:2025");
        assertThat(store.tally("demo", 2026)).isNotEqualTo(expectedTally(2026));
        for (int year : YEARS) {
            assertThat(store.rebuild("demo", year)).isEqualTo(expectedTally(year));
            assertThat(store.tally("demo", year)).isEqualTo(expectedTally(year));
        }
    }

    private void log(ActivityStore store) {
        String sender = pick(SENDERS);
        List<Entry> entries = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            String activity = pick(ACTIVITIES);
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
            Integer participants = random.nextBoolean() ? null : random.nextInt(40);
            BigDecimal amount = activity.equals("dues_collection") ? BigDecimal.valueOf(random.nextInt(500_000), 2)
                    : null;
            entries.add(new Entry(activity, date, 1 + random.nextInt(4), participants, null, amount));
        }
        String msgId = "log-" + (++messages);
        List<ActivityRecord> stored = store.log("demo", entries, sender, null, msgId);
        List<ActivityRecord> earlier = logsByContent.putIfAbsent(List.of(sender, entries), stored);
        if (earlier != null) {
            assertThat(stored).as("the same content again").isEqualTo(earlier);
            logsByMsgId.put(msgId, stored);
            return;
        }
        assertThat(stored).hasSameSizeAs(entries).allSatisfy(r -> assertThat(all).doesNotContainKey(r.id()));
        stored.forEach(r -> {
            all.put(r.id(), r);
            live.put(r.id(), r);
        });
        logsByMsgId.put(msgId, stored);
    }

    private void undoLast(ActivityStore store) {
        String sender = pick(SENDERS);
        Undo expected = live.values().stream().filter(r -> r.senderId().equals(sender))
                .max(Comparator.comparingLong(ActivityRecord::id))
                .<Undo>map(Undo.Done::new).orElse(new Undo.NothingToUndo());
        String msgId = "undo-" + (++messages);
        assertThat(store.undoLast("demo", sender, msgId)).isEqualTo(expected);
        apply(msgId, expected);
    }

    private void undoById(ActivityStore store) {
        String sender = pick(SENDERS);
        boolean anyone = sender.startsWith("secretary");
        long id = 1 + random.nextInt(all.size() + 3);
        ActivityRecord record = live.get(id);
        Undo expected = record == null ? new Undo.NotFound(id)
                : anyone || record.senderId().equals(sender) ? new Undo.Done(record) : new Undo.NotYours(record);
        String msgId = "undo-" + (++messages);
        assertThat(store.undo("demo", id, sender, anyone, msgId)).isEqualTo(expected);
        apply(msgId, expected);
    }

    private void redeliver(ActivityStore store) {
        if (random.nextBoolean() && !logsByMsgId.isEmpty()) {
            String msgId = pick(new ArrayList<>(logsByMsgId.keySet()));
            List<Entry> different = List.of(new Entry("party_lecture", LocalDate.of(2026, 1, 1), 1, null, null, null));
            assertThat(store.log("demo", different, "member01", null, msgId)).isEqualTo(logsByMsgId.get(msgId));
        }
        else if (!undosByMsgId.isEmpty()) {
            String msgId = pick(new ArrayList<>(undosByMsgId.keySet()));
            assertThat(store.undoLast("demo", pick(SENDERS), msgId)).isEqualTo(undosByMsgId.get(msgId));
        }
    }

    /** A member told that the bot may not have stored a message sends it again, under a new msgId. */
    private void resend(ActivityStore store) {
        if (logsByContent.isEmpty()) {
            return;
        }
        List<Object> said = pick(new ArrayList<>(logsByContent.keySet()));
        @SuppressWarnings("unchecked")
        List<Entry> entries = (List<Entry>) said.get(1);
        String msgId = "resend-" + (++messages);
        assertThat(store.log("demo", entries, (String) said.get(0), null, msgId)).isEqualTo(logsByContent.get(said));
    }

    /** What no record may hold, alone or beside a good entry: refused, and nothing changes. */
    private void refused(ActivityStore store) {
        Entry good = new Entry("branch_committee_meeting", LocalDate.of(2026, 6, 1), 1, null, null, null);
        Entry bad = switch (random.nextInt(5)) {
            case 0 -> new Entry("dues_collection", LocalDate.of(2026, 6, 1), 1, null, null,
                    new BigDecimal("50000000000000000"));
            case 1 -> new Entry("dues_collection", LocalDate.of(2026, 6, 1), 1, null, null,
                    Entry.MAX_AMOUNT.add(new BigDecimal("0.01")));
            case 2 -> new Entry("heart_to_heart_talk", LocalDate.of(2026, 6, 1), Entry.MAX_COUNT + 1, null, null, null);
            case 3 -> new Entry("branch_member_meeting", LocalDate.of(2026, 6, 1), 1, Entry.MAX_PARTICIPANTS + 1, null,
                    null);
            default -> new Entry("party_lecture", LocalDate.of(2026, 6, 1), 1, null, "题".repeat(Entry.MAX_TOPIC + 1),
                    null);
        };
        List<Entry> entries = random.nextBoolean() ? List.of(bad) : List.of(good, bad);
        assertThatThrownBy(() -> store.log("demo", entries, pick(SENDERS), null, "refused-" + (++messages)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void apply(String msgId, Undo outcome) {
        undosByMsgId.put(msgId, outcome);
        if (outcome instanceof Undo.Done done) {
            live.remove(done.record().id());
        }
    }

    private void assertStoreMatchesModel(ActivityStore store) {
        for (int year : YEARS) {
            Tally expected = expectedTally(year);
            assertThat(store.tally("demo", year)).as("counters of %d", year).isEqualTo(expected);
            assertThat(store.rebuild("demo", year)).as("rebuild of %d", year).isEqualTo(expected);
            assertThat(store.year("demo", year)).containsExactlyElementsOf(live.values().stream()
                    .filter(r -> r.date().getYear() == year)
                    .sorted(Comparator.comparing(ActivityRecord::date).thenComparingLong(ActivityRecord::id))
                    .toList());
        }
    }

    private Tally expectedTally(int year) {
        Tally tally = new Tally(year);
        live.values().stream().filter(r -> r.date().getYear() == year).forEach(r -> tally.add(r.activity(),
                r.date().getMonthValue(), r.count(), r.participants() == null ? 0 : r.participants(),
                r.amount() == null ? 0 : r.amount().movePointRight(2).longValueExact()));
        return tally;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
