package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;

/**
 * What a member said about an event beyond the fields a record keeps: where it was, whom it served, what came of it
 * ("到阳光社区开展志愿服务", "为12户困难群众修缮危房"). A report tells an event with these words; the date, the people,
 * the topic and the activity's own name are said by the record's fields already and are left out. A title stays where
 * the words say more than the title ("到市档案馆参观“红色档案”展览", "学习《中国共产党纪律处分条例》"): a report names
 * what was watched or read in the sentence that tells it.
 */
final class Words {

    private static final Pattern TIME = Pattern.compile("^(?:另外|此外|还有|同时|今天|今日|昨天|前天|上午|下午|晚上|也|又"
            + "|本周[一二三四五六日天]?|上周[一二三四五六日天]?|本月|上月|上个月|这个月|当月|本月\\d{1,2}[日号]"
            + "|\\d{1,2}月份?(?:\\d{1,2}[日号])?|\\d{1,2}[./]\\d{1,2}|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|[一二三四五六七八九十]+月份?(?:[一二三四五六七八九十]+[日号])?)+");
    /** "召开了12月份支委会", "开展主题党日": the doing of the activity the record names, at the clause's start. */
    private static final Pattern HELD = Pattern.compile("^(?:召开了?|开展了?|举行了?|组织了?|开了|讲了?|上了?)?");
    /** After a meeting's name, what it took up: "支委会 研究…", "党员大会传达…". */
    private static final Pattern TAKEN_UP = Pattern.compile("\\s+\\S|上?(?:研究|讨论|学习|传达|通报|部署|审议|听取|表决|选举|集体)|到|在|赴|走进|前往|参观|观看");
    /** What only a chat says of its activity: 已召开, 收缴完毕, 一次. */
    private static final Pattern CHAT = Pattern.compile("(?:已经|已|也|都)?(?:召开|开展|开|收缴|收齐|交|讲)?(?:了|过|完毕|完成|结束)?"
            + "(?:一次|1次)?$");
    private static final Pattern PEOPLE = Pattern.compile("(?:共|全体党员)?\\d+(?:名党员|名|人)(?:参加|参会|出席)?"
            + "|(?:参加|参会|出席)(?:人数)?\\d+人|(?:应到|实到|请假|缺席)\\d+人");
    /** People said as who attended (15人参加): the record's participants; 组织12名党员巡堤 says what was done. */
    private static final Pattern ATTENDANCE = Pattern.compile("(?:共|全体党员)?\\d+(?:名党员|名|人)(?:参加|参会|出席)"
            + "|(?:参加|参会|出席)(?:人数)?\\d+人");
    /**
     * Words of an activity's family that name a place (烈士陵园, 革命纪念馆, 红色教育基地): where it was held is what a
     * report tells, so they are not taken for the activity's name.
     */
    private static final Pattern PLACE = Pattern.compile(".*(?:陵园|纪念馆|博物馆|展览馆|基地|旧址|故居)$");
    private static final Pattern TOPIC = Pattern.compile("^(?:主题(?!党日)|题目)");
    /** "… 16人" at the end of a clause: the people, said without 参加. */
    private static final Pattern TRAILING_PEOPLE = Pattern.compile("\\s+(?:共|共计)?\\d+(?:名党员|名|人)$");
    private static final Pattern FILLER = Pattern.compile("[开展召组织举行参加了集中学习活动的和在与今天书记支部党员收缴交纳]");
    /** How a member qualifies the activity itself (专题组织生活会, 微党课): the record's name says it already. */
    private static final Pattern QUALIFIER = Pattern.compile("专题|本次|这次|一次|微|线上|集中|年度|[一二三四1-4]季度|另外|也|已|完毕|并");
    /** Counts and amounts: the record has them. */
    private static final Pattern FIGURES = Pattern.compile("\\d+(?:\\.\\d+)?(?:元|月份?|次|件|份|名|人次|篇|个)?");
    /** "以“…”为主题", "主题：", "题目是": what frames a topic, left once the topic is taken out of a clause. */
    private static final Pattern FRAME = Pattern.compile("以\\s*为(?:主题|题目|题)|(?:主题(?!党日)|题目|标题)(?:为|是)?[:：]?");
    /** "学习《…》", "观看《…》": a clause that is a title and how it was taken in tells what was done with it. */
    private static final Pattern TAKEN_IN = Pattern.compile("(?:组织党员|组织)?(?:集中|专题)?(?:学习|观看|收看|观摩|研读|诵读|解读"
            + "|传达学习|传达)");
    /** Quotes typed half-width or as corner brackets are printed as the “” of a document. */
    private static final Pattern OTHER_QUOTES = Pattern.compile("\"([^\"\\n]+)\"|「([^」\\n]+)」|『([^』\\n]+)』");

