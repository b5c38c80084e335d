package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * "今天开了支部会，15人参加": the message resembles two activities as closely. The bot keeps both readings for the
 * sender and asks with numbered choices; nothing is stored until the sender sends a number. Any member.
 */
@Component
class ChooseHandler implements CommandHandler<Command.Choose> {

    private final PendingReadings pending;

    ChooseHandler(PendingReadings pending) {
        this.pending = pending;
    }

    @Override
    public Class<Command.Choose> command() {
        return Command.Choose.class;
    }

    @Override
    public Reply handle(Command.Choose command, Turn turn) {
        pending.offer(turn.branch().id(), turn.message().senderStaffId(), command.choices());
        return Reply.text(command.question());
    }
}
