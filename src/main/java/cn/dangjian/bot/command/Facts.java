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
    sealed interface Stated permits Dated, Topic, Amount, Quantity, AllMembers {
        int at();
    }

    /**
     * A date as said. {@code date} is null when no such day exists (2月30日, {@code vague} false) or when the words
     * name a stretch of time rather than a day (上个月, 下周, {@code vague} true); {@code ahead} marks a stretch still
     * to come (下周, 下个月初), which says the message is a plan.
     */
    record Dated(int at, String said, LocalDate date, boolean vague, boolean ahead, boolean month) implements Stated {

        Dated(int at, String said, LocalDate date, boolean vague) {
            this(at, said, date, vague, false, false);
        }

        /** A month said without a day ("10月份", "上个月"): dated its first day, with a month's precision. */
        static Dated month(int at, String said, LocalDate firstDay) {
            return new Dated(at, said, firstDay, false, false, true);
        }

        /** Whether it names a time after {@code today}: a plan, unless the message says it is done. */
        boolean after(LocalDate today) {
            return ahead || date != null && date.isAfter(today);
        }
    }

    /** "全体党员参加": as many people as the branch has members, when the bot knows that number. */
    record AllMembers(int at) implements Stated {
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
        ABSENT,
        /** "服务群众50余人", "惠及居民200人": people the work reached, not people who took part. */
        SERVED
    }

    /**
     * A number with its unit ("5人次", "两次", "32份"), not yet checked. {@code each} marks "各2次": it belongs to every
     * activity of its clause; {@code outsiders} marks people who need not be members ("参加群众105人"), so the
     * branch's size does not bound them.
     */
    record Quantity(int at, String said, String number, String unit, Role role, boolean each, boolean outsiders,
            boolean arrived) implements Stated {
    }

    /** {@code fact}, a plain count of people made the people who took part; any other fact as it is. */
    static Stated tookPart(Stated fact) {
        if (fact instanceof Quantity q && q.role() == Role.PLAIN
                && switch (q.unit()) { case "人", "个人", "位" -> true; default -> false; }) {
            return new Quantity(q.at(), q.said(), q.number(), q.unit(), Role.PARTICIPATION, q.each(), q.outsiders(),
                    q.arrived());
        }
        return fact;
    }

    private static final String CN = ChineseNumbers.CHARS;

    /**
     * A quote holds no opening of its own kind: 《《《… never closed is scanned once, not once from each 《 to the end
     * (which made a run of them quadratic); of 《A《B》 the title is B.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "“([^“”]*)”|「([^「」]*)」|《([^《》]*)》|『([^『』]*)』|\"([^\"]*)\"|‘([^‘’]*)’");

    /** A quote opened and never closed runs to the end of its clause: input methods make that easy. */
    private static final Pattern UNCLOSED = Pattern.compile("[“「《『]([^,。;!?\\n”」》』]+)");

    /**
     * Up to the end of the clause, but a quoted title may hold a comma: 主题：《坚定信念，勇于担当》. Possessive: nothing
     * follows it in a pattern, and a greedy group repeated per character recursed once per character (题为题为… overflowed
     * the stack).
     */
    private static final String TITLE = "(?:《[^》\\n]*》|“[^”\\n]*”|「[^」\\n]*」|[^,。;!?\\n《“「])*+";

    /** "题为《…》的党课": a quoted title followed by 的 ends there; the activity after it is not part of it. */
    private static final String TITLE_BEFORE_NOUN = "(?:《[^》\\n]*》|“[^”\\n]*”|「[^」\\n]*」)(?=的)";

    /**
     * 主题：…, 主题是…, 题目为…, 题为… up to the end of the clause; "主题党日" has no 是/为/colon and stays an activity.
     */
    private static final Finder MARKED = Finder.of("(?:主题|题目|标题)(?:为:|是:|是|为|:)(" + TITLE_BEFORE_NOUN + "|" + TITLE + ")"
            + "|(?<![主标])题为:?(" + TITLE_BEFORE_NOUN + "|" + TITLE + ")");

    /**
     * "主题党日：宪法宣传进社区", "党课：学习新党章": a colon after the name of an activity that has a topic opens it, up to
     * the end of the clause. Only the colon is masked: the name stays the activity, and what the topic names is read too.
     */
    private static final Finder HEADED = Finder.of("(?<=主题党日|党日活动|党课|微党课|专题党课):(" + TITLE + ")");

    /**
     * "主题是重温入党誓词 全体党员22人参加": in a voice transcript or a hurried line a space, not a comma, ends the topic
     * before the people who took part; a topic's own spaces ("守住底线 不碰红线") hold no count of people.
     */
    private static final Pattern PEOPLE_AFTER_SPACE = Pattern.compile(
            "[^,。;!?\\n\\u0000]{0,6}?(?:\\d+|[" + CN + "]+)(?:多|余|来)?(?:人|名|位)");

    /** 以…为题 / 以…为主题: the topic stands between 以 and 为. */
    private static final Finder AROUND = Finder.of(
            "以((?:“[^”\\n]*”|《[^》\\n]*》|[^,。;!?\\n以“《]){2,40}?)为(?:主题|题目|题)");

    private static final String MONEY = "-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(" + MONEY + "|[" + CN + "]+)(万)?(?:元|块钱|块|圆)(?:([" + CN + "\\d])角)?(?:([" + CN + "\\d])分)?"
                    + "|¥(" + MONEY + ")(万)?元?");

    /** "党费1980", "党费已交齐 2860", "党费 11月 2860": a number right after 党费 (and its month) is its amount, in yuan. */
    private static final Pattern DUES_NUMBER = Pattern.compile(
            "党费(?:[^,。;!?\\n\\d\\u0000]|\\d{1,2}月份?){0,5}?\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d{2,7})(?:\\.\\d{1,2})?)(?![\\d.%]|\\s?[人次名位个日号月年份])");

    private static final Finder QUANTITY = Finder.of(
            "(?<![\\d.第" + CN + "])"
                    + "(?:(?<took>(?:(?:参加|参会|出席|到会|与会|实到|参与|参训|参学)的?(?:人员|人数|党员|同志|人)?|到了|来了)"
                    + "(?:共计|共|有|为|是|约|达)?:?)"
                    + "|(?<absentBefore>应到|应参会|应参加|应出席|应到会|缺席|请假|未到)|(?<each>各)"
                    + "|(?<served>(?:服务|惠及|帮扶|帮助|覆盖|走访|慰问)(?:群众|居民|村民|老人|儿童|困难群众|家庭)"
                    + "(?:共计|共|约|达)?))?"
                    + "(?<number>-?\\d+(?:\\.\\d+)?|[" + CN + "]+)(?<about>多|余|来)?"
                    + "(?<unit>人次|个人|(?:名|位|个)(?:同志|党员)|次|回|场|期|篇|件|个|份|项|轮|批|户|人|名|位)"
                    + "(?<tookAfter>(?:党员|同志|人员)?(?:参加|参会|出席|到会|与会|参与|参训|参学)|都在|都到了|都来了|全到了?|到齐了?)?"
                    + "(?<absentAfter>请假|缺席|未到|未交|未缴|未参加|未)?");

    /**
     * The most characters a {@link #QUANTITY} match holds before its number's first digit or numeral: its longest
     * lead-ins, 参加的人员共计: and 服务困难群众共计, are 8, and a minus sign 1.
     */
    private static final int QUANTITY_LEAD = 9;

    /** "参加人数：21" says people even without 人. */
    private static final Pattern HEADCOUNT = Pattern.compile(
            "(?:参加|参会|出席|到会|与会|参与|实到)人数(?:共计|共|为|是|约|达)?:?(\\d+|[" + CN + "]+)(?![\\d." + CN + "])");

    /** "来了11个人", "到了8人": people came, so it took place. */
    private static final Pattern ARRIVED = Pattern.compile("来了|到了");

    /** People who need not be party members: the branch's size does not bound how many of them took part. */
    private static final Finder OUTSIDERS = Finder.of("群众|居民|村民|职工|师生|学生|青年|志愿者|市民|游客|家属");

    private static final Pattern ALL_MEMBERS = Pattern.compile("全体(?:支部)?(?:党员|同志)(?![\\d" + CN + "])");

    /** What is trimmed from both ends of a topic, typed half- or full-width; brackets of the title itself stay. */
    private static final String TOPIC_TRIM = "[\\s\\u0000\\u3000,.;:!?、。，．；：！？'‘’]+";
    private static final Pattern TOPIC_EDGES = Pattern.compile("^" + TOPIC_TRIM + "|" + TOPIC_TRIM + "$");

    private Facts() {
    }

    /**
     * Topics: text in quotes, after 主题：/题目：/题为, or between 以 and 为题. A topic is taken from the message as typed
     * (spaces and punctuation kept) and masked, so that an activity word inside it (《重温入党誓词》) is not a second
     * activity. Only “”「」 around nothing but an activity's own word ("开展“主题党日”活动") stress that activity: its
     * marks are masked, the word stays; a title in 《》 is always a topic.
     */
    static void topics(StringBuilder text, MessageText message, List<Stated> out, Predicate<String> isActivityWord) {
        if (!containsAny(text, "“「《『\"‘题:")) {
            return;
        }
        // a marked topic is taken whole first: 主题：学习《中国共产党纪律处分条例》 is all of it, not its title only
        Matcher m;
        for (Finder marked : List.of(AROUND, MARKED, HEADED)) {
            m = marked.matcher(text);
            for (int from = 0; marked.find(m, text, from); from = m.end()) {
                int group = firstGroup(m);
                int end = untilPeopleAfterSpace(text, message, m.start(group), m.end(group));
                if (marked != HEADED && !isActivityWord.test(text.substring(m.start(group), end).strip())) {
                    addTopic(out, message, text, m.start(), m.start(group), end);
                    mask(text, m.start(), end);
                    continue;
                }
                // a headed topic may name what was done as well ("主题党日：参观廉政教育基地"): its words stay readable,
                // and one that is nothing but an activity's name ("主题党日：重温入党誓词", "主题是重温入党誓词") is
                // that activity, no topic
                mask(text, m.start(), m.start(group));
                if (!isActivityWord.test(text.substring(m.start(group), end).strip())) {
                    addTopic(out, message, text, m.start(), m.start(group), end);
                    Matcher title = QUOTED.matcher(text).region(m.start(group), end);
                    while (title.find()) {
                        mask(text, title.start(), title.end());
                    }
                }
            }
        }
        m = QUOTED.matcher(text);
        while (m.find()) {
            int group = firstGroup(m);
            String inner = m.group(group);
            if (text.charAt(m.start()) != '《' && isActivityWord.test(inner.strip())) {
                mask(text, m.start(), m.start() + 1);
                mask(text, m.end() - 1, m.end());
                continue;
            }
            addTopic(out, message, text, m.start(), m.start(group), m.end(group));
            mask(text, m.start(), m.end());
        }
        m = UNCLOSED.matcher(text);
        while (m.find()) {
            addTopic(out, message, text, m.start(), m.start(1), m.end(1));
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
            String number = yen ? m.group(5) : m.group(1);
            BigDecimal value = number.chars().allMatch(c -> CN.indexOf(c) >= 0)
                    ? BigDecimal.valueOf(ChineseNumbers.parse(number))
                    : new BigDecimal(number.replace(",", ""));
            if ((yen ? m.group(6) : m.group(2)) != null) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            // 一千零五十元五角, 三百二十元八角五分
            for (int g = 3, scale = 1; g <= 4 && !yen; g++, scale++) {
                if (m.group(g) != null) {
                    value = value.add(BigDecimal.valueOf(ChineseNumbers.parse(m.group(g)), scale));
                }
            }
            out.add(new Amount(m.start(), m.group(), value));
            mask(text, m.start(), m.end());
        }
    }

    /** A bare number after 党费 in {@code original}, where {@code text} has not yet understood it. */
    static void duesNumbers(StringBuilder text, String original, List<Stated> out) {
        if (original.indexOf("党费") < 0) {
            return;
        }
        Matcher m = DUES_NUMBER.matcher(original);
        while (m.find()) {
            if (text.charAt(m.start(1)) == MASK) {
                continue;
            }
            out.add(new Amount(m.start(1), m.group(1) + "元", new BigDecimal(m.group(1).replace(",", ""))));
            mask(text, m.start(1), m.end(1));
        }
    }

    static void quantities(StringBuilder text, List<Stated> out) {
        Matcher m;
        if (text.indexOf("人数") >= 0) {
            m = HEADCOUNT.matcher(text);
            while (m.find()) {
                out.add(new Quantity(m.start(1), m.group(1) + "人", m.group(1), "人", Role.PARTICIPATION, false,
                        outsiders(text, m.start(), m.end()), false));
                mask(text, m.start(), m.end());
            }
        }
        m = QUANTITY.matcher(text).useTransparentBounds(true);
        for (int from = 0; nextQuantity(m, text, from); from = m.end()) {
            Role role = m.group("served") != null ? Role.SERVED
                    : m.group("absentBefore") != null || m.group("absentAfter") != null ? Role.ABSENT
                    : m.group("took") != null || m.group("tookAfter") != null ? Role.PARTICIPATION
                    : Role.PLAIN;
            String said = m.group("number") + (m.group("about") == null ? "" : m.group("about")) + m.group("unit");
            // "18个同志", "5名党员" count people as 人 does
            String unit = m.group("unit").endsWith("同志") || m.group("unit").endsWith("党员") ? "人" : m.group("unit");
            out.add(new Quantity(m.start("number"), said, m.group("number"), unit, role,
                    m.group("each") != null, outsiders(text, m.start(), m.end()), ARRIVED.matcher(m.group()).lookingAt()));
            mask(text, m.start(), m.end());
        }
        if (text.indexOf("全体") >= 0) {
            m = ALL_MEMBERS.matcher(text);
            while (m.find()) {
                out.add(new AllMembers(m.start()));
                mask(text, m.start(), m.end());
            }
        }
    }

    /**
     * Finds the next {@link #QUANTITY} at or after {@code from}, the one {@code find()} would: a match holds a number,
     * so only the {@link #QUANTITY_LEAD} positions before each digit or numeral, and its own, can start one. Trying
     * those alone, rather than every position of the message, made the finder several times cheaper.
     */
    private static boolean nextQuantity(Matcher m, CharSequence text, int from) {
        for (int number = numberAt(text, from); number >= 0; number = numberAt(text, from)) {
            for (int start = Math.max(from, number - QUANTITY_LEAD); start <= number; start++) {
                if (QUANTITY.opens(text.charAt(start)) && m.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
            from = number + 1;
        }
        return false;
    }

    /** The first digit or Chinese numeral at or after {@code from}, or -1. */
    private static int numberAt(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || CN.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the people counted at [start, end) are named as non-members, just before or inside the count. */
    private static boolean outsiders(CharSequence text, int start, int end) {
        int from = Math.max(0, start - 4);
        return OUTSIDERS.in(text, from, end);
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

    /**
     * A topic as typed. One that holds text already understood (题目：《…》 after its title) is not a second one; only
     * the stressing marks of an activity word ("主题是“重温入党誓词”") may have been masked at its edges.
     */
    /** Where an unquoted topic in [start, end) ends: before a space the member typed and a count of people after it. */
    private static int untilPeopleAfterSpace(CharSequence text, MessageText message, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (message.spaceBefore(i) && PEOPLE_AFTER_SPACE.matcher(text).region(i, end).lookingAt()) {
                return i;
            }
        }
        return end;
    }

    private static void addTopic(List<Stated> out, MessageText message, CharSequence masked, int at, int start, int end) {
        while (start < end && masked.charAt(start) == MASK) {
            start++;
        }
        while (end > start && masked.charAt(end - 1) == MASK) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (masked.charAt(i) == MASK) {
                return;
            }
        }
        String topic = unwrapped(TOPIC_EDGES.matcher(message.original(start, end)).replaceAll(""));
        if (!topic.isEmpty()) {
            out.add(new Topic(at, topic));
        }
    }

    /** 《奋进新征程》 and “学雷锋” lose their marks; 《A》和《B》 keeps them, since they are not one pair. */
    private static String unwrapped(String topic) {
        for (String pair : List.of("《》", "“”", "「」", "『』", "\"\"")) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            if (topic.length() >= 2 && topic.charAt(0) == open && topic.charAt(topic.length() - 1) == close
                    && topic.indexOf(close, 1) == topic.length() - 1) {
                return topic.substring(1, topic.length() - 1).strip();
            }
        }
        return topic;
    }

    /** The number of the first group that took part in the match. */
    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }
}
