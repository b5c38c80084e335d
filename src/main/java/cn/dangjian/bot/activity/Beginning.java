package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a branch began keeping its records with the bot, as far as one year is concerned: what decides the first month
 * of the year it owed anything in. Not recorded is not "not held": months before it are missed nowhere, neither in a
 * branch's drafts nor in its committee's progress, heat map, digest or summary, and all of them read it here.
 *
 * @param keptLastYear the branch's counters of the year before hold something: it kept records all this year
 * @param firstLogged  the day (China time) the first of the year's live records was logged, or null when none is
 * @param firstDated   the earliest date of the year's live records, or null
 */
public record Beginning(boolean keptLastYear, LocalDate firstLogged, LocalDate firstDated) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** From the year's live records, as the drafts read them. */
    public static Beginning of(List<ActivityRecord> records, boolean keptLastYear) {
        LocalDate logged = records.stream()
                .map(r -> r.createdAt() == null ? r.date() : LocalDate.ofInstant(r.createdAt(), CHINA))
                .min(LocalDate::compareTo).orElse(null);
        LocalDate dated = records.stream().map(ActivityRecord::date).min(LocalDate::compareTo).orElse(null);
        return new Beginning(keptLastYear, logged, dated);
    }

    /**
     * The first month of {@code year} the branch kept records for (13 when it began after the year): {@code since}
     * in branches.yml when given, else the month its first record of the year was logged (a secretary who logs
     * March in November has begun in November, and logging earlier work late makes no month before it missed). A
     * branch with last year's records, or with none at all, has kept them all year; a year logged only afterwards
     * begins with its earliest record.
     */
    public int firstMonth(int year, LocalDate since) {
        LocalDate start = firstDay(year, since);
        if (start == null) {
            return 1;
        }
        return start.getYear() < year ? 1 : start.getYear() > year ? 13 : start.getMonthValue();
    }

    /**
     * The day the branch began keeping records as far as {@code year} is concerned, as {@link #firstMonth} reads it;
     * null when it has kept them all year. What a reminder's catch-up reads, so that it asks for no month its drafts
     * do not count.
     */
    public LocalDate firstDay(int year, LocalDate since) {
        if (since != null) {
            return since;
        }
        if (keptLastYear || firstLogged == null) {
            return null;
        }
        return firstLogged.getYear() > year ? firstDated : firstLogged;
    }
}
