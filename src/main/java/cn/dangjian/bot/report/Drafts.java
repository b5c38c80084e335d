package cn.dangjian.bot.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.evidence.Ledger;
import cn.dangjian.bot.metrics.BotMetrics;

/**
 * A branch's year-end draft from its stored year: the records and counters of {@link ActivityStore}, its progress
 * against its own calendar, last year's counters (for the 上年度问题整改), the secretary's highlights, the year's
 * framing and (for a 工作总结) the files of its 台账, worded by the templates, as Markdown, a chat summary or a Word file.
 */
@Service
public class Drafts {

    /** A composed draft: the model (numbers and problems) and the worded document. */
    public record Composed(Branch branch, DraftKind kind, DraftModel model, DraftDocument draft) {

        /** 机关第一党支部2025年度述职报告.docx */
        public String fileName() {
            return branch.name() + model.year() + "年度" + kind.chinese() + ".docx";
        }
    }

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final Clock clock;
    private final DraftCompiler compiler;
    private final DocxDraft docx;
    private final YearFramings framings;
    private final Highlights highlights;
    private final BotMetrics metrics;
    private final Ledger ledger;
    private final Shapes shapes;

    public Drafts(ActivityStore store, Catalogue catalogue, Clock clock, DraftCompiler compiler, DocxDraft docx,
            YearFramings framings, Highlights highlights, BotMetrics metrics, Ledger ledger, Shapes shapes) {
        this.shapes = shapes;
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
        this.compiler = compiler;
        this.docx = docx;
        this.framings = framings;
        this.highlights = highlights;
        this.metrics = metrics;
        this.ledger = ledger;
    }

    /**
     * The year a draft is for when none is named: the current one, or the previous one in January and February, when
     * last year's reports are written.
     */
    public static int defaultYear(LocalDate today) {
        return today.getMonth().compareTo(Month.FEBRUARY) <= 0 ? today.getYear() - 1 : today.getYear();
    }

    /** A year that has begun (a draft of next year has nothing to say). */
    public static boolean begun(int year, LocalDate today) {
        return year <= today.getYear();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Composed compose(Branch branch, int year, DraftKind kind) {
        return metrics.timeDraft(() -> composeNow(branch, year, kind));
    }

    private Composed composeNow(Branch configured, int year, DraftKind kind) {
        Branch branch = shapes.effective(configured);
        LocalDate today = today();
        List<ActivityRecord> records = store.year(branch.id(), year);
        Tally lastYear = store.tally(branch.id(), year - 1);
        DraftModel.Context context = new DraftModel.Context(framings.of(year), framings.of(year + 1),
                branch.memberCount() == null ? 0 : branch.memberCount(), held(lastYear) ? lastYear : null, highlights.of(branch.id(), year),
                kind == DraftKind.WORK_SUMMARY ? ledger.evidenceCount(branch, year) : 0);
        DraftModel model = DraftModel.of(kind, year, today, branch, catalogue, records, context);
        return new Composed(branch, kind, model, compiler.compile(model));
    }

    /** Whether a year's counters hold anything: undone records leave their counters at zero. */
    private static boolean held(Tally tally) {
        for (String activity : tally.activities()) {
            if (tally.count(activity) > 0) {
                return true;
            }
        }
        return false;
    }

    public String markdown(Composed composed) {
        return MarkdownDraft.render(composed.draft());
    }

    public String summary(Composed composed) {
        return compiler.summary(composed.model());
    }

    public byte[] docx(Composed composed) {
        return docx.render(composed.draft());
    }
}
