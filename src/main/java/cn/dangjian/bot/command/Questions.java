package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.command.ActivityWords.Mention;

/**
 * Questions the records answer, read as what they ask (when last, how many, whether, what is missing) about which
 * activity and which month, quarter or year, rather than phrase by phrase: "上次支委会是哪天", "今年咱们发展了几个党员",
 * "组织生活会开了没", "这个月还差哪些没弄", "三季度进度".
 */
final class Questions {

    private static final String CN_MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    /** A month, quarter or year as people name it; longer forms first. */
    private static final Pattern PERIOD = Pattern.compile("(上上个月|上个月|上月|这个月|本月|当月|这月)"
            + "|(上个?季度|这个季度|本季度|本季|这季度)|(?:第)?([一二三四1-4])季度"
            + "|(\\d{4})年(?:度)?" + "|(今年|全年|本年度|本年|年度|去年|上一?年)"
            + "|(?<![\\d年])" + CN_MONTH + "月份?(?![\\d一二三四五六七八九十]{1,2}[日号])");
    private static final Finder MISSING = Finder.of("还差|还缺|差哪|缺哪|落下|漏了|没做|没弄|没搞|没开展|没完成|未完成|未开展|还有哪些|还有啥|还有什么");
    private static final Finder WHEN = Finder.of("哪天|哪一天|几号|什么时候|啥时候|何时|几月几");
    private static final Pattern LAST = Pattern.compile("上次|上一次|上回|上一回|最近一次|最后一次|最近的一次|最近");
    private static final Finder HOW_MANY = Finder.of(
            "(?:了|过)?(?:几次|几回|几场|几个|几名|几位|几人次|几人|几篇|几期|几件|多少(?:次|回|个|名|位|人次|人|篇|钱|元|块)?)");
    private static final Pattern WHETHER = Pattern.compile(
            "(?:了|过)?(?:吗|嘛|么|没有?|了没有?)[?]*$|有没有|是否|开没开|交没交|搞没搞|弄没弄|了没|还没");

    private Questions() {
    }

    /** The month, quarter or year the text names, or null. */
    static Period period(String text, LocalDate today) {
        Matcher m = PERIOD.matcher(text);
        return m.find() ? period(m, today) : null;
    }

    /** The text without the period it names. */
    static String withoutPeriod(String text) {
        return PERIOD.matcher(text).replaceFirst("");
    }

    private static Period period(Matcher m, LocalDate today) {
        if (m.group(1) != null) {
            int back = m.group(1).startsWith("上上") ? 2 : m.group(1).startsWith("上") ? 1 : 0;
            return Period.of(Cadence.MONTHLY, today.minusMonths(back));
        }
        if (m.group(2) != null) {
            return Period.of(Cadence.QUARTERLY, m.group(2).startsWith("上") ? today.minusMonths(3) : today);
        }
        if (m.group(3) != null) {
            int quarter = "一二三四".indexOf(m.group(3)) + 1;
            quarter = quarter == 0 ? Integer.parseInt(m.group(3)) : quarter;
            Period asked = new Period(Cadence.QUARTERLY, today.getYear(), quarter);
            return asked.start().isAfter(today) ? new Period(Cadence.QUARTERLY, today.getYear() - 1, quarter) : asked;
        }
        if (m.group(4) != null) {
            return new Period(Cadence.YEARLY, Integer.parseInt(m.group(4)), 1);
        }
        if (m.group(5) != null) {
            int back = m.group(5).startsWith("去") || m.group(5).startsWith("上") ? 1 : 0;
            return new Period(Cadence.YEARLY, today.getYear() - back, 1);
        }
        int month = (int) ChineseNumbers.parse(m.group(6));
        if (month < 1 || month > 12) {
            return null;
        }
        Period asked = new Period(Cadence.MONTHLY, today.getYear(), month);
        return asked.start().isAfter(today) ? new Period(Cadence.MONTHLY, today.getYear() - 1, month) : asked;
    }

    /** "这个月还差哪些没弄": what a period still lacks; null when the message does not ask that. */
    static Command missing(String core, LocalDate today) {
        if (!MISSING.in(core) || !(core.contains("哪") || core.contains("啥") || core.contains("什么"))) {
            return null;
        }
        return new Command.Query(Command.Query.Kind.MISSING, null, period(core, today));
    }

    /**
     * A question about one activity, or null. {@code mentions} are the activities the question names, found in
     * {@code asked}: the question without its question words, so that "发展了几个党员" names 发展党员.
     */
    static Command about(String core, LocalDate today, LogReader reader) {
        Command.Query.Kind kind;
        if (WHEN.in(core) && LAST.matcher(core).find()) {
            kind = Command.Query.Kind.LAST;
        }
        else if (HOW_MANY.in(core)) {
            kind = Command.Query.Kind.COUNT;
        }
        else if (WHETHER.matcher(core).find()) {
            kind = Command.Query.Kind.WHETHER;
        }
        else {
            return null;
        }
        Period period = period(core, today);
        String asked = HOW_MANY.matcher(withoutPeriod(core)).replaceAll("");
        List<Mention> mentions = reader.read(MessageText.of(asked), today).mentions();
        if (mentions.isEmpty() || mentions.stream().map(m -> m.activity().key()).distinct().count() > 1) {
            return null;
        }
        return new Command.Query(kind, mentions.get(0).activity().key(), period);
    }
}
