package cn.dangjian.bot.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Beginning;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Shapes;

/**
 * Every branch of a committee against its own calendar, from the year's counts of the obligations alone (read for all
 * branches in one pipeline), never from the records.
 */
@Service
public class CommitteeProgress {

    private final Committees committees;
    private final Branches branches;
    private final ActivityStore store;
    private final Catalogue catalogue;
    private final Shapes shapes;

    public CommitteeProgress(Committees committees, Branches branches, ActivityStore store, Catalogue catalogue,
            Shapes shapes) {
        this.shapes = shapes;
        this.committees = committees;
        this.branches = branches;
        this.store = store;
        this.catalogue = catalogue;
    }

    /** The committee's branches as they stand on {@code asOf} (today, or the last day of a period that is over). */
    public Board board(Committee committee, LocalDate asOf) {
        List<Branch> members = branchesOf(committee);
        List<Tally> tallies = store.counts(members.stream().map(Branch::id).toList(), asOf.getYear(), owed(members));
        int[] firstMonths = firstMonths(members, asOf.getYear());
        List<Standing> standings = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Branch branch = members.get(i);
            Tally tally = tallies.get(i);
            int first = firstMonths[i];
            standings.add(new Standing(branch,
                    Progress.of(Progress.Scope.MONTH, asOf, catalogue, branch.obligations(), tally, first),
                    Progress.of(Progress.Scope.QUARTER, asOf, catalogue, branch.obligations(), tally, first),
                    Progress.ofYear(asOf.getYear(), asOf, catalogue, branch.obligations(), tally, first), first));
        }
        List<Activity> columns = catalogue.all().stream()
                .filter(a -> standings.stream().anyMatch(s -> s.state(a) != Standing.State.NOT_OWED)).toList();
        return new Board(committee, asOf, columns, standings);
    }

    /** The obligations some of the branches owe: the only counters progress reads. */
    List<String> owed(List<Branch> members) {
        return catalogue.all().stream().map(Activity::key)
                .filter(key -> members.stream().anyMatch(b -> b.obligations().getOrDefault(key, Cadence.NONE)
                        != Cadence.NONE)).toList();
    }

    /** Per branch, the first month of the year it kept records for, as its drafts count it. */
    int[] firstMonths(List<Branch> members, int year) {
        List<Beginning> beginnings = store.beginnings(members.stream().map(Branch::id).toList(), year);
        int[] months = new int[members.size()];
        for (int i = 0; i < months.length; i++) {
            months[i] = beginnings.get(i).firstMonth(year, members.get(i).profile().since());
        }
        return months;
    }

    /** The branches beneath the committee, at every level, in the file's order, each with its effective shape. */
    public List<Branch> branchesOf(Committee committee) {
        return shapes.effective(committees.branchIds(committee).stream().map(id -> branches.byId(id).orElseThrow())
                .toList());
    }

    /**
     * The day a month or year is counted up to: its last day once it is over, else today. Null when it has not begun.
     */
    public static LocalDate asOf(int year, Integer month, LocalDate today) {
        LocalDate first = LocalDate.of(year, month == null ? 1 : month, 1);
        if (first.isAfter(today)) {
            return null;
        }
        LocalDate last = month == null ? LocalDate.of(year, 12, 31) : first.plusMonths(1).minusDays(1);
        return today.isBefore(last) ? today : last;
    }
}
