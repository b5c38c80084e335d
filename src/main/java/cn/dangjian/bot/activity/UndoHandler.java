package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionKindHandler;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * 撤销 / 撤销 #23 / 撤销 #12 #13: any member undoes their own records; {@link #UNDOES_ANY} and above undo any record of
 * the branch. Whose record #23 is, only the store's script knows atomically, so the role travels into it rather than
 * being checked before (as {@link #required} is for other commands).
 * <p>
 * One record of an event the message recorded in several (a 党员大会 and the 发展党员 it voted on) is not undone
 * alone without asking: the bot asks whether to undo the whole event or that record, as an
 * {@link Question.Kind#UNDO_EVENT} question, and the number (or 都撤销 / 只撤销这条) undoes those records.
 */
@Component
class UndoHandler implements CommandHandler<Command.Undo>, QuestionKindHandler {

    static final String KEPT = "好的，未撤销任何记录。";

    /** The role that may undo a record someone else logged. */
    static final Role UNDOES_ANY = Role.SECRETARY;

    private final ActivityStore store;
    private final RecordText text;

    private final Vocabulary vocabulary;
    private final Questions questions;

    UndoHandler(ActivityStore store, RecordText text, Vocabulary vocabulary, Questions questions) {
        this.store = store;
        this.text = text;
        this.vocabulary = vocabulary;
        this.questions = questions;
    }

    @Override
    public Class<Command.Undo> command() {
        return Command.Undo.class;
    }

    @Override
    public Reply handle(Command.Undo command, Turn turn) {
        InboundMessage m = turn.message();
        if (command.ids().size() <= 1) {
            Optional<Reply> asked = askAboutTheEvent(command, turn);
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        if (command.ids().isEmpty()) {
            return Reply.text(undoText(store.undoLast(turn.branch().id(), m.senderStaffId(), m.msgId()), turn.today()));
        }
        return undo(command.ids(), turn);
    }

    @Override
    public Set<Question.Kind> kinds() {
        return Set.of(Question.Kind.UNDO_EVENT);
    }

    @Override
    public Reply answer(Question question, Answer answer, Turn turn) {
        List<Long> ids = question.undoes(answer);
        return ids.isEmpty() ? Reply.text(KEPT) : undo(ids, turn);
    }

    /**
     * The record the undo names (or the sender's last) when the sender may undo it and its event holds other live
     * records: the bot asks which to undo rather than leave half an event.
     */
    private Optional<Reply> askAboutTheEvent(Command.Undo command, Turn turn) {
        String branchId = turn.branch().id();
        String sender = turn.message().senderStaffId();
        // the live records within the undo's reach: the target and its event's other records, if any
        List<ActivityRecord> live = store.recent(branchId, ActivityStore.REACH);
        Optional<ActivityRecord> target = live.stream()
                .filter(r -> command.ids().isEmpty() ? r.senderId().equals(sender) : r.id() == command.ids().get(0))
                .findFirst();
        if (target.isEmpty() || target.get().eventId() == null
                || !target.get().senderId().equals(sender) && !turn.role().covers(UNDOES_ANY)) {
            return Optional.empty();
        }
        ActivityRecord record = target.get();
        List<ActivityRecord> event = live.stream().filter(r -> record.eventId().equals(r.eventId()))
                .sorted(java.util.Comparator.comparingLong(ActivityRecord::id)).toList();
        if (event.size() < 2) {
            return Optional.empty();
        }
        List<Long> all = event.stream().map(ActivityRecord::id).toList();
        questions.ask(branchId, sender, Question.undoEvent(AskHandler.questionId(turn), List.of(all, List.of(record.id()))));
        String others = event.stream().filter(r -> r.id() != record.id())
                .map(r -> "#" + r.id() + "（" + text.describe(r, turn.today()) + "）").collect(Collectors.joining("、"));
        String ids = all.stream().map(id -> "#" + id).collect(Collectors.joining(" "));
        return Optional.of(QuestionText.choose("记录 #" + record.id() + "（" + text.describe(record, turn.today()) + "）与"
                + others + "是同一条消息记录的同一次活动。请问撤销整次活动，还是只撤销 #" + record.id() + "？",
                List.of("撤销整次活动（" + ids + "）", "只撤销 #" + record.id()), turn.message().group()));
    }

    /** Undoes each record, one outcome a line. */
    private Reply undo(List<Long> ids, Turn turn) {
        InboundMessage m = turn.message();
        List<String> lines = new ArrayList<>();
        for (long id : ids) {
            // the store remembers one outcome per delivery id: each record of the message gets its own, so that a
            // redelivered "撤销 #12 #13" is answered from both outcomes and undoes nothing more
            String delivery = m.msgId() == null || ids.size() == 1 ? m.msgId() : m.msgId() + "/" + id;
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
