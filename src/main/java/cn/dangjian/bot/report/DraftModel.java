package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Beginning;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
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
 * @param dated         the day the draft is made, as a document is dated: 2026年1月10日
 * @param through       the last day the draft tells: 31 December, or the end of the last month that has ended
 * @param openMonth     the month still running when the year is not over (its records may still come), else 0
 * @param recordCount   the records told (up to {@code through})
 * @param eventCount    the events they make: the records of one message are one event
 * @param firstMonth    the first month the branch kept records in this year: months before it are not missed
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
 * @param evidenceFiles the files the year's 台账 holds (its 佐证材料), which a 工作总结 names as its attachment
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
        int eventCount,
        int firstMonth,
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
        Completion completion,
        Organisation organisation,
        int evidenceFiles) {

    /**
     * The branch as the wording needs it: {@code kind} of organisation (机关, 非公企业 …, or empty) that chooses the
     * words of {@code kinds.ftl}; {@code committee} and {@code partyGroups} as configured: "yes", "no" or "unknown"
     * (then the draft asks the secretary to confirm instead of naming a failure); {@code secretary} the 书记's name
     * on the draft's last day and {@code predecessor} the one before when the 书记 changed during the year (empty
     * when not configured); {@code sayings} the topics and highlights members wrote, so that a claim such as
     * "第一议题" is made only where someone said it ({@link #said}); {@code carriers} who carried which work (the
     * person who logged most of an activity's records, at least half of them: a secretary by configured name, a
     * member by DingTalk name) and {@code carriedBy} the same by activity, so that a plan names its owner;
     * {@code confirmedInChat} the part of the shape the secretary answered in chat, not the configuration ("未设党小组",
     * empty when none), which the draft asks to check.
     */
    public record Organisation(String kind, String committee, String partyGroups, String secretary,
            String predecessor, String secretaryFrom, List<String> sayings, List<Dip> dips, List<Carrier> carriers,
            Map<String, String> carriedBy, String confirmedInChat) {

        /** Whether a member's words or a highlight say this: what lets a draft claim what no count can show. */
        public boolean said(String phrase) {
            return sayings.stream().anyMatch(s -> s.contains(phrase));
        }
    }

    /** A person and the work they carried, in catalogue order; {@code secretary} for the 书记 of the draft's last day. */
    public record Carrier(String name, boolean secretary, List<String> keys) {
    }

    /** A meeting whose attendance fell below three quarters of the branch: its month, activity, people and rate. */
    public record Dip(String month, String key, int participants, int rate, List<YearEvents.Ref> records) {
    }

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
     * @param moments        up to three of its events worth telling by date (a topic, or other work done at them)
     * @param chronicle      every event worth telling (a topic, other work done at it, the member's words), in the
     *                       order held: what a 工作总结 tells month by month
     * @param records        every record its numbers rest on, with its date: what the admin API and the chat summary
     *                       show for the figure
     */
    public record ActivityYear(String key, String name, String unit, long count, long participants, BigDecimal amount,
            String quantity, int sessions, long average, int attendance, List<String> topics, String quotedTopics,
            boolean moreThanTopics, int months, String monthsLabel, boolean everyMonth, long own, String ownQuantity,
            String ownTopics, List<String> othersTopics, List<Moment> moments, List<Moment> chronicle,
            List<YearEvents.Ref> records) {

        /** The same year as the branch's point tells it after the secretary's own: only the others' topics. */
        ActivityYear withOthersTopics() {
            return new ActivityYear(key, name, unit, count, participants, amount, quantity, sessions, average,
                    attendance, othersTopics, YearFacts.quoted(othersTopics), count > othersTopics.size(), months,
                    monthsLabel, everyMonth, own, ownQuantity, ownTopics, othersTopics, moments, chronicle, records);
        }

        /** #3（1月5日）、#7（2月5日）…: the records of the figure as the chat summary lists them. */
        public String recordsLabel() {
            return records.stream().map(YearEvents.Ref::label).collect(java.util.stream.Collectors.joining("、"));
        }
    }

    /**
     * One event told by its date: 3月, its topic, the other activities done at it, what the member said of it beyond
     * the fields ({@code said}: 到阳光社区开展志愿服务), its people, whether the secretary logged it, and its records;
     * {@code day} (2026-05-26) orders the events of several activities told in one sentence. {@code saidTopic}: the
     * member's words name its topic already, in their place (观看警示教育片《…》, 讲廉政党课《…》), so a sentence that tells
     * {@code said} does not add the topic again.
     */
    public record Moment(String month, String topic, String quotedTopic, List<String> alongside, String said,
            boolean saidTopic, int participants, boolean secretarys, List<YearEvents.Ref> records, String day) {
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
     * @param caughtUp the month(s) a missed monthly one was made up in (党费7月未收缴、8月一并收缴), else empty
     */
    public record Miss(String key, String name, String cadence, String labels, boolean whole, boolean open,
            String caughtUp) {
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
        /** Meetings that fewer than three quarters of the branch attended (a 工作总结's, from the branch's size). */
        ATTENDANCE,
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
     * The 三会一课 completion table: a row per obligation the branch owes, a mark per month ("●" held, "" not, "—"
     * before the branch kept records), months 1 to {@code months}; each row with the records its marks rest on.
     */
    public record Table(int months, List<Row> rows) {

        public boolean shown() {
            return !rows.isEmpty();
        }

        public record Row(String name, String every, List<String> marks, long total, List<YearEvents.Ref> records) {
        }
    }

    /**
     * What a draft is made from besides the year's records: the framing of the year and the next, the branch's
     * size, last year's counters (null when last year has no records), the year's highlights and the files of its
     * 台账.
     */
    public record Context(Framing framing, Framing nextFraming, int partyMembers, Tally lastYear,
            List<String> highlights, int evidenceFiles) {

        public Context {
            highlights = List.copyOf(highlights);
        }

        /** A year whose 台账 holds no files. */
        public Context(Framing framing, Framing nextFraming, int partyMembers, Tally lastYear, List<String> highlights) {
            this(framing, nextFraming, partyMembers, lastYear, highlights, 0);
        }
    }

    private static final int MIN_PROBLEMS = 2;

    public static DraftModel of(DraftKind kind, int year, LocalDate today, Branch branch, Catalogue catalogue,
            List<ActivityRecord> records, Context context) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        boolean complete = today.isAfter(lastDay);
        int endedMonths = complete ? 12 : today.getMonthValue() - 1;
        // while the year runs, the draft tells the months that have ended: "数据统计至11月30日"
        LocalDate through = complete ? lastDay
                : endedMonths == 0 ? today : LocalDate.of(year, endedMonths, 1).plusMonths(1).minusDays(1);
        List<ActivityRecord> told = records.stream().filter(r -> !r.date().isAfter(through)).toList();
        int firstMonth = Beginning.of(records, context.lastYear() != null).firstMonth(year, branch.profile().since());
        Branch.Profile profile = branch.profile();
        Set<String> unconfirmed = new HashSet<>();
        if (profile.hasCommittee() == null) {
            unconfirmed.add(Outline.COMMITTEE);
        }
        Set<String> owed = new HashSet<>();
        branch.obligations().forEach((key, cadence) -> {
            if (cadence != Cadence.NONE) {
                owed.add(key);
            }
        });
        YearEvents events = YearEvents.of(told, owed);
        Standings standings = Standings.of(catalogue, branch.obligations(), events,
                told.size() == records.size() ? events : YearEvents.of(records, owed), year, firstMonth,
                endedMonths, complete, unconfirmed);
        Branch.Secretary head = profile.head(through);
        // the 述职报告's 本人 is the 书记 who signs it: a predecessor's lectures and talks are not theirs
        java.util.function.Predicate<String> self = head == null ? branch::isSecretary : head.staffId()::equals;
        Map<String, ActivityYear> facts = YearFacts.of(catalogue, branch, events, owed, context.partyMembers(),
                firstMonth, endedMonths, self);
        List<Part> parts = DraftParts.parts(kind, catalogue, facts, context.highlights());
        Organisation organisation = organisation(branch, catalogue, through, events, context);
        List<Problem> problems = new ArrayList<>(DraftProblems.of(catalogue, standings, events, records.isEmpty()));
        if (kind == DraftKind.WORK_SUMMARY && !organisation.dips().isEmpty()) {
            problems.add(new Problem(ProblemKind.ATTENDANCE, Chinese.numeral(problems.size() + 1) + "是", List.of(),
                    null));
        }
        List<Carried> carried = DraftProblems.carried(year, branch, catalogue, standings, facts, context.lastYear());
        if (!carried.isEmpty()) {
            parts.add(new Part("carried", Chinese.numeral(parts.size() + 1), List.of(), List.of(), List.of()));
        }
        List<ActivityYear> keyFacts = catalogue.all().stream()
                .filter(a -> owed.contains(a.key()))
                .map(a -> facts.get(a.key()))
                .filter(f -> f != null)
                .toList();
        int months = complete ? 12 : Math.max(endedMonths, 1);
        return new DraftModel(kind.key(), kind.chinese(), year, branch.name(), branch.id(), complete, through,
                Chinese.monthDay(through), Chinese.date(today), complete ? 0 : today.getMonthValue(),
                told.size(), events.size(), firstMonth, context.framing(), context.nextFraming(),
                context.partyMembers(), List.copyOf(parts), List.copyOf(problems), Math.max(0, MIN_PROBLEMS - problems.size()),
                carried, calendar(catalogue, branch), facts, keyFacts, context.highlights(),
                table(catalogue, branch, events, months, firstMonth, unconfirmed), standings.completion(),
                organisation, context.evidenceFiles());
    }

    private static final int DIP_RATE = 75;
    private static final Set<String> ALL_MEMBERS = Set.of("branch_member_meeting", "party_lecture", "theme_party_day",
            "organizational_life_meeting");

    private static Organisation organisation(Branch branch, Catalogue catalogue, LocalDate through, YearEvents events,
            Context context) {
        Branch.Profile profile = branch.profile();
        Branch.Secretary head = profile.head(through);
        Branch.Secretary before = head == null || head.from() == null || head.from().getYear() != through.getYear()
                ? null : profile.people().stream().filter(s -> s.head() && s != head).findFirst().orElse(null);
        List<String> sayings = new ArrayList<>(context.highlights());
        events.all().forEach(e -> e.records().forEach(r -> {
            if (r.topic() != null) {
                sayings.add(r.topic());
            }
        }));
        List<Dip> dips = new ArrayList<>();
        if (context.partyMembers() > 0) {
            for (YearEvents.Event e : events.all()) {
                Integer people = e.participants();
                // a 支委会 or a 党小组会 is for some members only: its attendance is not the branch's
                if (people != null && ALL_MEMBERS.contains(e.primary())
                        && people * 100 < DIP_RATE * context.partyMembers()) {
                    dips.add(new Dip(Chinese.month(e.month()), e.primary(), people,
                            people * 100 / context.partyMembers(), e.refs()));
                }
            }
        }
        Map<String, String> carriedBy = carriedBy(branch, events, head == null ? null : head.staffId());
        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        catalogue.all().stream().map(Activity::key).filter(carriedBy::containsKey)
                .forEach(key -> byPerson.computeIfAbsent(carriedBy.get(key), n -> new ArrayList<>()).add(key));
        Set<String> secretaries = new HashSet<>();
        // 主持支部全面工作 is the 书记's on the draft's last day; a predecessor carried work like anyone
        if (head != null) {
            secretaries.add(head.name());
        }
        List<Carrier> carriers = byPerson.entrySet().stream()
                .map(e -> new Carrier(e.getKey(), secretaries.contains(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing((Carrier c) -> !c.secretary()))
                .toList();
        return new Organisation(profile.kind(), shape(profile.hasCommittee()), shape(profile.hasPartyGroups()),
                head == null ? "" : head.name(), before == null ? "" : before.name(),
                head == null || head.from() == null || before == null ? "" : Chinese.month(head.from().getMonthValue()),
                List.copyOf(sayings), List.copyOf(dips), carriers, Map.copyOf(carriedBy),
                String.join("、", profile.shape().fromChat().stream()
                        .map(s -> (profile.shape().of(s).has() ? "设有" : "未设") + s.chinese()).toList()));
    }

    /**
     * Who carried each activity of the year: the person who logged most of its records, at least half of them and
     * at least two (one record says who typed, not who carries the work); activities in catalogue order of events.
     */
    private static Map<String, String> carriedBy(Branch branch, YearEvents events, String head) {
        Map<String, Map<String, Integer>> senders = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (YearEvents.Event e : events.all()) {
            for (ActivityRecord r : e.records()) {
                String name = branch.profile().people().stream().filter(s -> s.staffId().equals(r.senderId()))
                        .map(Branch.Secretary::name).filter(n -> n != null && !n.isBlank()).findFirst()
                        .orElse(r.senderNick() == null ? "" : r.senderNick().strip());
                if (name.isEmpty() || !branch.isSecretary(r.senderId()) && name.length() > 8) {
                    continue;
                }
                names.put(r.senderId(), name);
                senders.computeIfAbsent(r.activity(), k -> new LinkedHashMap<>()).merge(r.senderId(), 1, Integer::sum);
            }
        }
        Map<String, String> carried = new LinkedHashMap<>();
        senders.forEach((key, counts) -> {
            int all = counts.values().stream().mapToInt(Integer::intValue).sum();
            // a tie goes to the 书记 of the draft's last day, who answers for the work now
            counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().equals(head)))
                    .filter(top -> top.getValue() >= 2 && top.getValue() * 2 >= all)
                    .ifPresent(top -> carried.put(key, names.get(top.getKey())));
        });
        return carried;
    }

    private static String shape(Boolean configured) {
        return configured == null ? "unknown" : configured ? "yes" : "no";
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

    /**
     * The months a table shows, each obligation a row: ● where an event counts for it, — before the branch kept
     * records. An obligation whose shape is unconfirmed (a 支委会 the configuration does not give) has a row only
     * where it was held: the draft asks the secretary instead of printing a row of gaps.
     */
    private static Table table(Catalogue catalogue, Branch branch, YearEvents events, int months, int firstMonth,
            Set<String> unconfirmed) {
        List<Table.Row> rows = new ArrayList<>();
        for (String key : Outline.TABLE) {
            Cadence cadence = branch.obligations().getOrDefault(key, Cadence.NONE);
            if (cadence == Cadence.NONE || catalogue.find(key).isEmpty()) {
                continue;
            }
            List<String> counting = Outline.COUNTS_FOR.getOrDefault(key, List.of(key));
            List<String> marks = new ArrayList<>();
            List<YearEvents.Ref> refs = new ArrayList<>();
            long total = 0;
            for (int m = 1; m <= months; m++) {
                int month = m;
                List<YearEvents.Event> held = events.all().stream()
                        .filter(e -> e.month() == month && counting.stream().anyMatch(e::has)).toList();
                held.forEach(e -> refs.addAll(e.refs()));
                total += held.size();
                marks.add(!held.isEmpty() ? "●" : m < firstMonth ? "—" : "");
            }
            if (unconfirmed.contains(key) && total == 0) {
                continue;
            }
            rows.add(new Table.Row(catalogue.get(key).name(), cadence.everyChinese(), List.copyOf(marks), total,
                    List.copyOf(refs)));
        }
        return new Table(months, List.copyOf(rows));
    }
}
