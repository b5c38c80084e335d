package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionKindHandler;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * Answers to the questions about a reading (confirm it, choose a candidate, give a missing fact): the reading the
 * answer settles is stored under the answering message's msgId, so a redelivered answer stores nothing more. A
 * reading the bot reached through resemblance, once confirmed or chosen and stored, counts as the member's
 * confirmation of the word that named it ({@link Vocabulary#confirmed}); no other answer teaches anything.
 */
@Component
class ReadingAnswers implements QuestionKindHandler {

    static final String CANCELLED = "好的，未作记录。如需记录，请直接发送已开展的活动，例如“今天召开了支委会，7人参加”。";

    private final LogHandler log;
    private final CorrectHandler correct;
    private final Questions questions;
    private final Vocabulary vocabulary;
    private final Catalogue catalogue;

    ReadingAnswers(LogHandler log, CorrectHandler correct, Questions questions, Vocabulary vocabulary,
            Catalogue catalogue) {
        this.correct = correct;
        this.catalogue = catalogue;
        this.log = log;
        this.questions = questions;
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<Question.Kind> kinds() {
        return Set.of(Question.Kind.CONFIRM_READING, Question.Kind.CHOOSE, Question.Kind.MISSING_FIELD);
    }

    @Override
    public Reply answer(Question question, Answer answer, Turn turn) {
        if (answer instanceof Answer.No) {
            return Reply.text(question.record() == null ? CANCELLED : "好的，#" + question.record() + " 仍按"
                    + Chinese.month(question.reading().get(0).date().getMonthValue()) + "记录。");
        }
        List<Entry> reading = question.readingFor(answer);
        if (question.record() != null) {
            return dayOf(question, reading.get(0).date(), turn);
        }
        if (question.kind() == Question.Kind.MISSING_FIELD && missing(reading, question.field())) {
            // the reply said something else of the reading: it is kept, and the bot asks again for what is missing
            Question again = Question.missing(question.id(), reading, question.field());
            questions.ask(turn.branch().id(), turn.message().senderStaffId(), again);
            return QuestionText.missing("还缺少" + QuestionText.name(question.field()) + "，请补充。",
                    QuestionText.example(question.field()),
                    turn.message().group());
        }
        Reply reply = log.store(reading, null, turn);
        Command.Teaching teaches = question.teaching(answer);
        if (teaches != null && reply.text().startsWith("已记录")) {
            vocabulary.confirmed(teaches, turn.message().senderStaffId(), turn.message().senderNick());
        }
        return reply;
    }

    /** The day of a record stored with its month: a day of that month edits it; another is refused and asked again. */
    private Reply dayOf(Question question, LocalDate day, Turn turn) {
        LocalDate month = question.reading().get(0).date();
        if (!YearMonth.from(day).equals(YearMonth.from(month))) {
            questions.ask(turn.branch().id(), turn.message().senderStaffId(), question);
            String stored = Chinese.month(month.getMonthValue());
            return Reply.text("未更正：#" + question.record() + " 登记的是" + stored + "，" + Chinese.dateFrom(day, turn.today())
                    + "不在" + stored + "内。如记得" + stored + "的具体日期，请" + QuestionText.by(turn.message().group(),
                            QuestionText.example(Question.Field.DATE)) + "。");
        }
        return correct.edit(question.record(), Edit.of().date(day), turn);
    }

    /** Whether an entry still lacks {@code field}; an amount is lacking only where the activity counts money. */
    private boolean missing(List<Entry> reading, Question.Field field) {
        return reading.stream().anyMatch(e -> switch (field) {
            case ACTIVITY -> e.activity() == null;
            case DATE -> e.date() == null;
            case PARTICIPANTS -> e.participants() == null;
            case AMOUNT -> e.amount() == null && catalogue.get(e.activity()).countsMoney();
            case TOPIC -> e.topic() == null;
            case COUNT -> false;
        });
    }
}
