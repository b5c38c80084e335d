package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/**
 * Everything a draft says that comes from the data: which themed parts and points exist (only those the year's
 * records feed), their exact counts and a few logged topics, the problems the records show, and the chart's series.
 * Templates under {@code bot-config/report/} word it; nothing here is a sentence.
 *
 * @param through         the last day the draft looks at: 31 December, or today while the year runs
 * @param dated           the day the draft is made, as a document is dated: 2026年1月10日
 * @param parts           the themed parts of 履职情况 that have points, numbered without gaps
 * @param problems        problems grounded in the data, numbered 一是、二是…
 * @param generalProblems how many general, to-be-edited problems the template adds so that there are at least two
 * @param facts           every activity with records, by catalogue key
 * @param keyFacts        the branch's obligations that have records, for the chat summary
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
        int recordCount,
        List<Part> parts,
        List<Problem> problems,
        int generalProblems,
        Map<String, ActivityYear> facts,
        List<ActivityYear> keyFacts,
        Chart chart) {

    /**
     * An activity's year.
     *
     * @param quantity       the count with its unit as a report writes it: 12次, 36人次, 3200元, 3,200.50元
     * @param participants   people who took part, summed where logged (人次)
     * @param topics         up to three logged topics, oldest first, without quotes
     * @param quotedTopics   the same, each in Chinese quotes: “追寻红色足迹”“重温入党誓词”
     * @param moreThanTopics whether there were more activities than topics shown, so that the sentence says 等
     * @param months         how many months have at least one
     */
    public record ActivityYear(String key, String name, String unit, long count, long participants, BigDecimal amount,
            String quantity, List<String> topics, String quotedTopics, boolean moreThanTopics, int months) {
    }

    /**
     * 一是…: a claim fed by one or more activities; {@code participants} sums the people logged at them when all are
     * meetings or events (人次), and is 0 otherwise.
     * {@code ordinal} is empty when the point is its part's only one: nobody writes 一是 without a 二是.
     */
    public record Point(String key, String ordinal, List<ActivityYear> facts, long participants) {
    }

    /** （一）…: {@code section} is the catalogue section, or {@code rectification}; {@code number} is 一, 二 … */
    public record Part(String section, String number, List<Point> points) {
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

    /**
     * What kind of weakness a problem names. Templates switch on the key ({@code p.kind} reads as it: "silence", …).
     */
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

    /** Months {@code first} to {@code last} of the year, both included. */
    record MonthRun(int first, int last) {

        int months() {
            return last - first + 1;
        }

        boolean covers(Period period) {
            return first <= period.firstMonth() && period.lastMonth() <= last;
        }

        String label() {
            return first + "月至" + last + "月";
        }
    }

    /** Counts by month (index 0 = January) of one activity of the chart. */
    public record Series(String key, String label, long[] counts) {
    }

    /** The year's 三会一课 and 主题党日 by month, over {@code months} months; {@code shown} when any was held. */
    public record Chart(boolean shown, int months, List<Series> series) {
    }

    /** Units whose count is an event that people attend, so that its participants add up to 人次. */
    private static final Set<String> EVENT_UNITS = Set.of("次", "场", "期");
    /** Units where a logged topic names the thing counted, so that a sentence can quote it. */
    private static final Set<String> TOPIC_UNITS = Set.of("次", "场", "期", "件", "个");
    private static final int MAX_TOPICS = 3;
    private static final int SILENCE_MONTHS = 3;
    private static final int MIN_PROBLEMS = 2;

    public static DraftModel of(DraftKind kind, int year, LocalDate today, Branch branch, Catalogue catalogue,
            List<ActivityRecord> records, Tally tally, Progress progress) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        boolean complete = today.isAfter(lastDay);
        LocalDate through = complete ? lastDay : today;
        int endedMonths = complete ? 12 : today.getMonthValue() - 1;

        Map<String, ActivityYear> facts = facts(catalogue, records, tally);
        List<Part> parts = parts(catalogue, facts);
        List<Problem> problems = facts.isEmpty() ? List.of(new Problem(ProblemKind.RECORDS, chinese(1) + "是", List.of(), null))
                : problems(catalogue, tally, progress, today, complete, endedMonths);
        List<ActivityYear> keyFacts = catalogue.all().stream()
                .filter(a -> branch.obligations().getOrDefault(a.key(), Cadence.NONE) != Cadence.NONE)
                .map(a -> facts.get(a.key()))
                .filter(f -> f != null)
                .toList();
        return new DraftModel(kind.key(), kind.chinese(), year, branch.name(), branch.id(), complete, through,
                through.getMonthValue() + "月" + through.getDayOfMonth() + "日",
                today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日", records.size(), parts, problems,
                Math.max(0, MIN_PROBLEMS - problems.size()), facts, keyFacts,
                chart(catalogue, tally, complete ? 12 : today.getMonthValue()));
    }

    private static Map<String, ActivityYear> facts(Catalogue catalogue, List<ActivityRecord> records, Tally tally) {
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        for (ActivityRecord record : records) {
            String topic = topic(record.topic());
            if (!topic.isEmpty()) {
                topics.computeIfAbsent(record.activity(), k -> new LinkedHashSet<>()).add(topic);
            }
        }
        Map<String, ActivityYear> facts = new LinkedHashMap<>();
        for (Activity activity : catalogue.all()) {
            String key = activity.key();
            long count = tally.count(key);
            if (count == 0) {
                continue;
            }
            BigDecimal amount = tally.amount(key);
            List<String> shown = TOPIC_UNITS.contains(activity.unit())
                    ? topics.getOrDefault(key, Set.of()).stream().limit(MAX_TOPICS).toList()
                    : List.of();
            String quantity = activity.countsMoney() && amount.signum() > 0 ? yuan(amount)
                    : count + (activity.countsMoney() ? "次" : activity.unit());
            int months = 0;
            for (int m = 1; m <= 12; m++) {
                months += tally.count(key, m) > 0 ? 1 : 0;
            }
            facts.put(key, new ActivityYear(key, activity.name(), activity.unit(), count, tally.participants(key),
                    amount, quantity, shown, shown.stream().map(DraftModel::quoted).collect(Collectors.joining()),
                    count > shown.size(), months));
        }
        return facts;
    }

    private static List<Part> parts(Catalogue catalogue, Map<String, ActivityYear> facts) {
        List<Part> parts = new ArrayList<>();
        for (Outline.Theme theme : Outline.THEMES) {
            List<List<ActivityYear>> groups = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Outline.PointSpec spec : theme.points()) {
                groups.add(spec.activities().stream().map(facts::get).filter(f -> f != null).toList());
                keys.add(spec.key());
            }
            groups.add(catalogue.all().stream()
                    .filter(a -> a.section().equals(theme.key()) && !Outline.PLACED.containsKey(a.key()))
                    .map(a -> facts.get(a.key()))
                    .filter(f -> f != null)
                    .toList());
            keys.add(Outline.OTHER);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                List<ActivityYear> group = groups.get(i);
                if (!group.isEmpty()) {
                    // 人次 add up only over meetings and events: beside 谈心谈话22人次 they would read as the same people
                    long people = group.stream().allMatch(f -> EVENT_UNITS.contains(f.unit()))
                            ? group.stream().mapToLong(ActivityYear::participants).sum() : 0;
                    points.add(new Point(keys.get(i), chinese(points.size() + 1) + "是", group, people));
                }
            }
            if (points.size() == 1) {
                Point only = points.get(0);
                points.set(0, new Point(only.key(), "", only.facts(), only.participants()));
            }
            if (!points.isEmpty()) {
                parts.add(new Part(theme.key(), chinese(parts.size() + 1), points));
            }
        }
        return parts;
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
            List<Period> missed = item.missing().stream().filter(p -> p.end().isBefore(today)).toList();
            int ended = cadence == Cadence.MONTHLY ? endedMonths : endedMonths / 3;
            if (missed.isEmpty()) {
                continue;
            }
            // "今年以来未召开" only when nothing was held at all, the running period included
            if (missed.size() == ended && item.done() == 0) {
                groups.get(group).add(new Miss(activity.key(), activity.name(), cadence.key(), labels(missed), true,
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
                groups.get(group).add(new Miss(activity.key(), activity.name(), cadence.key(), labels(outside), false,
                        false));
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (!silences.isEmpty()) {
            List<Miss> owed = new ArrayList<>();
            silenced.values().forEach(misses -> misses.stream()
                    .filter(m -> owed.stream().noneMatch(o -> o.key().equals(m.key())))
                    .forEach(owed::add));
            owed.sort(java.util.Comparator.comparingInt(m -> catalogue.all().indexOf(catalogue.get(m.key()))));
            String label = silences.stream().map(MonthRun::label).collect(Collectors.joining("、"));
            int months = silences.stream().mapToInt(MonthRun::months).sum();
            problems.add(new Problem(ProblemKind.SILENCE, chinese(1) + "是", List.of(),
                    new Silence(label, silences.size(), months, List.copyOf(owed))));
        }
        groups.forEach((kind, misses) -> {
            if (!misses.isEmpty()) {
                problems.add(new Problem(kind, chinese(problems.size() + 1) + "是", List.copyOf(misses), null));
            }
        });
        return problems;
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

    /** 3月、8月; three or more months in a row read 5月至7月; quarters 第一季度、第三季度. */
    static String labels(Collection<Period> periods) {
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
                labels.add(list.get(i).index() + "月至" + list.get(j).index() + "月");
                i = j + 1;
            }
            else {
                labels.add(list.get(i).label());
                i++;
            }
        }
        return String.join("、", labels);
    }

    private static Chart chart(Catalogue catalogue, Tally tally, int months) {
        List<Series> series = new ArrayList<>();
        for (String key : Outline.CHART) {
            catalogue.find(key).ifPresent(activity -> {
                long[] counts = new long[months];
                long total = 0;
                for (int m = 1; m <= months; m++) {
                    counts[m - 1] = tally.count(key, m);
                    total += counts[m - 1];
                }
                if (total > 0) {
                    series.add(new Series(key, shortName(activity), counts));
                }
            });
        }
        return new Chart(!series.isEmpty(), months, List.copyOf(series));
    }

    /** A legend has little room: 支部委员会会议 is 支委会 there, as people say it. */
    private static String shortName(Activity activity) {
        if (activity.name().length() <= 4 || activity.synonyms().isEmpty()) {
            return activity.name();
        }
        return activity.synonyms().stream().filter(s -> s.length() <= 4).findFirst().orElse(activity.name());
    }

    /** A logged topic without its own quotes or stray spaces; quotes are the sentence's business. */
    static String topic(String text) {
        if (text == null) {
            return "";
        }
        String topic = text.strip().replaceAll("\\s+", " ");
        while (!topic.isEmpty() && "“”\"「」『』‘’'".indexOf(topic.charAt(0)) >= 0) {
            topic = topic.substring(1).strip();
        }
        while (!topic.isEmpty() && "“”\"「」『』‘’'".indexOf(topic.charAt(topic.length() - 1)) >= 0) {
            topic = topic.substring(0, topic.length() - 1).strip();
        }
        return topic.replace('*', '＊');
    }

    /** A book or document title keeps its 《》; anything else goes in “”. */
    private static String quoted(String topic) {
        return topic.startsWith("《") && topic.endsWith("》") ? topic : "“" + topic + "”";
    }

    /**
     * An amount as Chinese reports write it: whole yuan plainly (3200元), with fen as accounts do (3,200.50元).
     */
    static String yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigInteger() + "元";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount) + "元";
    }

    /** 一 … 九十九, for 一是、（三）、第十一. */
    static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 100) {
            return (n >= 20 ? digits[n / 10] : "") + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        return String.valueOf(n);
    }
}
