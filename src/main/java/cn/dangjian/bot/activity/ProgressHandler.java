package cn.dangjian.bot.activity;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * 进度 / 本季度进度 / 全年进度 / 上个月进度 / 三季度进度: each obligation, required against done, and the records of
 * the obligations that ask for evidence which have none yet. Any member.
 */
@Component
class ProgressHandler implements CommandHandler<Command.ShowProgress> {

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final RecordText text;
    private final WorkingDays days;
    private final Shapes shapes;

    ProgressHandler(ActivityStore store, Catalogue catalogue, RecordText text, WorkingDays days, Shapes shapes) {
        this.shapes = shapes;
        this.store = store;
        this.catalogue = catalogue;
        this.text = text;
        this.days = days;
    }

    @Override
    public Class<Command.ShowProgress> command() {
        return Command.ShowProgress.class;
    }

    @Override
    public Reply handle(Command.ShowProgress command, Turn turn) {
        Branch branch = shapes.effective(turn.branch());
        Period asked = command.period() != null ? command.period()
                : Period.of(command.scope().cadence(), turn.today());
        Progress progress = Progress.of(asked, turn.today(), catalogue, branch.obligations(),
                store.tally(branch.id(), asked.year()));
        boolean running = !turn.today().isAfter(asked.end());
        return Reply.markdown(progress.label() + "进度", text.progress(branch, progress,
                MissingEvidence.of(store, branch.id(), progress),
                running ? timeLeft(days, command.scope(), turn.today()) : null));
    }

    /** 本月还剩3个工作日（含今天）: counted on the working-day calendar, like the reminders. */
    static String timeLeft(WorkingDays days, Progress.Scope scope, LocalDate today) {
        Period period = Period.of(scope.cadence(), today);
        String word = switch (scope) {
            case MONTH -> "本月";
            case QUARTER -> "本季度";
            case YEAR -> "今年";
        };
        int left = days.count(today, period.end());
        if (left == 0) {
            return word + "已无剩余工作日";
        }
        return word + "还剩" + left + "个工作日" + (days.isWorkingDay(today) ? "（含今天）" : "");
    }
}
