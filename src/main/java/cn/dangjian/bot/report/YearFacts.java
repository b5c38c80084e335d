package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.report.DraftModel.ActivityYear;
import cn.dangjian.bot.report.DraftModel.Moment;
import cn.dangjian.bot.report.YearEvents.Event;
import cn.dangjian.bot.report.YearEvents.Ref;

/**
 * Each activity's year from the year's events: its count (an event once, however many records tell it), the people
 * at its events, its months, the topics and moments worth naming, the secretary's own part, and the records behind
 * every number.
 *
 * <p>An activity the branch owes (a 党课) counts every event that holds it, also one counted as something else (a
 * 党员大会 with a 党课); any other activity counts only the events it is the first owed-or-said activity of, so that a
 * 主题党日 with 重温入党誓词 is not also a 重温入党誓词 activity of its own. People are given only where the event is
 * counted as the activity, so that the same twenty people are never said twice.
 */
final class YearFacts {

    /** Units whose count is an event that people attend, so that the people at it are its participants. */
    private static final Set<String> EVENT_UNITS = Set.of("次", "场", "期");
    /** Units where a logged topic names the thing counted, so that a sentence can quote it. */
    private static final Set<String> TOPIC_UNITS = Set.of("次", "场", "期", "件", "个");
    private static final int MAX_TOPICS = 3;
    /** A year's events of one activity told month by month: a monthly one at most, every month. */
    private static final int MAX_CHRONICLE = 12;
    /** Topics that name the year's great occasions weigh most: a report never leaves out 七一. */
    private static final List<String> OCCASIONS = List.of("七一", "建党", "周年", "二十大", "全会", "二十一大", "国庆",
            "抗战", "长征", "五四");

    private static final Set<String> LECTURES = Set.of("party_lecture", "integrity_lecture", "expert_lecture");

    /**
     * "局纪检组长来支部讲廉政党课", "邀请市委党校王教授作专题辅导", "由组织委员讲党课": a lecture the secretary logged and
     * someone else gave is not the secretary's own.
     */
    private static final Pattern ANOTHER_SPEAKER = Pattern.compile(
            "(?:邀请|请来|请了|特邀)|[^，。！!,\\s]{2,12}?(?:来支部|到支部|来我支部)|由(?!本人|我)[^，。]{1,12}?(?:讲|主讲|授课|宣讲)"
                    + "|主讲人|授课人|主讲[:：]");

    private YearFacts() {
    }

    /**
     * Whether {@code self} did the event's {@code activity}: logged it, and, for a lecture, gave it. What a meeting
     * decided (表彰优秀共产党员3名 at a 党员大会) is the meeting's, not the secretary's own act.
     */
    private static boolean givenBy(Event event, String activity, Predicate<String> self) {
        String words = event.words();
        return self.test(event.senderId()) && !(LECTURES.contains(activity) && words != null
                && ANOTHER_SPEAKER.matcher(words).find())
                && !(Activity.DECIDED_AT_MEETINGS.contains(activity) && !event.primary().equals(activity));
    }

