package cn.dangjian.bot.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;

/**
 * A committee's year across its branches, what its 党建工作总结 is drafted from: each branch's records and its
 * obligations met or missed, per obligation how many branches owed it and met it in every period, and the topics
 * branches chose most.
 *
 * @param through     the last day told: 31 December, or the end of the last month that has ended
 * @param branches    every branch beneath the committee, in the file's order
 * @param obligations the obligations some branch owes, in catalogue order
 * @param topics      the topics most branches held activities on, most first
 */
record YearAcross(Committee committee, int year, LocalDate through, boolean complete, List<BranchYear> branches,
        List<Obligation> obligations, List<Topic> topics) {

    /** How many topics the summary names. */
    static final int TOPICS = 5;

    /**
     * One branch's year: its live records up to {@code through}, the events they make (the records of one message
     * are one event) and its obligations against its own calendar from {@code firstMonth}, the month it began keeping
     * records ({@link cn.dangjian.bot.activity.Beginning}).
     */
    record BranchYear(Branch branch, int records, int events, Progress progress, int firstMonth) {

        boolean complete() {
            return progress.complete();
        }
    }

    /**
     * One obligation across the branches: the times held in all, how many branches owe it and how many held it in
     * every period, and those that missed some, with the periods.
     */
    record Obligation(Activity activity, Cadence cadence, long done, int owing, int met, List<Missed> missed) {
    }

    record Missed(Branch branch, List<cn.dangjian.bot.activity.Period> periods) {
    }

    /** A topic (as members wrote it) and the branches that held activities on it. */
    record Topic(String text, int branches, int times) {
    }

    static YearAcross of(Committee committee, int year, LocalDate through, boolean complete, List<BranchYear> branches,
            List<Activity> catalogue, Map<Branch, List<ActivityRecord>> records) {
        List<Obligation> obligations = new ArrayList<>();
        for (Activity activity : catalogue) {
            long done = 0;
            int owing = 0;
            Cadence cadence = null;
            List<Missed> missed = new ArrayList<>();
            for (BranchYear b : branches) {
                for (Progress.Item item : b.progress().items()) {
                    if (item.activity().key().equals(activity.key()) && !item.notStarted()) {
                        owing++;
                        done += item.done();
                        cadence = cadence == null ? item.cadence() : cadence;
                        if (!item.complete()) {
                            missed.add(new Missed(b.branch(), item.missing()));
                        }
                    }
                }
            }
            if (owing > 0) {
                obligations.add(new Obligation(activity, cadence, done, owing, owing - missed.size(), missed));
            }
        }
        return new YearAcross(committee, year, through, complete, List.copyOf(branches), obligations,
                topics(records));
    }

    /** Topics by the branches that chose them, then by times: what several branches studied says the most. */
    private static List<Topic> topics(Map<Branch, List<ActivityRecord>> records) {
        Map<String, Set<String>> branchesOf = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        records.forEach((branch, list) -> {
            Set<String> seen = new LinkedHashSet<>();
            for (ActivityRecord r : list) {
                if (r.topic() == null || r.topic().isBlank()) {
                    continue;
                }
                String topic = r.topic().strip();
                // one message's records share its topic: count the event once
                if (seen.add(topic + "\u0000" + r.eventId())) {
                    branchesOf.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(branch.id());
                    times.merge(topic, 1, Integer::sum);
                }
            }
        });
        return branchesOf.entrySet().stream()
                .map(e -> new Topic(e.getKey(), e.getValue().size(), times.get(e.getKey())))
                .sorted(Comparator.comparingInt(Topic::branches).thenComparingInt(Topic::times).reversed())
                .limit(TOPICS).toList();
    }

    int records() {
        return branches.stream().mapToInt(BranchYear::records).sum();
    }

    int events() {
        return branches.stream().mapToInt(BranchYear::events).sum();
    }

    List<BranchYear> completeBranches() {
        return branches.stream().filter(BranchYear::complete).toList();
    }

    List<BranchYear> silent() {
        return branches.stream().filter(b -> b.records() == 0).toList();
    }
}
