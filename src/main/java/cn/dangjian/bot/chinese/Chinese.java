package cn.dangjian.bot.chinese;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How the bot writes dates, times, amounts, month runs and numerals in Chinese, in one place, independent of the
 * machine's locale ({@link Locale#ROOT} wherever a JDK formatter is involved): 2026年3月15日, 3月15日, 星期三, 09:05,
 * 3,200.50元, 1月至10月, 十一.
 */
public final class Chinese {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private Chinese() {
    }

    /** 2026年3月15日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + monthDay(date);
    }

    /** 3月15日. */
    public static String monthDay(TemporalAccessor date) {
        return date.get(ChronoField.MONTH_OF_YEAR) + "月" + date.get(ChronoField.DAY_OF_MONTH) + "日";
    }

    /** 3月15日 in {@code today}'s year, 2025年3月15日 in another. */
    public static String dateFrom(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? monthDay(date) : date(date);
    }

    /** 2026年3月. */
    public static String yearMonth(int year, int month) {
        return year + "年" + month + "月";
    }

    /** 3月. */
    public static String month(int month) {
        return month + "月";
    }

    /** 1月至10月: months {@code first} to {@code last}, both included. */
    public static String monthRun(int first, int last) {
        return month(first) + "至" + month(last);
    }

    /** 星期三. */
    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** 09:05. */
    public static String time(TemporalAccessor time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.get(ChronoField.HOUR_OF_DAY),
                time.get(ChronoField.MINUTE_OF_HOUR));
    }

    /** 2026年3月25日 09:05. */
    public static String dateTime(LocalDateTime time) {
        return date(time.toLocalDate()) + " " + time(time);
    }

    /** 2026年3月25日（星期三）09:05. */
    public static String dateWeekdayTime(LocalDateTime time) {
        return date(time.toLocalDate()) + "（" + weekday(time.getDayOfWeek()) + "）" + time(time);
    }

    /** An amount as a chat message writes it: 3,200元, 3,200.50元. */
    public static String money(BigDecimal amount) {
        return decimal(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0").format(amount) + "元";
    }

    /**
     * An amount as Chinese reports write it: plainly, without thousands separators (3200元, 14206.20元), with fen
     * only where there are fen.
     */
    public static String reportMoney(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigInteger() + "元";
        }
        return decimal("0.00").format(amount) + "元";
    }

    /** 一 … 九十九, for 一是、（三）、第十一; larger numbers in digits. */
    public static String numeral(int n) {
        if (n >= 0 && n < 10) {
            return DIGITS[n];
        }
        if (n > 0 && n < 100) {
            return (n >= 20 ? DIGITS[n / 10] : "") + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }

    private static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
