package cn.dangjian.bot.reminder;

import java.util.Locale;
import java.util.Optional;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;

/**
 * The three reminders: each covers the obligations of its own rhythm over the period that contains the day it is
 * sent (the monthly one this month's monthly obligations, the quarterly one the quarter's quarterly ones, the yearly
 * one the year's yearly ones).
 */
public enum ReminderKind {
    MONTHLY(Cadence.MONTHLY, Progress.Scope.MONTH, "每月提醒"),
    QUARTERLY(Cadence.QUARTERLY, Progress.Scope.QUARTER, "季度提醒"),
    YEARLY(Cadence.YEARLY, Progress.Scope.YEAR, "年度提醒");

    private final Cadence cadence;
    private final Progress.Scope scope;
    private final String chineseName;

    ReminderKind(Cadence cadence, Progress.Scope scope, String chineseName) {
        this.cadence = cadence;
        this.scope = scope;
        this.chineseName = chineseName;
    }

    /** {@code monthly}, {@code quarterly}, {@code yearly}: as reminders.yml and the admin API spell it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReminderKind> ofKey(String key) {
        for (ReminderKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** month, quarter, year: what one reminder of this kind covers. */
    public String periodName() {
        return switch (this) {
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case YEARLY -> "year";
        };
    }

    public Cadence cadence() {
        return cadence;
    }

    public Progress.Scope scope() {
        return scope;
    }

    public String chineseName() {
        return chineseName;
    }

    /** 2026-03, 2026-Q1, 2026: the period part of the exactly-once key. */
    static String periodKey(Period period) {
        return switch (period.cadence()) {
            case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", period.year(), period.index());
            case QUARTERLY -> period.year() + "-Q" + period.index();
            default -> Integer.toString(period.year());
        };
    }
}
