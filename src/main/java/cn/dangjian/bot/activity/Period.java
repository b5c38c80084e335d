package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.dangjian.bot.chinese.Chinese;

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

    /**
     * Periods as a sentence names them: 3月、8月; three or more months in a row read as a run, 5月至7月 (which reads
     * better than ten months in a row); quarters one by one, 第一季度、第三季度.
     */
    public static String labels(Collection<Period> periods) {
        List<Period> list = List.copyOf(periods);
        List<String> labels = new ArrayList<>();
        int i = 0;
        while (i < list.size()) {
            int j = i;
            while (list.get(i).cadence() == Cadence.MONTHLY && j + 1 < list.size()
                    && list.get(j + 1).index() == list.get(j).index() + 1) {
                j++;
            }
            if (j - i >= 2) {
                labels.add(Chinese.monthRun(list.get(i).index(), list.get(j).index()));
                i = j + 1;
            }
            else {
                labels.add(list.get(i).label());
                i++;
            }
        }
        return String.join("、", labels);
    }

    /** Months of a year (1–12, in order) as {@link #labels} names them: 1月 / 3月、6月 / 1月至12月. */
    public static String monthLabels(List<Integer> months) {
        return labels(months.stream().map(month -> new Period(Cadence.MONTHLY, 2000, month)).toList());
    }

    /** 3月, 第二季度, 2026年 — as a sentence names it. */
    /** 本月, 本季度, 今年 when it is the current one; else 2026年11月, 2026年第三季度, 2025年. */
    public String named(LocalDate today) {
        if (equals(of(cadence, today))) {
            return switch (cadence) {
                case MONTHLY -> "本月";
                case QUARTERLY -> "本季度";
                default -> "今年";
            };
        }
        return cadence == Cadence.YEARLY ? year + "年" : Progress.label(this);
    }

    public String label() {
        return switch (cadence) {
            case MONTHLY -> Chinese.month(index);
            case QUARTERLY -> QUARTERS[index];
            default -> year + "年";
        };
    }
}