    /**
     * @param self who the draft's 本人 is: the 书记 on its last day where secretaries are named (a predecessor's
     *             lectures are not the new 书记's), else any secretary
     */
    static Map<String, ActivityYear> of(Catalogue catalogue, Branch branch, YearEvents events, Set<String> owed,
            int partyMembers, int firstMonth, int endedMonths, Predicate<String> self) {
        Map<String, ActivityYear> facts = new LinkedHashMap<>();
        for (Activity activity : catalogue.all()) {
            String key = activity.key();
            // a 党员大会 that admitted a member is one event, and the admission still the year's 发展党员
            List<Event> counted = owed.contains(key) || Activity.DECIDED_AT_MEETINGS.contains(key) ? events.holding(key)
                    : events.countedAs(key);
            if (counted.isEmpty()) {
                continue;
            }
            long count = counted.stream().mapToLong(e -> e.count(key)).sum();
            if (count == 0 && !activity.countsMoney()) {
                continue;
            }
            List<ActivityRecord> records = counted.stream().flatMap(e -> e.records().stream())
                    .filter(r -> r.activity().equals(key)).toList();
            BigDecimal amount = records.stream().map(ActivityRecord::amount).filter(a -> a != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String quantity = activity.countsMoney() && amount.signum() > 0 ? Chinese.reportMoney(amount)
                    : count + (activity.countsMoney() ? "次" : activity.unit());
            boolean event = EVENT_UNITS.contains(activity.unit());
            List<Event> attended = event ? counted.stream()
                    .filter(e -> e.primary().equals(key) && e.participants() != null).toList() : List.of();
            long people = attended.stream().mapToLong(Event::participants).sum();
            long average = attended.isEmpty() ? 0 : Math.round((double) people / attended.size());
            int attendance = partyMembers <= 0 || attended.isEmpty() ? 0
                    : (int) Math.min(100, attended.stream().mapToLong(Event::participants).min().orElse(0) * 100
                            / partyMembers / 5 * 5);
            Set<Integer> active = new java.util.TreeSet<>();
            counted.forEach(e -> active.add(e.month()));
            long owedMonths = endedMonths - firstMonth + 1;
            boolean everyMonth = owedMonths > 0
                    && active.stream().filter(m -> m >= firstMonth && m <= endedMonths).count() == owedMonths;
            boolean topical = TOPIC_UNITS.contains(activity.unit());
            List<Event> withTopic = topical ? counted.stream().filter(e -> !e.topic(key).isEmpty()).toList()
                    : List.of();
            List<Event> ownEvents = counted.stream()
                    .filter(e -> givenBy(e, key, self)).toList();
            long ownCount = ownEvents.stream().mapToLong(e -> e.count(key)).sum();
            List<String> shown = chosen(withTopic, branch).stream().map(e -> e.topic(key)).distinct().toList();
            List<String> ownTopics = chosen(withTopic.stream().filter(ownEvents::contains).toList(), branch).stream()
                    .map(e -> e.topic(key)).distinct().toList();
            List<String> othersTopics = chosen(withTopic.stream().filter(e -> !ownEvents.contains(e)).toList(), branch)
                    .stream().map(e -> e.topic(key)).distinct().toList();
            List<Ref> refs = records.stream().map(r -> new Ref(r.id(), r.date())).toList();
            facts.put(key, new ActivityYear(key, activity.name(), activity.unit(), count, people, amount, quantity,
                    attended.size(), average, attendance, shown, quoted(shown), count > shown.size(), active.size(),
                    Period.monthLabels(List.copyOf(active)), everyMonth, ownCount, ownCount + activity.unit(),
                    quoted(ownTopics), othersTopics, moments(counted, key, branch, catalogue, MAX_TOPICS, self, owed),
                    moments(counted, key, branch, catalogue, MAX_CHRONICLE, self, owed), refs));
        }
        return facts;
    }

    /**
     * Up to three events by weight: an occasion (七一, a 周年, a plenum) first, then the secretary's own lecture, then
     * the best attended; in the order they were held, each topic once.
     */
    static List<Event> chosen(List<Event> events, Branch branch) {
        return chosen(events, branch, null);
    }

    /** The same, by the topic said for {@code activity} (any when null). */
    static List<Event> chosen(List<Event> events, Branch branch, String activity) {
        return chosen(events, branch, activity, MAX_TOPICS);
    }

    private static List<Event> chosen(List<Event> events, Branch branch, String activity, int limit) {
        Map<String, Event> byTopic = new LinkedHashMap<>();
        // two events told alike (a topic used twice in a month) are told once
        events.forEach(e -> byTopic.putIfAbsent(activity == null ? e.topic()
                : e.topic(activity) + "#" + e.month() + "#" + e.alongside() + "#" + e.words(), e));
        return byTopic.values().stream()
                .sorted(Comparator.comparingInt((Event e) -> -weight(e, branch)).thenComparing(Event::date))
                .limit(limit)
                .sorted(Comparator.comparing(Event::date))
                .toList();
    }

    private static int weight(Event event, Branch branch) {
        int weight = 0;
        MonthDay day = MonthDay.from(event.date());
        if (OCCASIONS.stream().anyMatch(event.topic()::contains)
                || !day.isBefore(MonthDay.of(6, 25)) && !day.isAfter(MonthDay.of(7, 5))) {
            weight += 1000;
        }
        if (Outline.LECTURE.equals(event.primary()) && branch.isSecretary(event.senderId())) {
            weight += 500;
        }
        if (!event.alongside().isEmpty()) {
            weight += 200;
        }
        Integer people = event.participants();
        return weight + (people == null ? 0 : Math.min(people, 199));
    }

    /**
     * The events of an activity worth telling by date: those with a topic, with other activities done at them or
     * with words beyond the record's fields (where, for whom), up to {@code limit} by weight, in date order.
     */
    private static List<Moment> moments(List<Event> counted, String key, Branch branch, Catalogue catalogue,
            int limit, Predicate<String> self, Set<String> owed) {
        // an event counted as something else is told there; a lecture given at a 党员大会 is told as the lecture too
        List<Event> telling = counted.stream()
                .filter(e -> e.primary().equals(key) || !e.topic(key).isEmpty())
                .filter(e -> !e.topic(key).isEmpty() || !e.alongside().isEmpty()
                        || !said(e, key, catalogue, owed).isEmpty()).toList();
        List<Moment> moments = new ArrayList<>();
        for (Event e : chosen(telling, branch, key, limit)) {
            boolean own = e.primary().equals(key);
            String topic = e.topic(key);
            String said = own ? said(e, key, catalogue, owed) : "";
            boolean saidTopic = false;
            if (topic.startsWith("《")) {
                // a course the member put in quotes is still a course: 讲党课“守纪律 讲规矩” is said 讲党课《守纪律 讲规矩》
                said = said.replace("“" + untitled(topic) + "”", topic);
            }
            if (!topic.isEmpty() && said.contains(untitled(topic))) {
                // the member's words name it where it was watched or read: once is enough
                saidTopic = true;
            } else if (phrase(topic)) {
                said = said.isEmpty() ? topic : topic + "，" + said;
                saidTopic = true;
            } else if (topic.startsWith("《") && !said.isEmpty()) {
                int after = lastNamed(said, catalogue.find(key).map(Activity::words).orElse(List.of()));
                if (after >= 0) {
                    said = said.substring(0, after) + topic + said.substring(after);
                    saidTopic = true;
                }
            }
            moments.add(new Moment(Chinese.month(e.month()), topic, topic.isEmpty() ? "" : quoted(List.of(topic)),
                    own ? e.alongside() : List.of(), said, saidTopic, e.participants() == null ? 0 : e.participants(),
                    givenBy(e, key, self), e.refs(), e.date().toString()));
        }
        return List.copyOf(moments);
    }

    /** What the member said of the event beyond its fields; a title another activity of it tells is left to that one. */
    private static String said(Event e, String key, Catalogue catalogue, Set<String> owed) {
        List<String> elsewhere = e.records().stream()
                .filter(r -> !r.activity().equals(key) && (owed.contains(r.activity())
                        || Activity.DECIDED_AT_MEETINGS.contains(r.activity())))
                .map(r -> topic(r.topic())).filter(t -> !t.isEmpty()).toList();
        return Words.extra(e.words(), catalogue, untitled(e.topic(key)), elsewhere);
    }

    /** Where in the member's words the activity is named last ("讲廉政党课"): its title goes right after the name. */
    private static int lastNamed(String said, List<String> names) {
        int after = -1;
        for (String name : names) {
            int at = said.lastIndexOf(name);
            if (at >= 0 && at + name.length() > after && said.indexOf('《', at) != at + name.length()) {
                after = at + name.length();
            }
        }
        return after;
    }

    /**
     * A topic with the marks a report gives it: a course (党课, 廉政党课, 讲座) and whatever the member wrote in 《》 is a
     * title in 《》; a topic already marked, or a deed that names a title ("观看警示教育片《…》"), is left as it is.
     */
    static String titled(String topic, String words, String activity) {
        if (topic.isEmpty() || topic.indexOf('《') >= 0 || topic.indexOf('“') >= 0) {
            return topic;
        }
        return LECTURES.contains(activity) || words.contains("《" + topic + "》") ? "《" + topic + "》" : topic;
    }

    /** "观看警示教育片《持续发力 纵深推进》": a topic that tells a deed and names its title inside, not a title. */
    private static boolean phrase(String topic) {
        return !topic.startsWith("《") && !topic.startsWith("“") && (topic.indexOf('《') >= 0 || topic.indexOf('“') >= 0);
    }

    /** A title without the one pair of marks around it. */
    private static String untitled(String topic) {
        if (topic.length() > 2 && (topic.startsWith("《") && topic.endsWith("》") && topic.indexOf('》') == topic.length() - 1
                || topic.startsWith("“") && topic.endsWith("”") && topic.indexOf('”') == topic.length() - 1)) {
            return topic.substring(1, topic.length() - 1);
        }
        return topic;
    }

    /** A logged topic without its own quotes; its inner spaces are the member's and stay. */
    static String topic(String text) {
        if (text == null) {
            return "";
        }
        String topic = text.strip();
        while (!topic.isEmpty() && "“”\"「」『』‘’'".indexOf(topic.charAt(0)) >= 0) {
            topic = topic.substring(1).strip();
        }
        while (!topic.isEmpty() && "“”\"「」『』‘’'".indexOf(topic.charAt(topic.length() - 1)) >= 0) {
            topic = topic.substring(0, topic.length() - 1).strip();
        }
        return topic.replace('\n', ' ').replace('*', '＊');
    }

    /** A book or document title keeps its 《》; anything else goes in “”. */
    static String quoted(List<String> topics) {
        return new LinkedHashSet<>(topics).stream()
                .map(t -> t.startsWith("《") && t.endsWith("》") ? t : "“" + t + "”")
                .collect(Collectors.joining());
    }
}
