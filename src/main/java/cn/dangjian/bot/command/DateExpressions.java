package cn.dangjian.bot.command;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Stated;

/**
 * The dates members write, resolved against the day they write:
 * <ul>
 * <li>a full date (2026-03-15, 2026.3.15, 2026年3月15日, 二〇二六年三月十五日);</li>
 * <li>a month and day without a year (3月15日, 3.15, 3/15, 十月十日) is this year's when that has passed, since members
 *     log what is done: on 2026-11-23 "3月15日" is 2026-03-15. This year's day up to two months ahead is refused as a
 *     future date rather than silently moved a year back (on 2026-03-20 "3月25日"); further ahead it is last year's
 *     (on 2026-01-05 "12月28日" is 2025-12-28, on 2026-03-20 "11月10日" is 2025-11-10);</li>
 * <li>a day alone (3号, 18日) is this month's, or last month's when that is nearer (on the 5th, "28号" is last month's);
 *     本月/上月 + day say the month outright;</li>
 * <li>a weekday is this week's unless 上/上上/下 says otherwise (weeks start on Monday): 周三 on a Monday is in the
 *     future and refused, with a hint to write 上周三;</li>
 * <li>今天, 昨天, 前天, 大前天, 3天前, 五天前 (and 明天, 后天, which name a plan);</li>
 * <li>a month without a day (2月, 10月份, 上个月, 上上个月) is that month, with a month's precision: dated its 1st and
 *     counted in it ("上个月党费" are the dues of that month); this month's (本月, 3月份 in March) is today;</li>
 * <li>月初 (本月初) is this month, with a month's precision, as 上个月 is last month's: the member is asked for the day
 *     after it is stored;</li>
 * <li>上周, 去年, 最近, 前几天 … name no day: a record needs one, so the message is refused with a hint; 下周, 下个月初,
 *     明年 … name no date either, but a time to come: the message is a plan.</li>
 * </ul>
 * Checking the date (future, more than a year back) is the parser's business; this class only says what day was meant.
 */
final class DateExpressions {

    /** A day-and-month up to this far ahead is taken as a slip or a plan and refused, not moved a year back. */
    static final int FUTURE_SLIP_DAYS = 61;

    private static final String CN = ChineseNumbers.CHARS;
    private static final String YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
    private static final String DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** After a month and day without 日/号, what would make it a count or an amount rather than a date. */
    private static final String NOT_A_COUNT = "(?![\\d" + CN + "人次名元位个篇件场期份项块])";

    /** A way of writing a date; {@code needs} are the characters without which the pattern cannot match. */
    private record Form(Pattern pattern, String needs, Function<Matcher, LocalDate> resolve) {
    }

    private final List<Form> forms;
    private final LocalDate today;

