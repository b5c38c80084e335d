package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.report.YearFramings.Framing;

/**
 * Everything a draft says that comes from the data: which themed parts and points exist (only those the year's
 * records or highlights feed), their exact counts, attendance and chosen topics, the secretary's own acts (for a
 * 述职报告), the problems the records show, what became of last year's problems, next year's calendar and the
 * 三会一课 table. Templates under {@code bot-config/report/} word it; nothing here is a sentence.
 *
 * <p>Counting a reader can trust: participants are given per activity, never added across kinds (the people at a
 * 支委会 and at a 党课 are mostly the same people); a topic is quoted only for the activity it was logged with, and
 * when one message logged several activities with the same topic, only for the first.
 *
 * @param through       the last day the draft looks at: 31 December, or today while the year runs
 * @param dated         the day the draft is made, as a document is dated: 2026年1月10日
 * @param openMonth     the month still running when the year is not over (its records may still come), else 0
 * @param partyMembers  the branch's 党员 ({@code memberCount} in branches.yml), 0 when unknown
 * @param parts         the themed parts of 履职情况 that have something to say, numbered without gaps
 * @param problems      problems grounded in the data, numbered 一是、二是…
 * @param generalProblems how many general, to-be-edited problems the template adds so that there are at least two
 * @param carried       last year's problems and whether this year met them; empty when last year has no records
 * @param calendar      next year's obligations of the branch, in catalogue order
 * @param facts         every activity with records, by catalogue key
 * @param keyFacts      the branch's obligations that have records, for the chat summary
 * @param highlights    what the secretary said was a 亮点 or 成效 this year, in the order said
 * @param table         the 三会一课 completion table of a 工作总结 (months × obligations)
 * @param completion    the same as two numbers and a rate
 */
