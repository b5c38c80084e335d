package cn.dangjian.bot.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;

/**
 * “3月15日召开支委会，7人参加”: stores the message's activities and says exactly what was stored. Any member. Dues
 * without an amount are never stored with one the member did not say: the bot asks for it, keeping the whole reading
 * as the sender's question, and the answer stores it. A record stored with its month only ("上个月开过党员大会") is
 * stored at once, and the answer offers to take its day, which then edits it ({@link Question#dayOf}).
 */
@Component
class LogHandler implements CommandHandler<Command.Log> {

    static final String AMOUNT_ASKED = "请问这次党费收缴了多少元？";

    private final ActivityStore store;
    private final RecordText text;
    private final Catalogue catalogue;
    private final Questions questions;
    private final ClosedYearAnswer closedYear;

    LogHandler(ActivityStore store, RecordText text, Catalogue catalogue, Questions questions,
            ClosedYearAnswer closedYear) {
        this.store = store;
        this.text = text;
        this.catalogue = catalogue;
        this.questions = questions;
        this.closedYear = closedYear;
    }

    @Override
    public Class<Command.Log> command() {
        return Command.Log.class;
    }

    /**
     * A log answers no question: the sender's open one (Conversation leaves it to this handler) is closed in the
     * store's own script, replaced by the question for a missing amount, or dropped when nothing is stored.
     */
    @Override
    public Reply handle(Command.Log command, Turn turn) {
        return store(command.entries(), command.besides(), turn, true);
    }

    /** Stores the entries under the turn's msgId and says what was stored, then {@code besides} when there is one. */
    Reply store(List<Entry> entries, String besides, Turn turn) {
        return store(entries, besides, turn, false);
    }

    private Reply store(List<Entry> entries, String besides, Turn turn, boolean closesQuestion) {
        InboundMessage m = turn.message();
        String branchId = turn.branch().id();
        String beyond = beyondBounds(entries);
        if (beyond != null) {
            if (closesQuestion) {
                questions.drop(branchId, m.senderStaffId());
            }
            return Reply.text(beyond);
        }
        if (entries.stream().anyMatch(e -> e.amount() == null && catalogue.get(e.activity()).countsMoney())) {
            questions.ask(branchId, m.senderStaffId(),
                    Question.missing(AskHandler.questionId(turn), inWords(entries, m.text()), Question.Field.AMOUNT));
            return QuestionText.missing(AMOUNT_ASKED, QuestionText.example(Question.Field.AMOUNT), m.group());
        }
        List<ActivityRecord> stored;
        try {
            stored = store.log(branchId, inWords(entries, m.text()), m.senderStaffId(), m.senderNick(), m.msgId(),
                    closesQuestion ? questions.key(branchId, m.senderStaffId()) : null);
        }
        catch (ActivityStore.ClosedYearException e) {
            return Reply.text(closedYear.logRefused(branchId, e.year()));
        }
        StringBuilder reply = new StringBuilder();
        String event = text.event(stored, turn.today());
        if (stored.size() == 1) {
            ActivityRecord record = stored.get(0);
            reply.append("已记录：").append(text.describe(record, turn.today())).append("。#").append(record.id());
            // dues are owed by the month: "10月份的党费" is complete as said, its day is noise
            if (record.datePrecision() == DatePrecision.MONTH && entries.size() == 1
                    && !catalogue.get(record.activity()).countsMoney()
                    && (m.msgId() == null || m.msgId().equals(record.msgId()))) {
                questions.ask(branchId, m.senderStaffId(),
                        Question.dayOf(AskHandler.questionId(turn), entries.get(0), record.id()));
                reply.append(" 如记得具体日期，可").append(QuestionText.by(m.group(),
                        QuestionText.example(Question.Field.DATE))).append("补充。");
            }
        }
        else if (event != null) {
            // one event in several records, one per obligation it fulfils: said once, with every record's number
            reply.append("已记录：").append(event).append("。").append(stored.stream().map(r -> "#" + r.id())
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        else {
            reply.append("已记录").append(stored.size()).append("项：");
            for (ActivityRecord record : stored) {
                reply.append('\n').append(text.describe(record, turn.today())).append("。#").append(record.id());
            }
        }
        if (m.msgId() != null && !m.msgId().equals(stored.get(0).msgId())) {
            // the store answered with the records of an earlier message that said the same (see ActivityStore.log)
            reply.append('\n').append(RESENT);
        }
        if (besides != null) {
            reply.append('\n').append(besides);
        }
        return Reply.text(reply.toString());
    }

    /** Each entry with the member's words: the parser's clause, or else the whole message. */
    static List<Entry> inWords(List<Entry> entries, String message) {
        return entries.stream().map(e -> e.words() != null || message == null ? e : e.withWords(message.strip()))
                .toList();
    }

    static final String RESENT = "以上内容您在" + ActivityStore.REMEMBER_CONTENT.toMinutes()
            + "分钟内已发送过，已按当时的记录答复，未重复记录。如确为另一次活动，请写明日期、主题或人数后再发送。";

    /** What the store would refuse, said to the member; null when every entry is within {@link Entry}'s bounds. */
    static String beyondBounds(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.amount() != null && e.amount().compareTo(Entry.MAX_AMOUNT) > 0) {
                return "未记录：党费金额" + Chinese.money(e.amount()) + "超过单笔上限" + Chinese.money(Entry.MAX_AMOUNT)
                        + "，与一个支部的实际不符。请核对后重新发送，例如“收缴3月党费3200元”。";
            }
            int topic = e.topic() == null ? 0 : e.topic().codePointCount(0, e.topic().length());
            if (topic > Entry.MAX_TOPIC) {
                return "未记录：主题共" + topic + "字，超过" + Entry.MAX_TOPIC + "字的上限。请精简主题后重新发送，"
                        + "例如“主题《学习贯彻党的二十届四中全会精神》”。";
            }
            if (e.count() > Entry.MAX_COUNT || e.participants() != null && e.participants() > Entry.MAX_PARTICIPANTS) {
                return "未记录：数量超过" + Entry.MAX_COUNT + "或参加人数超过" + Entry.MAX_PARTICIPANTS
                        + "，与一个支部的实际不符。请核对后重新发送，例如“召开支委会2次，18人参加”。";
            }
        }
        return null;
    }
}
