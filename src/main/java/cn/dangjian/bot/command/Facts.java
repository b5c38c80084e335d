package cn.dangjian.bot.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a log message states besides its activities (topic, amount, counts and people; dates come from
 * {@link DateExpressions}), each kept with the position where it was said, so that a message naming several activities
 * can give each its own facts. Every finder masks what it took, so that no word is read twice: the 15 of 3月15日 is not
 * a count, and 党课 inside a topic 《党课的故事》 is not an activity.
 */
final class Facts {

    /** Replaces text already understood. */
    static final char MASK = '\u0000';

    /** A fact and where it was said. */
    sealed interface Stated permits Dated, Topic, Amount, Quantity {
        int at();
    }

    /**
     * A date as said. {@code date} is null when no such day exists (2月30日, {@code vague} false) or when the words
     * name a stretch of time rather than a day (上个月, {@code vague} true).
     */
    record Dated(int at, String said, LocalDate date, boolean vague) implements Stated {
    }

    record Topic(int at, String text) implements Stated {
    }

    /** A sum of money, as said ("3,200.50元") and its value, not yet checked. */
    record Amount(int at, String said, BigDecimal value) implements Stated {
    }

    /** How a number of people or times reads in its sentence. */
    enum Role {
        /** "5人次", "2名", "3次": its meaning depends on the activity's unit. */
        PLAIN,
        /** "18人参加", "参会二十三人": people present. */
        PARTICIPATION,
        /** "应到25人", "2人请假": people who were not there. */
        ABSENT
    }

    /**
     * A number with its unit ("5人次", "两次", "32份"), not yet checked. {@code each} marks "各2次": it belongs to every
     * activity of its clause.
     */
    record Quantity(int at, String said, String number, String unit, Role role, boolean each) implements Stated {
    }

    private static final String CN = ChineseNumbers.CHARS;

    private static final Pattern QUOTED = Pattern.compile(
            "“([^”]*)”|「([^」]*)」|《([^》]*)》|『([^』]*)』|\"([^\"]*)\"|‘([^’]*)’");

    /** A quote opened and never closed runs to the end of its clause: input methods make that easy. */
    private static final Pattern UNCLOSED = Pattern.compile("[“「《『]([^,。;!?\\n”」》』]+)");

    /** 主题：…, 主题是…, 题目为… up to the end of the clause; "主题党日" has no 是/为/colon and stays an activity. */
    private static final Pattern MARKED = Pattern.compile("(?:主题|题目)(?:为:|是:|是|为|:)([^,。;!?\\n]*)");

    private static final String MONEY = "-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(" + MONEY + "|[" + CN + "]+)(万)?(?:元|块钱|块|圆)|¥(" + MONEY + ")(万)?元?");

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.第" + CN + "])"
                    + "(?:(?<took>(?:参加|参会|出席|到会|与会|实到|参与|参训|参学)的?(?:人员|人数|党员|同志|人)?(?:共计|共|有|为|约|达)?:?)"
                    + "|(?<absentBefore>应到|应参会|缺席|请假|未到)|(?<each>各))?"
                    + "(?<number>-?\\d+(?:\\.\\d+)?|[" + CN + "]+)(?<about>多|余|来)?"
                    + "(?<unit>人次|个人|次|回|场|期|篇|件|个|份|项|轮|批|人|名|位)"
                    + "(?<tookAfter>(?:党员|同志|人员)?(?:参加|参会|出席|到会|与会|参与|参训|参学))?"
                    + "(?<absentAfter>请假|缺席|未到|未交|未缴|未参加|未)?");

    private static final String TOPIC_TRIM = "[\\s\\u0000,.;:!?、。“”\"'‘’「」『』]+";
    private static final Pattern TOPIC_EDGES = Pattern.compile("^" + TOPIC_TRIM + "|" + TOPIC_TRIM + "$");

    private Facts() {
    }

    /**
     * Topics in quotes or after 主题：/题目：. A quote around nothing but an activity's own word ("开展“主题党日”活动")
     * names the activity: only its marks are masked.
     */
    static void topics(StringBuilder text, List<Stated> out, Predicate<String> isActivityWord) {
        if (!containsAny(text, "“「《『\"‘题")) {
            return;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = firstGroup(m);
            if (isActivityWord.test(inner.strip())) {
                mask(text, m.start(), m.start() + 1);
                mask(text, m.end() - 1, m.end());
                continue;
            }
            addTopic(out, m.start(), inner);
            mask(text, m.start(), m.end());
        }
        m = UNCLOSED.matcher(text);
        while (m.find()) {
            addTopic(out, m.start(), m.group(1));
            mask(text, m.start(), m.end());
        }
        m = MARKED.matcher(text);
        while (m.find()) {
            addTopic(out, m.start(), m.group(1));
            mask(text, m.start(), m.end());
        }
    }

    static void amounts(StringBuilder text, List<Stated> out) {
        if (!containsAny(text, "元块圆¥")) {
            return;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            boolean yen = m.group(1) == null;
            String number = yen ? m.group(3) : m.group(1);
            BigDecimal value = number.chars().allMatch(c -> CN.indexOf(c) >= 0)
                    ? BigDecimal.valueOf(ChineseNumbers.parse(number))
                    : new BigDecimal(number.replace(",", ""));
            if ((yen ? m.group(4) : m.group(2)) != null) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            out.add(new Amount(m.start(), m.group(), value));
            mask(text, m.start(), m.end());
        }
    }

    static void quantities(StringBuilder text, List<Stated> out) {
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            Role role = m.group("absentBefore") != null || m.group("absentAfter") != null ? Role.ABSENT
                    : m.group("took") != null || m.group("tookAfter") != null ? Role.PARTICIPATION
                    : Role.PLAIN;
            String said = m.group("number") + (m.group("about") == null ? "" : m.group("about")) + m.group("unit");
            out.add(new Quantity(m.start("number"), said, m.group("number"), m.group("unit"), role,
                    m.group("each") != null));
            mask(text, m.start(), m.end());
        }
    }

    /**
     * Whether the text holds any of these characters: a pass over a short string is much cheaper than a regular
     * expression, and most messages have no quote, no 元 and no 主题, so most finders need not run at all.
     */
    static boolean containsAny(CharSequence text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static void mask(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, MASK);
        }
    }

    private static void addTopic(List<Stated> out, int at, String raw) {
        String topic = TOPIC_EDGES.matcher(raw.replace("《", "").replace("》", "")).replaceAll("");
        if (!topic.isEmpty() && topic.indexOf(MASK) < 0) {
            out.add(new Topic(at, topic));
        }
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }
}
