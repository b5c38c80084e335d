package cn.dangjian.bot.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;

/** Committees of made-up branches whose years are logged at random, for the heat map and text tests. */
final class Boards {

    static final Catalogue CATALOGUE = Catalogue.load(java.nio.file.Path.of("bot-config/activities.yml"));
    static final Committee COMMITTEE = new Committee("dw", "机关党委", null, List.of("cidDw"), List.of("admin"));

    private Boards() {
    }

    /** {@code count} branches 第N党支部; each logs each obligation in a period with probability {@code diligence}. */
    static Board of(int count, double diligence, LocalDate asOf) {
        Random random = new Random(count);
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Branch branch = branch(String.format("b%03d", i), "第" + (i + 1) + "党支部");
            Tally tally = new Tally(asOf.getYear());
            for (Activity activity : CATALOGUE.all()) {
                if (branch.obligations().getOrDefault(activity.key(), Cadence.NONE) != Cadence.NONE) {
                    for (int month = 1; month <= asOf.getMonthValue(); month++) {
                        if (random.nextDouble() < diligence) {
                            tally.add(activity.key(), month, 1, 0, 0);
                        }
                    }
                }
            }
            standings.add(standing(branch, tally, asOf));
        }
        List<Activity> owed = CATALOGUE.all().stream()
                .filter(a -> standings.stream().anyMatch(s -> s.state(a) != Standing.State.NOT_OWED)).toList();
        return new Board(COMMITTEE, asOf, owed, standings);
    }

    static Branch branch(String id, String name) {
        Map<String, Cadence> obligations = new java.util.HashMap<>();
        CATALOGUE.all().forEach(a -> obligations.put(a.key(), a.cadence()));
        obligations.put("party_lecture", Cadence.QUARTERLY);
        return new Branch(id, name, List.of("cid" + id), List.of("sec" + id), List.of(), obligations, null);
    }

    static Standing standing(Branch branch, Tally tally, LocalDate asOf) {
        return new Standing(branch,
                Progress.of(Progress.Scope.MONTH, asOf, CATALOGUE, branch.obligations(), tally),
                Progress.of(Progress.Scope.QUARTER, asOf, CATALOGUE, branch.obligations(), tally),
                Progress.ofYear(asOf.getYear(), asOf, CATALOGUE, branch.obligations(), tally), 1);
    }
}
