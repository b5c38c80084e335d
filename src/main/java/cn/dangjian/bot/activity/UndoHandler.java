package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * 撤销 / 撤销 #23 / 撤销 #12 #13: any member undoes their own records; {@link #UNDOES_ANY} and above undo any record of
 * the branch. Whose record #23 is, only the store's script knows atomically, so the role travels into it rather than
 * being checked before (as {@link #required} is for other commands).
 */
@Component
class UndoHandler implements CommandHandler<Command.Undo> {

    /** The role that may undo a record someone else logged. */
    static final Role UNDOES_ANY = Role.SECRETARY;

    private final ActivityStore store;
    private final RecordText text;

    private final Vocabulary vocabulary;

    UndoHandler(ActivityStore store, RecordText text, Vocabulary vocabulary) {
        this.store = store;
        this.text = text;
        this.vocabulary = vocabulary;
    }

    @Override
    public Class<Command.Undo> command() {
        return Command.Undo.class;
    }

    @Override
    public Reply handle(Command.Undo command, Turn turn) {
        InboundMessage m = turn.message();
        if (command.ids().isEmpty()) {
            return Reply.text(undoText(store.undoLast(turn.branch().id(), m.senderStaffId(), m.msgId()), turn.today()));
        }
        List<String> lines = new ArrayList<>();
        for (long id : command.ids()) {
            // the store remembers one outcome per delivery id: each record of the message gets its own, so that a
            // redelivered "撤销 #12 #13" is answered from both outcomes and undoes nothing more
            String delivery = m.msgId() == null || command.ids().size() == 1 ? m.msgId() : m.msgId() + "/" + id;
            lines.add(undoText(store.undo(turn.branch().id(), id, m.senderStaffId(), turn.role().covers(UNDOES_ANY),
                    delivery), turn.today()));
        }
        return Reply.text(String.join("\n", lines));
    }

    private String undoText(ActivityStore.Undo result, LocalDate today) {
        // Java 17 has no pattern switch; the sealed Undo keeps this list complete.
        if (result instanceof ActivityStore.Undo.Done done) {
            vocabulary.undone(done.record());
            return "已撤销 #" + done.record().id() + "：" + text.describe(done.record(), today) + "。";
        }
        if (result instanceof ActivityStore.Undo.NotFound notFound) {
            return "未找到记录 #" + notFound.id() + "，或该记录已撤销。发送“记录”可查看最近的记录编号。";
        }
        if (result instanceof ActivityStore.Undo.NotYours notYours) {
            return "记录 #" + notYours.record().id() + " 由" + notYours.record().senderNick()
                    + "登记，只有登记人本人或支部书记可以撤销。";
        }
        return "您目前没有可撤销的记录。";
    }
}
