package cn.dangjian.bot.year;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.ClosedYearAnswer;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.chat.CommandGate;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.report.Drafts;

/**
 * A closed year's records are evidence: a log dated in it (asked about, answered or said outright) and an undo of one
 * of its records are refused, naming who closed the year and when; a draft of it is the archived one; and in January
 * and February a request without a year is for the current year once last year is closed. A log said outright is
 * refused by the store's own script, which reads the closed years in the step that would write (no round trip of its
 * own), and worded here; the rest before their handler, with one Redis read of the branch's closed years, and nothing
 * more while none is closed.
 */
@Component
class YearGate implements CommandGate, ClosedYearAnswer {

    private final YearBook book;
    private final ActivityStore store;
    private final Clock clock;

    YearGate(YearBook book, ActivityStore store, Clock clock) {
        this.book = book;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Command admit(Command command, Turn turn) {
        if (command instanceof Command.Ask ask) {
            // nothing is asked about that could not be stored
            return refuseLog(ask, ask.entries(), turn);
        }
        if (command instanceof Command.Choose choose) {
            return refuseLog(choose, choose.choices().stream().flatMap(List::stream).toList(), turn);
        }
        if (command instanceof Command.AnswerQuestion answer && !answer.question().undoes(answer.answer()).isEmpty()) {
            // the records of an event, undone on the answer to the bot's question, as an undo of them would be
            Command refused = refuseUndo(new Command.Undo(answer.question().undoes(answer.answer())), turn);
            return refused instanceof Command.Rejected ? refused : command;
        }
        if (command instanceof Command.AnswerQuestion answer) {
            // a reading asked about before its year was closed is not stored after
            return refuseLog(answer, answer.question().readingFor(answer.answer()), turn);
        }
        if (command instanceof Command.Undo undo) {
            return refuseUndo(undo, turn);
        }
        if (command instanceof Command.AddHighlight highlight) {
            return highlight(highlight, turn);
        }
        if (command instanceof Command.ListHighlights list && list.year() == null) {
            return new Command.ListHighlights(YearBook.draftYear(turn.today(), book.closedYears(turn.branch().id())));
        }
        if (command instanceof Command.GenerateDraft draft) {
            return draft(draft, turn);
        }
        return command;
    }

    private Command refuseLog(Command log, List<Entry> entries, Turn turn) {
        Set<Integer> closed = book.closedYears(turn.branch().id());
        if (closed.isEmpty()) {
            return log;
        }
        for (Entry entry : entries) {
            int year = (entry.date() == null ? turn.today() : entry.date()).getYear();
            if (closed.contains(year)) {
                return new Command.Rejected(logRefused(turn.branch().id(), year));
            }
        }
        return log;
    }

    @Override
    public String logRefused(String branchId, int year) {
        return "未记录：" + YearWords.closed(book.status(branchId, year), clock.getZone()) + "，该年度不能再新增记录。"
                + YearWords.remedy(year);
    }

    /**
     * A highlight goes into the year a draft asked for today is about (in January and February the current one once
     * last year is closed), never into a closed year's final draft.
     */
    private Command highlight(Command.AddHighlight highlight, Turn turn) {
        Set<Integer> closed = book.closedYears(turn.branch().id());
        int year = highlight.year() != null ? highlight.year() : YearBook.draftYear(turn.today(), closed);
        if (!closed.contains(year)) {
            return new Command.AddHighlight(highlight.text(), year);
        }
        return new Command.Rejected("未记下：" + closedYear(turn, year) + "，亮点不再写入该年度的终稿。"
                + YearWords.remedy(year));
    }

    private Command refuseUndo(Command.Undo undo, Turn turn) {
        String branchId = turn.branch().id();
        Set<Integer> closed = book.closedYears(branchId);
        if (closed.isEmpty()) {
            return undo;
        }
        List<ActivityRecord> targets = undo.ids().isEmpty()
                ? store.lastOf(branchId, turn.message().senderStaffId()).stream().toList()
                : store.byIds(branchId, undo.ids());
        for (ActivityRecord target : targets) {
            int year = target.date().getYear();
            if (closed.contains(year)) {
                return new Command.Rejected("未撤销：记录 #" + target.id() + " 属于" + year + "年度，" + closedYear(turn, year)
                        + "，该年度的记录不能撤销或修改。" + YearWords.remedy(year));
            }
        }
        return undo;
    }

    private Command draft(Command.GenerateDraft draft, Turn turn) {
        Set<Integer> closed = book.closedYears(turn.branch().id());
        int year = draft.year() != null ? draft.year() : YearBook.draftYear(turn.today(), closed);
        if (closed.contains(year)) {
            return new Command.ArchivedDraft(year, draft.kind());
        }
        return draft.year() == null && year != Drafts.defaultYear(turn.today())
                ? new Command.GenerateDraft(year, draft.kind()) : draft;
    }

    private String closedYear(Turn turn, int year) {
        return YearWords.closed(book.status(turn.branch().id(), year), clock.getZone());
    }
}