public record DraftModel(
        String kind,
        String kindName,
        int year,
        String branch,
        String branchId,
        boolean yearComplete,
        LocalDate through,
        String throughText,
        String dated,
        int openMonth,
        int recordCount,
        Framing framing,
        Framing nextFraming,
        int partyMembers,
        List<Part> parts,
        List<Problem> problems,
        int generalProblems,
        List<Carried> carried,
        List<Duty> calendar,
        Map<String, ActivityYear> facts,
        List<ActivityYear> keyFacts,
        List<String> highlights,
        Table table,
        Completion completion) {

    /**
     * How many of the 三会一课 and 主题党日 the branch owed in the periods that have ended, and how many it held on
     * time: what 台账 readers call the 完成率.
     */
    public record Completion(int required, int met, int rate) {
    }

    /**
     * An activity's year.
     *
     * @param quantity       the count with its unit as a report writes it: 12次, 36人次, 3200元, 3,200.50元
     * @param participants   people who took part in this activity, summed over its sessions where logged
     * @param sessions       sessions whose participants were logged
     * @param average        people at such a session, on average (rounded)
     * @param attendance     the lowest attendance of such a session, in percent rounded down to a multiple of five,
     *                       when the branch's size is known; else 0
     * @param topics         up to three logged topics chosen by weight (七一 and anniversaries, the secretary's own
     *                       lectures, the best attended), in date order, as typed, without quotes
     * @param quotedTopics   the same, each in Chinese quotes: “追寻红色足迹”“重温入党誓词”
     * @param moreThanTopics whether there were more activities than topics shown, so that the sentence says 等
     * @param months         how many months have at least one
     * @param monthsLabel    those months as a sentence names them: 1月 / 3月、6月 / 1月至12月
     * @param everyMonth     held in every month that has ended (and at least one has), so a sentence may say 每月
     * @param own            how many the secretary logged: for a lecture or a talk, the secretary's own
     * @param ownQuantity    that count with its unit
     * @param ownTopics      the topics of those, quoted
     * @param othersTopics   the chosen topics of the rest, for a 述职报告 that has said the secretary's already
     */
    public record ActivityYear(String key, String name, String unit, long count, long participants, BigDecimal amount,
            String quantity, int sessions, long average, int attendance, List<String> topics, String quotedTopics,
            boolean moreThanTopics, int months, String monthsLabel, boolean everyMonth, long own, String ownQuantity,
            String ownTopics, List<String> othersTopics) {

        /** The same year as the branch's point tells it after the secretary's own: only the others' topics. */
        ActivityYear withOthersTopics() {
            return new ActivityYear(key, name, unit, count, participants, amount, quantity, sessions, average,
                    attendance, othersTopics, quoted(othersTopics), count > othersTopics.size(), months, monthsLabel,
                    everyMonth, own, ownQuantity, ownTopics, othersTopics);
        }
    }

    /**
     * 一是…: a claim fed by one or more activities. {@code ordinal} is empty when the point is its part's only one:
     * nobody writes 一是 without a 二是.
     */
    public record Point(String key, String ordinal, List<ActivityYear> facts) {
    }

    /**
     * （一）…: {@code section} is the outline's theme (politics, theory, organization, integrity, service,
     * rectification); {@code number} is 一, 二 …; {@code own} the secretary's own acts a 述职报告 opens the part with
     * (本人主持召开支委会12次…; empty in a 工作总结); {@code highlights} what the secretary said stood out here.
     */
    public record Part(String section, String number, List<ActivityYear> own, List<Point> points,
            List<String> highlights) {
    }

    /**
     * An obligation not met.
     *
     * @param labels the periods missed, as a sentence names them: 3月、8月 / 5月至7月 / 第二季度
     * @param whole  nothing at all in the periods that have ended (全年未…)
     * @param open   a yearly obligation whose year still runs (尚未…)
     */
    public record Miss(String key, String name, String cadence, String labels, boolean whole, boolean open) {
    }

    /**
     * Runs of three or more months without any record: {@code label} names them (4月至6月, or 1月至5月、9月至11月),
     * {@code runs} how many there are, {@code months} how many months in all; {@code obligations} are those owed and
     * not met in them.
     */
    public record Silence(String label, int runs, int months, List<Miss> obligations) {
    }

    /** What kind of weakness a problem names. Templates switch on the key ({@code p.kind} reads as it: "silence", …). */
    public enum ProblemKind {
        /** Runs of months without any record. */
        SILENCE,
        /** 三会一课 missed. */
        MEETINGS,
        THEME_DAY,
        /** A yearly obligation (组织生活会, 民主评议 …) not met. */
        YEARLY,
        DUES,
        /** An obligation an organisation added. */
        OTHER,
        /** Nothing logged at all. */
        RECORDS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }

        static ProblemKind of(Activity activity, Cadence cadence) {
            return Outline.THREE_MEETINGS.contains(activity.key()) ? MEETINGS
                    : Outline.THEME_DAY.equals(activity.key()) ? THEME_DAY
                    : cadence == Cadence.YEARLY ? YEARLY
                    : Outline.DUES.equals(activity.key()) ? DUES : OTHER;
        }
    }

    /** A problem the data shows; {@code silence} is set only for {@link ProblemKind#SILENCE}. */
    public record Problem(ProblemKind kind, String ordinal, List<Miss> misses, Silence silence) {
    }

    /**
     * One of last year's misses and this year's answer to it: {@code met} when every period of this year that has
     * ended had one; {@code now} this year's count (4次) or empty, {@code stillMissed} this year's missed periods.
     */
    public record Carried(String key, String name, String lastLabels, boolean lastWhole, boolean met, String now,
            String stillMissed) {
    }

    /** An obligation of next year: 支部党员大会 每季度 at least {@code times} a year. */
    public record Duty(String key, String name, String cadence, String every, int times) {
    }

    /**
     * The 三会一课 completion table: a row per obligation the branch owes, a mark per month ("✓" held, "" not), months
     * 1 to {@code months}.
     */
    public record Table(int months, List<Row> rows) {

        public boolean shown() {
            return !rows.isEmpty();
        }

        public record Row(String name, String every, List<String> marks, long total) {
        }
    }

    /** Months {@code first} to {@code last} of the year, both included. */
    record MonthRun(int first, int last) {

        int months() {
            return last - first + 1;
        }

        boolean covers(Period period) {
            return first <= period.firstMonth() && period.lastMonth() <= last;
        }

        String label() {
            return Chinese.monthRun(first, last);
        }
    }

    /**
     * What a draft is made from besides the year's records: the framing of the year and the next, the branch's
     * size, last year's counters (null when last year has no records) and the year's highlights.
     */
    public record Context(Framing framing, Framing nextFraming, int partyMembers, Tally lastYear,
            List<String> highlights) {

        public Context {
            highlights = List.copyOf(highlights);
        }
    }

    /** Units whose count is an event that people attend, so that the people at it are its participants. */
    private static final Set<String> EVENT_UNITS = Set.of("次", "场", "期");
    /** Units where a logged topic names the thing counted, so that a sentence can quote it. */
    private static final Set<String> TOPIC_UNITS = Set.of("次", "场", "期", "件", "个");
    private static final int MAX_TOPICS = 3;
    private static final Comparator<ActivityRecord> HELD = Comparator.comparing(ActivityRecord::date)
            .thenComparingLong(ActivityRecord::id);
    private static final int SILENCE_MONTHS = 3;
    private static final int MIN_PROBLEMS = 2;
    /** Topics that name the year's great occasions weigh most: a report never leaves out 七一. */
    private static final List<String> OCCASIONS = List.of("七一", "建党", "周年", "二十大", "全会", "二十一大", "国庆",
            "抗战", "长征", "五四");

    public static DraftModel of(DraftKind kind, int year, LocalDate today, Branch branch, Catalogue catalogue,
            List<ActivityRecord> records, Tally tally, Progress progress, Context context) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        boolean complete = today.isAfter(lastDay);
        LocalDate through = complete ? lastDay : today;
        int endedMonths = complete ? 12 : today.getMonthValue() - 1;

        Map<String, ActivityYear> facts = facts(catalogue, branch, records, tally, context.partyMembers(),
                endedMonths);
        List<Part> parts = parts(kind, catalogue, facts, context.highlights());
        List<Problem> problems = facts.isEmpty() ? List.of(new Problem(ProblemKind.RECORDS, Chinese.numeral(1) + "是",
                List.of(), null))
                : problems(catalogue, tally, progress, today, complete, endedMonths);
        List<Carried> carried = carried(year, today, branch, catalogue, tally, progress, context.lastYear(),
                endedMonths);
        if (!carried.isEmpty()) {
            parts.add(new Part("carried", Chinese.numeral(parts.size() + 1), List.of(), List.of(), List.of()));
        }
        List<ActivityYear> keyFacts = catalogue.all().stream()
                .filter(a -> branch.obligations().getOrDefault(a.key(), Cadence.NONE) != Cadence.NONE)
                .map(a -> facts.get(a.key()))
                .filter(f -> f != null)
                .toList();
        int months = complete ? 12 : today.getMonthValue();
        return new DraftModel(kind.key(), kind.chinese(), year, branch.name(), branch.id(), complete, through,
                Chinese.monthDay(through), Chinese.date(today), complete ? 0 : today.getMonthValue(),
                records.size(), context.framing(), context.nextFraming(), context.partyMembers(), List.copyOf(parts),
                problems, Math.max(0, MIN_PROBLEMS - problems.size()), carried, calendar(catalogue, branch), facts,
                keyFacts, context.highlights(), table(catalogue, branch, tally, months),
                completion(progress, today, endedMonths));
    }

    private static Map<String, ActivityYear> facts(Catalogue catalogue, Branch branch, List<ActivityRecord> records,
            Tally tally, int partyMembers, int endedMonths) {
        Map<String, List<ActivityRecord>> byActivity = new HashMap<>();
        for (ActivityRecord record : records) {
            byActivity.computeIfAbsent(record.activity(), k -> new ArrayList<>()).add(record);
        }
        Set<Long> borrowedTopics = borrowedTopics(records);
        Map<String, ActivityYear> facts = new LinkedHashMap<>();
        for (Activity activity : catalogue.all()) {
            String key = activity.key();
            long count = tally.count(key);
            if (count == 0) {
                continue;
            }
            List<ActivityRecord> own = byActivity.getOrDefault(key, List.of());
            BigDecimal amount = tally.amount(key);
            boolean topical = TOPIC_UNITS.contains(activity.unit());
            List<ActivityRecord> withTopic = topical ? own.stream()
                    .filter(r -> r.topic() != null && !topic(r.topic()).isEmpty()
                            && !borrowedTopics.contains(r.id()))
                    .toList() : List.of();
            List<String> shown = chosenTopics(withTopic, branch);
            long ownCount = own.stream().filter(r -> branch.isSecretary(r.senderId()))
                    .mapToLong(ActivityRecord::count).sum();
            List<String> ownTopics = chosenTopics(withTopic.stream()
                    .filter(r -> branch.isSecretary(r.senderId())).toList(), branch);
            List<String> othersTopics = chosenTopics(withTopic.stream()
                    .filter(r -> !branch.isSecretary(r.senderId())).toList(), branch);
            String quantity = activity.countsMoney() && amount.signum() > 0 ? Chinese.reportMoney(amount)
                    : count + (activity.countsMoney() ? "次" : activity.unit());
            List<Integer> active = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                if (tally.count(key, m) > 0) {
                    active.add(m);
                }
            }
            boolean event = EVENT_UNITS.contains(activity.unit());
            List<ActivityRecord> attended = event ? own.stream().filter(r -> r.participants() != null).toList()
                    : List.of();
            long people = attended.stream().mapToLong(ActivityRecord::participants).sum();
            long average = attended.isEmpty() ? 0 : Math.round((double) people / attended.size());
            int attendance = partyMembers <= 0 || attended.isEmpty() ? 0
                    : (int) (attended.stream().mapToLong(ActivityRecord::participants).min().orElse(0) * 100
                            / partyMembers / 5 * 5);
            facts.put(key, new ActivityYear(key, activity.name(), activity.unit(), count,
                    event ? people : tally.participants(key), amount, quantity, attended.size(), average,
                    Math.min(attendance, 100), shown, quoted(shown), count > shown.size(), active.size(),
                    Period.monthLabels(active), endedMonths > 0 && active.stream().filter(m -> m <= endedMonths).count()
                            == endedMonths, ownCount, ownCount + activity.unit(), quoted(ownTopics), othersTopics));
        }
        return facts;
    }

    /**
     * Records whose topic was said for another activity of the same message: "主题党日，主题“学雷锋践初心”，并开展志愿服务"
     * gives both records the topic, but it names the 主题党日. The first record of the message keeps it.
     */
    private static Set<Long> borrowedTopics(List<ActivityRecord> records) {
        Map<String, List<ActivityRecord>> byMessage = new HashMap<>();
        for (ActivityRecord record : records) {
            if (record.topic() != null && record.msgId() != null) {
                byMessage.computeIfAbsent(record.msgId(), k -> new ArrayList<>(2)).add(record);
            }
        }
        Set<Long> borrowed = new HashSet<>();
        for (List<ActivityRecord> message : byMessage.values()) {
            if (message.size() < 2) {
                continue;
            }
            // ids go up in the order the message's activities were said: the lowest keeps the topic
            Map<String, Long> first = new HashMap<>();
            message.forEach(r -> first.merge(topic(r.topic()), r.id(), Math::min));
            message.stream().filter(r -> first.get(topic(r.topic())) != r.id()).forEach(r -> borrowed.add(r.id()));
        }
        return borrowed;
    }

    /**
     * Up to three topics by weight: an occasion (七一, a 周年, a plenum) first, then a lecture of the secretary's own,
     * then the best attended; shown in the order they were held, each once.
     */
    private static List<String> chosenTopics(List<ActivityRecord> records, Branch branch) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, ActivityRecord> byTopic = new LinkedHashMap<>();
        for (ActivityRecord r : records.stream().sorted(HELD).toList()) {
            byTopic.putIfAbsent(topic(r.topic()), r);
        }
        record Weighted(String topic, ActivityRecord record, int weight) {
        }
        return byTopic.entrySet().stream()
                .map(e -> new Weighted(e.getKey(), e.getValue(), weight(e.getKey(), e.getValue(), branch)))
                .sorted(Comparator.comparingInt((Weighted w) -> -w.weight()).thenComparing(w -> w.record().date()))
                .limit(MAX_TOPICS)
                .sorted(Comparator.comparing(w -> w.record().date()))
                .map(Weighted::topic)
                .toList();
    }

    private static int weight(String topic, ActivityRecord record, Branch branch) {
        int weight = 0;
        MonthDay day = MonthDay.from(record.date());
        if (OCCASIONS.stream().anyMatch(topic::contains)
                || !day.isBefore(MonthDay.of(6, 25)) && !day.isAfter(MonthDay.of(7, 5))) {
            weight += 1000;
        }
        if (Outline.LECTURE.equals(record.activity()) && branch.isSecretary(record.senderId())) {
            weight += 500;
        }
        return weight + (record.participants() == null ? 0 : Math.min(record.participants(), 499));
    }

    private static List<Part> parts(DraftKind kind, Catalogue catalogue, Map<String, ActivityYear> facts,
            List<String> highlights) {
        Map<String, List<String>> placed = placeHighlights(highlights);
        List<Part> parts = new ArrayList<>();
        for (Outline.Theme theme : Outline.THEMES) {
            List<ActivityYear> own = kind == DraftKind.DUTY_REPORT ? ownActs(theme, facts) : List.of();
            List<List<ActivityYear>> groups = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Outline.PointSpec spec : theme.points()) {
                groups.add(spec.activities().stream().map(facts::get)
                        .filter(f -> f != null && !saidAsOwn(f, own))
                        .map(f -> own.contains(f) && Outline.IN_PERSON.contains(f.key()) ? f.withOthersTopics() : f)
                        .toList());
                keys.add(spec.key());
            }
            groups.add(catalogue.all().stream()
                    .filter(a -> a.section().equals(theme.section()) && !Outline.PLACED.containsKey(a.key()))
                    .map(a -> facts.get(a.key()))
                    .filter(f -> f != null)
                    .toList());
            keys.add(Outline.OTHER);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (!groups.get(i).isEmpty()) {
                    points.add(new Point(keys.get(i), Chinese.numeral(points.size() + 1) + "是", groups.get(i)));
                }
            }
            if (points.size() == 1) {
                Point only = points.get(0);
                points.set(0, new Point(only.key(), "", only.facts()));
            }
            List<String> said = placed.getOrDefault(theme.key(), List.of());
            if (!points.isEmpty() || !own.isEmpty() || !said.isEmpty()) {
                parts.add(new Part(theme.key(), Chinese.numeral(parts.size() + 1), own, points, said));
            }
        }
        return parts;
    }

    /** The secretary's own acts of a theme, in catalogue order of the outline. */
    private static List<ActivityYear> ownActs(Outline.Theme theme, Map<String, ActivityYear> facts) {
        List<ActivityYear> own = new ArrayList<>();
        for (Outline.PointSpec spec : theme.points()) {
            for (String key : spec.activities()) {
                ActivityYear f = facts.get(key);
                if (f != null && (Outline.CHAIRED.contains(key) || Outline.LIFE_MEETING.equals(key)
                        || Outline.IN_PERSON.contains(key) && f.own() > 0)) {
                    own.add(f);
                }
            }
        }
        return List.copyOf(own);
    }

    /** A chaired meeting, or an act the secretary did every time, is said once: as the secretary's. */
    private static boolean saidAsOwn(ActivityYear fact, List<ActivityYear> own) {
        return own.contains(fact) && (Outline.CHAIRED.contains(fact.key())
                || Outline.IN_PERSON.contains(fact.key()) && fact.own() == fact.count());
    }

    /** Each highlight to the theme whose words it uses most; one that names none goes to the organisation's part. */
    private static Map<String, List<String>> placeHighlights(List<String> highlights) {
        Map<String, List<String>> placed = new HashMap<>();
        for (String highlight : highlights) {
            String best = "organization";
            int most = 0;
            for (Outline.Theme theme : Outline.THEMES) {
                int hits = (int) theme.words().stream().filter(highlight::contains).count();
                if (hits > most) {
                    most = hits;
                    best = theme.key();
                }
            }
            placed.computeIfAbsent(best, k -> new ArrayList<>()).add(sentence(highlight));
        }
        return placed;
    }

    /** A highlight as typed, ending as a sentence does. */
    private static String sentence(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "。.;；，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static List<Problem> problems(Catalogue catalogue, Tally tally, Progress progress, LocalDate today,
            boolean complete, int endedMonths) {
        List<MonthRun> silences = silences(tally, endedMonths);
        Map<ProblemKind, List<Miss>> groups = new EnumMap<>(ProblemKind.class);
        for (ProblemKind kind : List.of(ProblemKind.MEETINGS, ProblemKind.THEME_DAY, ProblemKind.YEARLY,
                ProblemKind.DUES, ProblemKind.OTHER)) {
            groups.put(kind, new ArrayList<>());
        }
        Map<MonthRun, List<Miss>> silenced = new LinkedHashMap<>();
        silences.forEach(s -> silenced.put(s, new ArrayList<>()));
        for (Progress.Item item : progress.items()) {
            Activity activity = item.activity();
            Cadence cadence = item.cadence();
            ProblemKind group = ProblemKind.of(activity, cadence);
            if (cadence == Cadence.YEARLY) {
                if (!item.missing().isEmpty()) {
                    groups.get(group).add(new Miss(activity.key(), activity.name(), cadence.key(),
                            item.missing().get(0).label(), true, !complete));
                }
                continue;
            }
            List<Period> missed = ended(item, today);
            int ended = cadence == Cadence.MONTHLY ? endedMonths : endedMonths / 3;
            if (missed.isEmpty()) {
                continue;
            }
            // "全年未召开" only when nothing was held at all, the running period included
            if (missed.size() == ended && item.done() == 0) {
                groups.get(group).add(new Miss(activity.key(), activity.name(), cadence.key(), Period.labels(missed), true,
                        false));
                continue;
            }
            List<Period> outside = new ArrayList<>();
            for (Period period : missed) {
                MonthRun within = silences.stream().filter(s -> s.covers(period)).findFirst().orElse(null);
                if (within == null) {
                    outside.add(period);
                }
                else if (silenced.get(within).stream().noneMatch(m -> m.key().equals(activity.key()))) {
                    silenced.get(within).add(new Miss(activity.key(), activity.name(), cadence.key(), "", false,
                            false));
                }
            }
            if (!outside.isEmpty()) {
                groups.get(group).add(new Miss(activity.key(), activity.name(), cadence.key(), Period.labels(outside), false,
                        false));
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (!silences.isEmpty()) {
            List<Miss> owed = new ArrayList<>();
            silenced.values().forEach(misses -> misses.stream()
                    .filter(m -> owed.stream().noneMatch(o -> o.key().equals(m.key())))
                    .forEach(owed::add));
            owed.sort(Comparator.comparingInt(m -> catalogue.all().indexOf(catalogue.get(m.key()))));
            String label = silences.stream().map(MonthRun::label).collect(Collectors.joining("、"));
            int months = silences.stream().mapToInt(MonthRun::months).sum();
            problems.add(new Problem(ProblemKind.SILENCE, Chinese.numeral(1) + "是", List.of(),
                    new Silence(label, silences.size(), months, List.copyOf(owed))));
        }
        groups.forEach((kind, misses) -> {
            if (!misses.isEmpty()) {
                problems.add(new Problem(kind, Chinese.numeral(problems.size() + 1) + "是", List.copyOf(misses), null));
            }
        });
        return problems;
    }

    private static Completion completion(Progress progress, LocalDate today, int endedMonths) {
        int required = 0;
        int met = 0;
        for (Progress.Item item : progress.items()) {
            if (!Outline.TABLE.contains(item.activity().key())) {
                continue;
            }
            int periods = item.cadence() == Cadence.MONTHLY ? endedMonths
                    : item.cadence() == Cadence.QUARTERLY ? endedMonths / 3 : 0;
            required += periods;
            met += periods - ended(item, today).size();
        }
        return new Completion(required, met, required == 0 ? 0 : met * 100 / required);
    }

    /** The periods of an obligation that have ended without one. */
    private static List<Period> ended(Progress.Item item, LocalDate today) {
        return item.missing().stream().filter(p -> p.end().isBefore(today)).toList();
    }

    /**
     * Last year's missed obligations and this year's answer: met when none of this year's ended periods was missed
     * (a yearly one: held), with this year's count.
     */
    private static List<Carried> carried(int year, LocalDate today, Branch branch, Catalogue catalogue, Tally tally,
            Progress progress, Tally lastYear, int endedMonths) {
        if (lastYear == null) {
            return List.of();
        }
        Progress last = Progress.ofYear(year - 1, LocalDate.of(year, 1, 1), catalogue, branch.obligations(), lastYear);
        Map<String, Progress.Item> now = progress.items().stream()
                .collect(Collectors.toMap(i -> i.activity().key(), i -> i));
        List<Carried> carried = new ArrayList<>();
        for (Progress.Item item : last.items()) {
            if (item.missing().isEmpty()) {
                continue;
            }
            Progress.Item current = now.get(item.activity().key());
            if (current == null) {
                continue;
            }
            boolean yearly = item.cadence() == Cadence.YEARLY;
            List<Period> stillMissed = yearly ? List.of() : ended(current, today);
            boolean met = yearly ? current.done() > 0 : stillMissed.isEmpty() && (endedMonths > 0 || current.done() > 0);
            long count = tally.count(item.activity().key());
            Activity activity = item.activity();
            carried.add(new Carried(activity.key(), activity.name(), yearly ? "" : Period.labels(item.missing()),
                    item.done() == 0, met, count == 0 ? "" : count + (activity.countsMoney() ? "次" : activity.unit()),
                    Period.labels(stillMissed)));
        }
        return List.copyOf(carried);
    }

    /** Runs of at least three ended months without any record. */
    private static List<MonthRun> silences(Tally tally, int endedMonths) {
        List<MonthRun> runs = new ArrayList<>();
        int start = 0;
        for (int m = 1; m <= endedMonths + 1; m++) {
            boolean quiet = m <= endedMonths && total(tally, m) == 0;
            if (quiet && start == 0) {
                start = m;
            }
            else if (!quiet && start != 0) {
                if (m - start >= SILENCE_MONTHS) {
                    runs.add(new MonthRun(start, m - 1));
                }
                start = 0;
            }
        }
        return runs;
    }

    private static long total(Tally tally, int month) {
        long total = 0;
        for (String activity : tally.activities()) {
            total += tally.count(activity, month);
        }
        return total;
    }

    /** Next year's obligations of the branch: the calendar its 下步打算 commits to. */
    private static List<Duty> calendar(Catalogue catalogue, Branch branch) {
        List<Duty> duties = new ArrayList<>();
        for (Activity activity : catalogue.all()) {
            Cadence cadence = branch.obligations().getOrDefault(activity.key(), Cadence.NONE);
            if (cadence == Cadence.NONE) {
                continue;
            }
            int times = switch (cadence) {
                case MONTHLY -> 12;
                case QUARTERLY -> 4;
                default -> 1;
            };
            duties.add(new Duty(activity.key(), activity.name(), cadence.key(), cadence.everyChinese(), times));
        }
        return List.copyOf(duties);
    }

    private static Table table(Catalogue catalogue, Branch branch, Tally tally, int months) {
        List<Table.Row> rows = new ArrayList<>();
        for (String key : Outline.TABLE) {
            Cadence cadence = branch.obligations().getOrDefault(key, Cadence.NONE);
            if (cadence == Cadence.NONE || catalogue.find(key).isEmpty()) {
                continue;
            }
            List<String> marks = new ArrayList<>();
            for (int m = 1; m <= months; m++) {
                marks.add(tally.count(key, m) > 0 ? "✓" : "");
            }
            rows.add(new Table.Row(catalogue.get(key).name(), cadence.everyChinese(), List.copyOf(marks),
                    tally.count(key, 1, months)));
        }
        return new Table(months, List.copyOf(rows));
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
    private static String quoted(List<String> topics) {
        return topics.stream()
                .map(t -> t.startsWith("《") && t.endsWith("》") ? t : "“" + t + "”")
                .collect(Collectors.joining());
    }

}
