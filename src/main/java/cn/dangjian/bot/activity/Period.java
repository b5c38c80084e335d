package cn.dangjian.bot.activity;

import java.time.LocalDate;

/** One month, quarter or year of the obligations calendar. {@code index} is the month (1–12) or quarter (1–4). */
public record Period(Cadence cadence, int year, int index) {

    private static final String[] QUARTERS = {"", "第一季度", "第二季度", "第三季度", "第四季度"};

    public static Period of(Cadence cadence, LocalDate date) {
        return switch (cadence) {
            case MONTHLY -> new Period(cadence, date.getYear(), date.getMonthValue());
            case QUARTERLY -> new Period(cadence, date.getYear(), (date.getMonthValue() + 2) / 3);
            case YEARLY -> new Period(cadence, date.getYear(), 1);
            case NONE -> throw new IllegalArgumentException("no period for an activity without obligation");
        };
    }

    public LocalDate start() {
        return switch (cadence) {
            case MONTHLY -> LocalDate.of(year, index, 1);
            case QUARTERLY -> LocalDate.of(year, index * 3 - 2, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (cadence) {
            case MONTHLY -> start().plusMonths(1).minusDays(1);
            case QUARTERLY -> start().plusMonths(3).minusDays(1);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    public int firstMonth() {
        return start().getMonthValue();
    }

    public int lastMonth() {
        return end().getMonthValue();
    }

    /** 3月, 第二季度, 2026年 — as a sentence names it. */
    public String label() {
        return switch (cadence) {
            case MONTHLY -> index + "月";
            case QUARTERLY -> QUARTERS[index];
            default -> year + "年";
        };
    }
}