    private Words() {
    }

    /**
     * The clauses of a member's message that say more than the record's fields, joined by "，"; else empty.
     *
     * @param topic     the event's topic for the activity told, without its marks: a clause that only frames it
     *                  ("主题党日：宪法宣传进社区", "题目是《…》") is left to the topic
     * @param elsewhere topics of other activities of the event that are told in their own place (the 党课 given at a
     *                  党员大会): a clause naming one is theirs
     */
    static String extra(String words, Catalogue catalogue, String topic, List<String> elsewhere) {
        if (words == null || words.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String clause : words.split("[，,；;。！!\\n]")) {
            String c = TIME.matcher(clause.strip()).replaceFirst("").strip();
            if (c.isEmpty() || TOPIC.matcher(c).find() || PEOPLE.matcher(c).replaceAll("").isBlank()
                    || elsewhere.stream().anyMatch(t -> !t.isEmpty() && c.contains(t))) {
                continue;
            }
            String untitled = topic.isEmpty() || !c.contains(topic) ? c
                    : FRAME.matcher(c.replace(topic, "").replaceAll("[《“「『\"][》”」』\"]", "")).replaceAll("").strip();
            if (!untitled.equals(c) && TAKEN_IN.matcher(untitled).matches()) {
                kept.add(quotes(c));
                continue;
            }
            String rest = untitled;
            for (Activity activity : catalogue.all()) {
                rest = rest.replace(activity.name(), "");
                for (String synonym : activity.synonyms()) {
                    if (!PLACE.matcher(synonym).matches()) {
                        rest = rest.replace(synonym, "");
                    }
                }
            }
            // marks say nothing by themselves: “我为群众办实事” stresses the activity's own name
            rest = FILLER.matcher(QUALIFIER.matcher(FIGURES.matcher(PEOPLE.matcher(rest).replaceAll("")).replaceAll(""))
                    .replaceAll("")).replaceAll("").replaceAll("[《》“”「」『』\"]", "");
            if (rest.length() >= 2) {
                String told = ATTENDANCE.matcher(c).replaceAll("").replaceAll("^[，、\\s]+|[，、\\s]+$", "");
                told = TRAILING_PEOPLE.matcher(withoutLeadingName(told, catalogue)).replaceFirst("");
                kept.add(quotes(CHAT.matcher(told).replaceFirst("").strip()));
            }
        }
        return String.join("，", kept);
    }

    private static String quotes(String said) {
        return OTHER_QUOTES.matcher(said).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("“"
                + (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) + "”"));
    }

    /**
     * "支委会 研究发展党员工作" is what the 支委会 took up: the record names the meeting, the words tell the rest; so is
     * "主题党日：观看警示教育片…", a chat's heading. A name inside what was done stays ("组织党员到烈士陵园开展主题党日").
     */
    private static String withoutLeadingName(String told, Catalogue catalogue) {
        String held = HELD.matcher(told).replaceFirst("");
        for (Activity activity : catalogue.all()) {
            for (String name : names(activity)) {
                if (held.startsWith(name) && !PLACE.matcher(name).matches()
                        && TAKEN_UP.matcher(held).region(name.length(), held.length()).lookingAt()) {
                    return held.substring(name.length()).strip();
                }
                if (held.startsWith(name + "：") || held.startsWith(name + ":")) {
                    return held.substring(name.length() + 1).strip();
                }
            }
        }
        return told;
    }

    /** Longest first: "支委会会议" is taken whole, not as "支委会". */
    private static List<String> names(Activity activity) {
        List<String> names = activity.words();
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }
}
