package cn.dangjian.bot.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** “3月15日召开支委会，7人参加”: stores the message's activities and says exactly what was stored. Any member. */
@Component
class LogHandler implements CommandHandler<Command.Log> {

    private final ActivityStore store;
    private final RecordText text;

    LogHandler(ActivityStore store, RecordText text) {
        this.store = store;
        this.text = text;
    }

    @Override
    public Class<Command.Log> command() {
        return Command.Log.class;
    }

    @Override
    public Reply handle(Command.Log command, Turn turn) {
        return store(command.entries(), command.besides(), turn);
    }

    /** Stores the entries under the turn's msgId and says what was stored, then {@code besides} when there is one. */
    Reply store(List<Entry> entries, String besides, Turn turn) {
        InboundMessage m = turn.message();
        List<ActivityRecord> stored = store.log(turn.branch().id(), entries, m.senderStaffId(), m.senderNick(),
                m.msgId());
        StringBuilder reply = new StringBuilder();
        if (stored.size() == 1) {
            reply.append("已记录：").append(text.describe(stored.get(0), turn.today())).append("。#")
                    .append(stored.get(0).id());
        }
        else {
            reply.append("已记录").append(stored.size()).append("项：");
            for (ActivityRecord record : stored) {
                reply.append('\n').append(text.describe(record, turn.today())).append("。#").append(record.id());
            }
        }
        if (besides != null) {
            reply.append('\n').append(besides);
        }
        return Reply.text(reply.toString());
    }
}
