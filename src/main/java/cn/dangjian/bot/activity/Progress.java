package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.chinese.Chinese;

/**
 * Where a branch stands against its obligations over a month, a quarter or a year, up to a given day.
 *
 * @param label  本月 (2026年3月), 本季度 … as the reply heads it
 * @param from   first day of the range
 * @param to     last day counted: the range's end, or today when the range is still running
 * @param items  one line per obligation that applies to the range, in catalogue order
 */
public record Progress(String label, LocalDate from, LocalDate to, List<Item> items) {

    public enum Scope {
        MONTH, QUARTER, YEAR;

        /** The rhythm whose period the scope is: a month, a quarter, a year. */
        static Scope valueOf(Cadence cadence) {
            return switch (cadence) {
                case QUARTERLY -> QUARTER;
                case YEARLY -> YEAR;
                default -> MONTH;
            };
        }

        public Cadence cadence() {
            return switch (this) {
                case MONTH -> Cadence.MONTHLY;
                case QUARTER -> Cadence.QUARTERLY;
                case YEAR -> Cadence.YEARLY;
            };
        }
    }

    /**
     * @param required periods of the range that have begun (each needs at least one activity)
     * @param done     activities logged in the range (the sum of their counts)
     * @param missing  periods that have begun and have nothing logged, oldest first
     */
    public record Item(Activity activity, Cadence cadence, int required, long done, List<Period> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }

        /** Owed in the range, but not before the branch began keeping records: nothing of it was owed yet. */
        public boolean notStarted() {
            return required == 0;
        }
    }

    public boolean complete() {
        return items.stream().allMatch(Item::complete);
    }

    public List<Item> incomplete() {
        return items.stream().filter(i -> !i.complete()).toList();
    }

    /**
     * Progress for the scope that contains {@code today}. A quarter counts monthly and quarterly obligations, a month
     * only monthly ones, a year all of them.
     */
    public static Progress of(Scope scope, LocalDate today, Catalogue catalogue, Map<String, Cadence> obligations,
            Tally tally) {
        return of(scope, today, catalogue, obligations, tally, 1);
    }

    /**
     * As {@link #of(Scope, LocalDate, Catalogue, Map, Tally)} for a branch that began keeping records in
     * {@code firstMonth} of the year ({@link Beginning}): periods that began before are not owed.
     */
    public static Progress of(Scope scope, LocalDate today, Catalogue catalogue, Map<String, Cadence> obligations,
            Tally tally, int firstMonth) {
        Period range = Period.of(scope.cadence(), today);
        String label = switch (scope) {
            case MONTH -> "本月（" + Chinese.yearMonth(today.getYear(), today.getMonthValue()) + "）";
            case QUARTER -> "本季度（" + today.getYear() + "年" + range.label() + "）";
            case YEAR -> today.getYear() + "年全年";
        };
        return compute(label, range, today, catalogue, obligations, tally, firstMonth);
    }

    /**
     * Progress over a named month, quarter or year ("上个月", "三季度", "2025年"), up to {@code today} if it is still
     * running; the current period reads as {@link #of} labels it.
     */
    public static Progress of(Period range, LocalDate today, Catalogue catalogue, Map<String, Cadence> obligations,
            Tally tally) {
        if (range.equals(Period.of(range.cadence(), today))) {
            return of(Scope.valueOf(range.cadence()), today, catalogue, obligations, tally);
        }
        return compute(label(range), range, today, catalogue, obligations, tally, 1);
    }

    /** 2026年11月, 2026年第三季度, 2025年全年. */
    public static String label(Period range) {
        return switch (range.cadence()) {
            case MONTHLY -> Chinese.yearMonth(range.year(), range.index());
            case QUARTERLY -> range.year() + "年" + range.label();
            default -> range.year() + "年全年";
        };
    }

    /** Progress of a whole year, up to {@code today} if the year is still running: what a report looks back on. */
    public static Progress ofYear(int year, LocalDate today, Catalogue catalogue, Map<String, Cadence> obligations,
            Tally tally) {
        return ofYear(year, today, catalogue, obligations, tally, 1);
    }

    /** A whole year of a branch that began keeping records in {@code firstMonth} ({@link Beginning}). */
    public static Progress ofYear(int year, LocalDate today, Catalogue catalogue, Map<String, Cadence> obligations,
            Tally tally, int firstMonth) {
        return compute(year + "年全年", new Period(Cadence.YEARLY, year, 1), today, catalogue, obligations, tally,
                firstMonth);
    }

    private static Progress compute(String label, Period range, LocalDate today, Catalogue catalogue,
            Map<String, Cadence> obligations, Tally tally, int firstMonth) {
        LocalDate to = today.isBefore(range.end()) ? today : range.end();
        List<Item> items = new ArrayList<>();
        for (Activity activity : catalogue.all()) {
            Cadence cadence = obligations.getOrDefault(activity.key(), Cadence.NONE);
            if (cadence == Cadence.NONE || cadence.ordinal() > range.cadence().ordinal()) {
                continue;
            }
            List<Period> begun = new ArrayList<>();
            for (LocalDate d = range.start(); !d.isAfter(to); d = Period.of(cadence, d).end().plusDays(1)) {
                begun.add(Period.of(cadence, d));
            }
            if (begun.isEmpty()) {
                continue;
            }
            // a period that began before the branch did is not owed, as in the drafts; an obligation left with none
            // stays, owing nothing: the branch had not begun (Item#notStarted)
            begun.removeIf(p -> p.firstMonth() < firstMonth);
            List<Period> missing = begun.stream()
                    .filter(p -> tally.count(activity.key(), p.firstMonth(), p.lastMonth()) == 0)
                    .toList();
            long done = tally.count(activity.key(), range.firstMonth(), to.getMonthValue());
            items.add(new Item(activity, cadence, begun.size(), done, missing));
        }
        return new Progress(label, range.start(), to, items);
    }
}
