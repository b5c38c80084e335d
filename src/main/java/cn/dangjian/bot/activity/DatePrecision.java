package cn.dangjian.bot.activity;

import java.util.Locale;

/**
 * How much of a record's date the member said. A month-precision record ("3月份开了主题党日") is dated the 1st of that
 * month: it counts in that month, and is said as "3月", never as "3月1日".
 */
public enum DatePrecision {
    DAY, MONTH;

    /** As records hold it: {@code day} or {@code month}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A stored value; a record written before precisions existed has none and is a day's. */
    static DatePrecision ofWire(String text) {
        return text == null || text.isEmpty() ? DAY : valueOf(text.toUpperCase(Locale.ROOT));
    }
}
