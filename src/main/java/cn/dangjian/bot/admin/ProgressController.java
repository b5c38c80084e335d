package cn.dangjian.bot.admin;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.MissingEvidence;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.chinese.Chinese;

/**
 * {@code GET /api/v1/branches/{branchId}/progress?year=YYYY&month=M}: per obligation of the branch, what the year
 * (or the month) required, what was done and which periods are missing, counted up to today for a running period,
 * and which records lack the evidence the catalogue asks for.
 */
@RestController
class ProgressController {

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final AdminArguments arguments;
    private final Shapes shapes;

    ProgressController(ActivityStore store, Catalogue catalogue, AdminArguments arguments, Shapes shapes) {
        this.shapes = shapes;
        this.store = store;
        this.catalogue = catalogue;
        this.arguments = arguments;
    }

    @GetMapping("/api/v1/branches/{branchId}/progress")
    List<ObligationView> progress(@PathVariable String branchId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String month) {
        Branch branch = shapes.effective(arguments.branch(branchId));
        int wantedYear = arguments.year(year);
        Integer wantedMonth = arguments.month(month);
        LocalDate today = arguments.today();
        Tally tally = store.tally(branch.id(), wantedYear);
        Progress progress;
        if (wantedMonth == null) {
            if (wantedYear > today.getYear()) {
                throw notBegun(wantedYear + "年");
            }
            progress = Progress.ofYear(wantedYear, today, catalogue, branch.obligations(), tally);
        }
        else {
            LocalDate first = LocalDate.of(wantedYear, wantedMonth, 1);
            if (first.isAfter(today)) {
                throw notBegun(Chinese.yearMonth(wantedYear, wantedMonth));
            }
            LocalDate last = first.plusMonths(1).minusDays(1);
            progress = Progress.of(Progress.Scope.MONTH, today.isBefore(last) ? today : last, catalogue,
                    branch.obligations(), tally);
        }
        MissingEvidence unproven = MissingEvidence.of(store, branch.id(), progress);
        return progress.items().stream().map(item -> ObligationView.of(item, unproven)).toList();
    }

    private static AdminProblem notBegun(String period) {
        return new AdminProblem(HttpStatus.BAD_REQUEST, period + "尚未开始，暂无进度可查。");
    }
}
