package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Period;

/**
 * Where the branch stands against each obligation of its calendar over the part of the year it kept records for:
 * the periods it owed (ended, and from the month it began using the bot), and those with no event that counts. A
 * 廉政党课 is a 党课 for the 三会一课 ({@link Outline#COUNTS_FOR}). An obligation whose shape the configuration does
 * not give (a 支委会 where {@code hasCommittee} is unset) is {@code unconfirmed}: its events are told, its gaps are not
 * called failures.
 *
 * @param firstMonth  the first month the branch kept records in this year (1 unless it began later)
 * @param endedMonths the last month that has ended (12 once the year is over)
 */
record Standings(int firstMonth, int endedMonths, boolean complete, List<Standing> all) {

    /**
     * @param owed   the periods that ended since the branch began keeping records
     * @param missed those of them without an event that counts
     * @param done   the events that count, in the whole year
     */
    record Standing(Activity activity, Cadence cadence, List<Period> owed, List<Period> missed, long done,
            boolean unconfirmed) {

        String key() {
            return activity.key();
        }

        /** Nothing at all owed was held, and nothing was held in the running period either. */
        boolean none() {
            return done == 0;
        }
    }

    /**
     * @param events the events told (up to the last ended month); {@code all} those of the whole year so far, for
     *               whether anything was held at all
     */
    static Standings of(Catalogue catalogue, Map<String, Cadence> calendar, YearEvents events, YearEvents all,
            int year, int firstMonth, int endedMonths, boolean complete, Set<String> unconfirmed) {
        List<Standing> standings = new ArrayList<>();
        for (Activity activity : catalogue.all()) {
            Cadence cadence = calendar.getOrDefault(activity.key(), Cadence.NONE);
            if (cadence == Cadence.NONE) {
                continue;
            }
            List<String> counting = Outline.COUNTS_FOR.getOrDefault(activity.key(), List.of(activity.key()));
            Set<Integer> heldMonths = new java.util.HashSet<>();
            for (YearEvents.Event e : events.all()) {
                if (counting.stream().anyMatch(e::has)) {
                    heldMonths.add(e.month());
                }
            }
            long done = all.all().stream().filter(e -> counting.stream().anyMatch(e::has)).count();
            List<Period> owed = new ArrayList<>();
            if (cadence == Cadence.YEARLY) {
                // a yearly one is owed for a whole year of records: begun in November, its 组织生活会 may well have
                // been held in March, unrecorded
                if (complete && firstMonth == 1) {
                    owed.add(new Period(Cadence.YEARLY, year, 1));
                }
            }
            else {
                int step = cadence == Cadence.MONTHLY ? 1 : 3;
                for (int first = 1; first + step - 1 <= endedMonths; first += step) {
                    if (first >= firstMonth) {
                        owed.add(new Period(cadence, year, cadence == Cadence.MONTHLY ? first : (first + 2) / 3));
                    }
                }
            }
            List<Period> missed = owed.stream()
                    .filter(p -> heldMonths.stream().noneMatch(m -> m >= p.firstMonth() && m <= p.lastMonth()))
                    .toList();
            standings.add(new Standing(activity, cadence, List.copyOf(owed), missed, done,
                    unconfirmed.contains(activity.key())));
        }
        return new Standings(firstMonth, endedMonths, complete, List.copyOf(standings));
    }

    /** The standings whose gaps are failures the draft may name. */
    List<Standing> confirmed() {
        return all.stream().filter(s -> !s.unconfirmed()).toList();
    }

    Standing get(String key) {
        return all.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    /** 三会一课 and 主题党日 owed and held on time: what 台账 readers call the 完成率. */
    DraftModel.Completion completion() {
        int required = 0;
        int met = 0;
        for (Standing s : confirmed()) {
            if (Outline.TABLE.contains(s.key()) && s.cadence() != Cadence.YEARLY) {
                required += s.owed().size();
                met += s.owed().size() - s.missed().size();
            }
        }
        return new DraftModel.Completion(required, met, required == 0 ? 0 : met * 100 / required);
    }
}