    private static final Pattern FULL = Pattern.compile(
            "(?<!\\d)" + YEAR + "(?:年|[-/.])" + DAY + "(?:月|[-/.])" + DAY + "(?:日|号)?(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d" + CN + "])(今年|去年|前年)?" + DAY + "月" + DAY + "(?:日|号|" + NOT_A_COUNT + ")");
    private static final Pattern MONTH_WORD_DAY = Pattern.compile(
            "(本月|这个月|当月|上上个月|上个月|上月|下个月|下月)" + DAY + "(?:日|号)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(上上个?|上个?|本|这个?|下个?)?(?:周|星期|礼拜)([一二三四五六日天七1-7])");
    private static final Pattern RELATIVE = Pattern.compile(
            "大前天|前天|前日|昨天|昨日|昨晚|昨儿|今天|今日|今早|今晚|今儿|明天|明日|明早|明晚|大后天|后天");
    private static final Pattern DAYS_AGO = Pattern.compile("(?<![\\d" + CN + "])(\\d{1,3}|[" + CN + "]{1,4})天(?:以)?前");
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?![\\d.%元块次人名位个日号万])");
    private static final Pattern BARE_DAY = Pattern.compile(
            "(?<![\\d月第" + CN + "])" + DAY + "(?:日|号)(?![楼文院线室馆厅])");
    /** Stretches of time: a record needs a day, except 上个月, 上上个月 and 月初, which are months. */
    private static final Pattern VAGUE = Pattern.compile(
            "(?:上上个?月|上个?月|上上个?(?:周|星期|礼拜)|上个?(?:周|星期|礼拜)|去年|前年|前几天|前些天|前两天|几天前|前段时间|前一段时间|前阵子|前些日子|最近|近来|近日|这段时间|(?:本|这个?)?月初|月底"
                    + "|上旬|中旬|下旬)");
    /** A time still to come without a day: the words of a plan. */
    private static final Pattern AHEAD = Pattern.compile(
            "下下?个?(?:周|星期|礼拜)(?![一二三四五六日天七1-7])|下个?月(?:初|底|中旬|上旬|下旬)?(?![\\d一二三四五六七八九十])|明年|(?:本?月底|年底)(?=前)|近期|近日将|过几天|过两天");
    /**
     * A month without a day ("9月份搞了一次为民服务", "10月份的党费"): a date of that month's precision, counted in that
     * month. This month's is simply today.
     */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?<![\\d" + CN + "])(?:(\\d{4})年)?" + DAY + "月份?(?![\\d一二三四五六七八九十])");
    private static final Pattern LAST_MONTH = Pattern.compile("上上个?月|上个?月");
    /** "给10月入党的同志过政治生日": the month says who, not when. */
    private static final Pattern WHOSE_MONTH = Pattern.compile("[^,。;!?\\n\\d]{1,4}?的(?:同志|党员|新党员|人|积极分子)");

    private DateExpressions(LocalDate today) {
        this.today = today;
        this.forms = List.of(
                new Form(FULL, "年-/.", m -> exact(number(m.group(1)), number(m.group(2)), number(m.group(3)))),
                new Form(MONTH_DAY, "月", this::monthDay),
                new Form(MONTH_WORD_DAY, "月", this::monthWordDay),
                new Form(WEEKDAY, "周期拜", this::weekday),
                new Form(RELATIVE, "天日晚儿早", m -> today.plusDays(relativeDays(m.group()))),
                new Form(DAYS_AGO, "前", m -> daysAgo(m.group(1))),
                new Form(DOTTED, "./", m -> pastYear(number(m.group(1)), number(m.group(2)))),
                new Form(BARE_DAY, "日号", m -> nearestMonth(number(m.group(1)))));
    }

    /**
     * Finds the dates in {@code text}, masks them and adds them to {@code out}. {@code original} is the same text
     * before anything was masked: "给10月入党的同志" needs its words, which the activities may have masked by then.
     */
    static void find(StringBuilder text, String original, LocalDate today, List<Stated> out) {
        new DateExpressions(today).find(text, original, out);
    }

    private void find(StringBuilder text, String original, List<Stated> out) {
        if (Facts.containsAny(text, "下明近过年月")) {
            Matcher ahead = AHEAD.matcher(text);
            while (ahead.find()) {
                out.add(new Dated(ahead.start(), ahead.group(), null, true, true, false));
                Facts.mask(text, ahead.start(), ahead.end());
            }
        }
        for (Form form : forms) {
            if (!Facts.containsAny(text, form.needs)) {
                continue;
            }
            Matcher m = form.pattern.matcher(text);
            while (m.find()) {
                if (form.pattern == DOTTED && !plausibleMonthDay(m)) {
                    continue;
                }
                out.add(new Dated(m.start(), m.group(), form.resolve.apply(m), false));
                Facts.mask(text, m.start(), m.end());
            }
        }
        if (!Facts.containsAny(text, "月周期拜年前天旬近段")) {
            return;
        }
        Matcher m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            int year = m.group(1) == null ? today.getYear() : number(m.group(1));
            int month = number(m.group(2));
            if (year == today.getYear() && month == today.getMonthValue()
                    || WHOSE_MONTH.matcher(original).region(m.end(), original.length()).lookingAt()) {
                continue;
            }
            LocalDate first = month < 1 || month > 12 ? null
                    : m.group(1) != null ? LocalDate.of(year, month, 1) : pastMonth(month);
            out.add(first == null ? new Dated(m.start(), m.group(), null, false) : Dated.month(m.start(), m.group(), first));
            Facts.mask(text, m.start(), m.end());
        }
        m = VAGUE.matcher(text);
        while (m.find()) {
            int monthsBack = LAST_MONTH.matcher(m.group()).matches() ? m.group().startsWith("上上") ? 2 : 1
                    : m.group().endsWith("月初") ? 0 : -1;
            out.add(monthsBack >= 0 ? Dated.month(m.start(), m.group(), today.withDayOfMonth(1).minusMonths(monthsBack))
                    : new Dated(m.start(), m.group(), null, true));
            Facts.mask(text, m.start(), m.end());
        }
    }

    /**
     * A month without a year: this year's when it has passed or is at most two months ahead (a plan or a slip),
     * else last year's (in January, "11月份" is last November).
     */
    private LocalDate pastMonth(int month) {
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        return ChronoUnit.MONTHS.between(today.withDayOfMonth(1), first) > 2 ? first.minusYears(1) : first;
    }

    /** "13.5" or "3.45" is not a date at all (a decimal), while "2.30" is a date that does not exist. */
    private static boolean plausibleMonthDay(Matcher m) {
        return number(m.group(1)) <= 12 && number(m.group(2)) <= 31;
    }

    private LocalDate monthDay(Matcher m) {
        int month = number(m.group(2));
        int day = number(m.group(3));
        if (m.group(1) == null) {
            return pastYear(month, day);
        }
        int year = today.getYear() - switch (m.group(1)) {
            case "去年" -> 1;
            case "前年" -> 2;
            default -> 0;
        };
        return exact(year, month, day);
    }

    private LocalDate monthWordDay(Matcher m) {
        int monthsBack = switch (m.group(1)) {
            case "上上个月" -> 2;
            case "上个月", "上月" -> 1;
            case "下个月", "下月" -> -1;
            default -> 0;
        };
        LocalDate month = today.withDayOfMonth(1).minusMonths(monthsBack);
        return exact(month.getYear(), month.getMonthValue(), number(m.group(2)));
    }

    private LocalDate weekday(Matcher m) {
        String which = m.group(1) == null ? "" : m.group(1);
        int weeks = which.startsWith("上上") ? -2 : which.startsWith("上") ? -1 : which.startsWith("下") ? 1 : 0;
        int day = "一二三四五六".indexOf(m.group(2)) + 1;
        if (day == 0) {
            day = Character.isDigit(m.group(2).charAt(0)) ? m.group(2).charAt(0) - '0' : 7;
        }
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).plusDays(day - 1);
    }

    private static int relativeDays(String word) {
        return switch (word) {
            case "大前天" -> -3;
            case "前天", "前日" -> -2;
            case "昨天", "昨日", "昨晚", "昨儿" -> -1;
            case "明天", "明日", "明早", "明晚" -> 1;
            case "后天" -> 2;
            case "大后天" -> 3;
            default -> 0;
        };
    }

    /** "3天前", "五天前"; a number of days beyond a year is kept as said, and refused as too far back. */
    private LocalDate daysAgo(String number) {
        return today.minusDays(Math.min(ChineseNumbers.parse(number), 3660));
    }

    private LocalDate pastYear(int month, int day) {
        LocalDate thisYear = exact(today.getYear(), month, day);
        if (thisYear == null) {
            // 2月29日 in a common year can only be last year's leap day, if that was one
            return exact(today.getYear() - 1, month, day);
        }
        if (!thisYear.isAfter(today) || ChronoUnit.DAYS.between(today, thisYear) <= FUTURE_SLIP_DAYS) {
            return thisYear;
        }
        return exact(today.getYear() - 1, month, day);
    }

    private LocalDate nearestMonth(int day) {
        LocalDate thisMonth = exact(today.getYear(), today.getMonthValue(), day);
        LocalDate lastMonth = today.minusMonths(1);
        return nearer(exact(lastMonth.getYear(), lastMonth.getMonthValue(), day), thisMonth);
    }

    /** The candidate nearer to today; on a tie the earlier one, since members log what is past. */
    private LocalDate nearer(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        long da = Math.abs(ChronoUnit.DAYS.between(today, a));
        long db = Math.abs(ChronoUnit.DAYS.between(today, b));
        return db < da || db == da && b.isBefore(a) ? b : a;
    }

    /** @return the day, or null when the calendar has no such day (2月30日) */
    private static LocalDate exact(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String text) {
        long value = ChineseNumbers.parse(text);
        return value > 9999 ? -1 : (int) value;
    }
}
