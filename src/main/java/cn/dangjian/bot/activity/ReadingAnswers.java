package cn.dangjian.bot.activity;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

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
 * Answers to the questions about a reading (confirm it, choose a candidate, give a missing fact): the reading the
 * answer settles is stored under the answering message's msgId, so a redelivered answer stores nothing more. A
 * reading the bot reached through resemblance, once confirmed or chosen and stored, counts as the member's
 * confirmation of the word that named it ({@link Vocabulary#confirmed}); no other answer teaches anything.
 */
@Component
class ReadingAnswers implements QuestionKindHandler {

    static final String CANCELLED = "好的，未作记录。如需记录，请直接发送已开展的活动，例如“今天召开了支委会，7人参加”。";

    private final LogHandler log;
    private final Questions questions;
    private final Vocabulary vocabulary;
    private final Catalogue catalogue;

    ReadingAnswers(LogHandler log, Questions questions, Vocabulary vocabulary, Catalogue catalogue) {
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
            return Reply.text(CANCELLED);
        }
        List<Entry> reading = question.readingFor(answer);
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
