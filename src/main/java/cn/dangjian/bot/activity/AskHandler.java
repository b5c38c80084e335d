package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * "开展主题党日活动": the message names an activity without saying it took place. The bot keeps its reading for the
 * sender and asks; nothing is stored until "是". Any member.
 */
@Component
class AskHandler implements CommandHandler<Command.Ask> {

    private final PendingReadings pending;

    AskHandler(PendingReadings pending) {
        this.pending = pending;
    }

    @Override
    public Class<Command.Ask> command() {
        return Command.Ask.class;
    }

    @Override
    public Reply handle(Command.Ask command, Turn turn) {
        // the words are the asking message's, not the "是" that confirms it
        pending.ask(turn.branch().id(), turn.message().senderStaffId(),
                LogHandler.inWords(command.entries(), turn.message().text()), command.teaches());
        return Reply.text(command.question());
    }
}
