package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A branch's totals for one year, per activity and month: how many (the record counts summed), how many people took
 * part, and how much money (dues). It is what the Redis counters hold, and what {@code ActivityStore.rebuild} derives
 * again from the records.
 */
public final class Tally {

    /** Per activity, index 1..12 = month, index 0 unused. */
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, long[]> participants = new HashMap<>();
    private final Map<String, long[]> amountFen = new HashMap<>();
    private final int year;

    public Tally(int year) {
        this.year = year;
    }

    public int year() {
        return year;
    }

    public void add(String activity, int month, long count, long people, long fen) {
        counts.computeIfAbsent(activity, k -> new long[13])[month] += count;
        participants.computeIfAbsent(activity, k -> new long[13])[month] += people;
        amountFen.computeIfAbsent(activity, k -> new long[13])[month] += fen;
    }

    public long count(String activity, int month) {
        return counts.getOrDefault(activity, new long[13])[month];
    }

    public long count(String activity, int fromMonth, int toMonth) {
        return sum(counts, activity, fromMonth, toMonth);
    }

    public long count(String activity) {
        return count(activity, 1, 12);
    }

    public long participants(String activity) {
        return sum(participants, activity, 1, 12);
    }

    public BigDecimal amount(String activity) {
        return BigDecimal.valueOf(sum(amountFen, activity, 1, 12), 2);
    }

    public Iterable<String> activities() {
        return Collections.unmodifiableSet(counts.keySet());
    }

    private static long sum(Map<String, long[]> table, String activity, int from, int to) {
        long[] months = table.get(activity);
        long total = 0;
        if (months != null) {
            for (int m = from; m <= to; m++) {
                total += months[m];
            }
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tally t && t.year == year && same(counts, t.counts) && same(participants, t.participants)
                && same(amountFen, t.amountFen);
    }

    private static boolean same(Map<String, long[]> a, Map<String, long[]> b) {
        for (String key : union(a, b)) {
            if (!java.util.Arrays.equals(a.getOrDefault(key, new long[13]), b.getOrDefault(key, new long[13]))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<String> union(Map<String, long[]> a, Map<String, long[]> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    @Override
    public int hashCode() {
        return year;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Tally " + year + ":");
        counts.forEach((k, v) -> text.append(' ').append(k).append('=').append(java.util.Arrays.toString(v)));
        return text.toString();
    }
}
