package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** 进度 / 本季度进度 / 全年进度: each obligation, required against done. Any member. */
@Component
class ProgressHandler implements CommandHandler<Command.ShowProgress> {

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final RecordText text;

    ProgressHandler(ActivityStore store, Catalogue catalogue, RecordText text) {
        this.store = store;
        this.catalogue = catalogue;
        this.text = text;
    }

    @Override
    public Class<Command.ShowProgress> command() {
        return Command.ShowProgress.class;
    }

    @Override
    public Reply handle(Command.ShowProgress command, Turn turn) {
        Branch branch = turn.branch();
        Progress progress = Progress.of(command.scope(), turn.today(), catalogue, branch.obligations(),
                store.tally(branch.id(), turn.today().getYear()));
        return Reply.markdown(progress.label() + "进度", text.progress(branch, progress));
    }
}
