package cn.dangjian.bot.activity;

import java.util.ArrayList;
import java.util.List;

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
        List<PendingReadings.Reading> readings = new ArrayList<>();
        for (int i = 0; i < command.choices().size(); i++) {
            // the words are the asking message's, not the number that picks one
            readings.add(new PendingReadings.Reading(
                    LogHandler.inWords(command.choices().get(i), turn.message().text()), command.teaches().get(i)));
        }
        pending.offer(turn.branch().id(), turn.message().senderStaffId(), readings);
        return Reply.text(command.question());
    }
}
