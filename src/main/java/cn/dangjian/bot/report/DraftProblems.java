package cn.dangjian.bot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.report.DraftModel.Carried;
import cn.dangjian.bot.report.DraftModel.Miss;
import cn.dangjian.bot.report.DraftModel.Problem;
import cn.dangjian.bot.report.DraftModel.ProblemKind;
import cn.dangjian.bot.report.DraftModel.Silence;
import cn.dangjian.bot.report.Standings.Standing;

/**
 * The weaknesses the records show, grouped as a report names them (a run of silent months, 三会一课 missed, …), and
 * what became of last year's. Only periods the branch kept records for count: months before it began using the bot
 * are work not recorded, not work not done.
 */
final class DraftProblems {

    private static final int SILENCE_MONTHS = 3;

    private DraftProblems() {
    }

    /** @param nothingLogged no record at all this year, not even in the month still running */
    static List<Problem> of(Catalogue catalogue, Standings standings, YearEvents events, boolean nothingLogged) {
        if (nothingLogged) {
            return List.of(new Problem(ProblemKind.RECORDS, Chinese.numeral(1) + "是", List.of(), null));
        }
        List<MonthRun> silences = silences(events, standings.firstMonth(), standings.endedMonths());
        Map<ProblemKind, List<Miss>> groups = new EnumMap<>(ProblemKind.class);
        Map<MonthRun, List<Miss>> silenced = new LinkedHashMap<>();
        silences.forEach(s -> silenced.put(s, new ArrayList<>()));
        for (Standing item : standings.confirmed()) {
            Activity activity = item.activity();
            ProblemKind group = ProblemKind.of(activity, item.cadence());
            if (item.missed().isEmpty()) {
                if (item.cadence() == Cadence.YEARLY && !standings.complete() && item.none()
                        && standings.firstMonth() == 1) {
                    groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Miss(activity.key(),
                            activity.name(), item.cadence().key(), "", false, true, ""));
                }
                continue;
            }
            if (item.cadence() == Cadence.YEARLY || item.missed().size() == item.owed().size() && item.none()) {
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Miss(activity.key(), activity.name(),
                        item.cadence().key(), Period.labels(item.missed()), true, false, ""));
                continue;
            }
            List<Period> outside = new ArrayList<>();
            for (Period period : item.missed()) {
                MonthRun within = silences.stream().filter(s -> s.covers(period)).findFirst().orElse(null);
                if (within == null) {
                    outside.add(period);
                }
                else if (silenced.get(within).stream().noneMatch(m -> m.key().equals(activity.key()))) {
                    silenced.get(within).add(new Miss(activity.key(), activity.name(), item.cadence().key(), "",
                            false, false, ""));
                }
            }
            if (!outside.isEmpty()) {
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Miss(activity.key(), activity.name(),
                        item.cadence().key(), Period.labels(outside), false, false, caughtUp(item, outside, events)));
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
        for (ProblemKind kind : ProblemKind.values()) {
            List<Miss> misses = groups.get(kind);
            if (misses != null) {
                problems.add(new Problem(kind, Chinese.numeral(problems.size() + 1) + "是", List.copyOf(misses), null));
            }
        }
        return problems;
    }

    /**
     * The month a monthly obligation missed was made up in, when each missed month was followed by one that held
     * it (党费 collected for two months at once): 8月; else empty.
     */
    private static String caughtUp(Standing item, List<Period> missed, YearEvents events) {
        // a meeting held the next month is that month's; only dues are collected for a missed month afterwards
        if (item.cadence() != Cadence.MONTHLY || !Outline.DUES.equals(item.key())) {
            return "";
        }
        List<Integer> after = new ArrayList<>();
        for (Period p : missed) {
            int next = p.index() + 1;
            boolean held = events.all().stream().anyMatch(e -> e.month() == next && e.has(item.key()));
            if (!held) {
                return "";
            }
            if (!after.contains(next)) {
                after.add(next);
            }
        }
        return Period.monthLabels(after);
    }

    /**
     * Last year's missed obligations and this year's answer: met when none of this year's owed periods was missed
     * (a yearly one: held), with this year's count.
     */
    static List<Carried> carried(int year, Branch branch, Catalogue catalogue, Standings standings,
            Map<String, DraftModel.ActivityYear> facts, Tally lastYear) {
        if (lastYear == null) {
            return List.of();
        }
        Progress last = Progress.ofYear(year - 1, LocalDate.of(year, 1, 1), catalogue, branch.obligations(), lastYear);
        List<Carried> carried = new ArrayList<>();
        for (Progress.Item item : last.items()) {
            Standing now = standings.get(item.activity().key());
            if (item.missing().isEmpty() || now == null || now.unconfirmed()) {
                continue;
            }
            boolean yearly = item.cadence() == Cadence.YEARLY;
            boolean met = yearly ? !now.none() : now.missed().isEmpty() && (!now.owed().isEmpty() || !now.none());
            DraftModel.ActivityYear fact = facts.get(item.activity().key());
            Activity activity = item.activity();
            carried.add(new Carried(activity.key(), activity.name(), yearly ? "" : Period.labels(item.missing()),
                    item.done() == 0, met, fact == null ? "" : fact.count() + (activity.countsMoney() ? "次"
                            : activity.unit()),
                    yearly ? "" : Period.labels(now.missed())));
        }
        return List.copyOf(carried);
    }

    /** Runs of at least three ended months, from the first recorded one, without any event. */
    static List<MonthRun> silences(YearEvents events, int firstMonth, int endedMonths) {
        Set<Integer> active = events.all().stream().map(YearEvents.Event::month).collect(Collectors.toSet());
        List<MonthRun> runs = new ArrayList<>();
        int start = 0;
        for (int m = firstMonth; m <= endedMonths + 1; m++) {
            boolean quiet = m <= endedMonths && !active.contains(m);
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
}
