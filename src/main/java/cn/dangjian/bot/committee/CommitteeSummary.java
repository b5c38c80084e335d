package cn.dangjian.bot.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.report.DocxDraft;
import cn.dangjian.bot.report.DraftDocument;

/**
 * 生成2026年度党建工作总结 in a committee's group: the committee's own summary of the year across every branch beneath
 * it, from their records and counters, in the branch drafts' Word layout ({@link DocxDraft}). While the year runs it
 * tells the months that have ended, as a branch's draft does.
 */
@Service
class CommitteeSummary {

    /** A composed summary: what it is made from, and the document. */
    record Composed(YearAcross year, DraftDocument draft) {

        /** 机关党委2026年度党建工作总结.docx */
        String fileName() {
            return SummaryText.title(year) + ".docx";
        }
    }

    private final CommitteeProgress progress;
    private final ActivityStore store;
    private final Catalogue catalogue;
    private final DocxDraft docx;
    private final Clock clock;

    CommitteeSummary(CommitteeProgress progress, ActivityStore store, Catalogue catalogue, DocxDraft docx, Clock clock) {
        this.progress = progress;
        this.store = store;
        this.catalogue = catalogue;
        this.docx = docx;
        this.clock = clock;
    }

    Composed compose(Committee committee, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        boolean complete = today.isAfter(last);
        // while the year runs, the months that have ended: what the branches' drafts tell too
        LocalDate through = complete ? last
                : today.getMonthValue() == 1 ? today : today.withDayOfMonth(1).minusDays(1);
        List<YearAcross.BranchYear> branches = new ArrayList<>();
        Map<Branch, List<ActivityRecord>> records = new LinkedHashMap<>();
        List<Branch> members = progress.branchesOf(committee);
        int[] firstMonths = progress.firstMonths(members, year);
        List<Tally> tallies = store.counts(members.stream().map(Branch::id).toList(), year, progress.owed(members));
        for (int i = 0; i < members.size(); i++) {
            Branch branch = members.get(i);
            List<ActivityRecord> told = store.year(branch.id(), year).stream()
                    .filter(r -> !r.date().isAfter(through)).toList();
            records.put(branch, told);
            int events = (int) told.stream().map(r -> r.eventId() == null ? "#" + r.id() : r.eventId()).distinct()
                    .count();
            branches.add(new YearAcross.BranchYear(branch, told.size(), events, Progress.ofYear(year, through,
                    catalogue, branch.obligations(), tallies.get(i), firstMonths[i]), firstMonths[i]));
        }
        YearAcross across = YearAcross.of(committee, year, through, complete, branches, catalogue.all(), records);
        return new Composed(across, SummaryText.draft(across, today));
    }

    String summary(Composed composed) {
        return SummaryText.summary(composed.year());
    }

    byte[] docx(Composed composed) {
        return docx.render(composed.draft());
    }
}
