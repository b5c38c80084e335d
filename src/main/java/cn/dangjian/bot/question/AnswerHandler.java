package cn.dangjian.bot.question;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * A reply to the sender's pending question: an answer the question cannot take (a number beyond its choices, a yes
 * where a value is needed, a value that cannot be accepted) is told how to answer and the question stays; any other
 * takes the question, once across instances and deliveries, and goes to the handler of the question's kind.
 */
@Component
class AnswerHandler implements CommandHandler<Command.AnswerQuestion> {

    static final String GONE = "该问题已答复或已过期，未作记录。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。";

    private final Questions questions;
    private final Map<Question.Kind, QuestionKindHandler> kinds = new EnumMap<>(Question.Kind.class);

    AnswerHandler(Questions questions, List<QuestionKindHandler> handlers) {
        this.questions = questions;
        for (QuestionKindHandler handler : handlers) {
            for (Question.Kind kind : handler.kinds()) {
                if (kinds.put(kind, handler) != null) {
                    throw new IllegalStateException("two handlers for questions of kind " + kind);
                }
            }
        }
    }

    @Override
    public Class<Command.AnswerQuestion> command() {
        return Command.AnswerQuestion.class;
    }

    @Override
    public Reply handle(Command.AnswerQuestion command, Turn turn) {
        Question question = command.question();
        Answer answer = command.answer();
        boolean group = turn.message().group();
        if (answer instanceof Answer.Invalid invalid) {
            return Reply.text(invalid.reason());
        }
        if (answer instanceof Answer.Yes && question.choices() == 1) {
            answer = new Answer.Choice(1);
        }
        if (answer instanceof Answer.Choice choice && (choice.number() < 1 || choice.number() > question.choices())) {
            return Reply.text("请回复1至" + question.choices() + "之间的序号，例如" + QuestionText.by(group, "1") + "。");
        }
        if (answer instanceof Answer.Yes && question.kind() != Question.Kind.CONFIRM_READING
                && question.kind() != Question.Kind.BRANCH_SHAPE) {
            return Reply.text(question.choices() > 0
                    ? "请回复序号选择，例如" + QuestionText.by(group, "1") + "。"
                    : "请直接回复所缺的内容，例如" + QuestionText.by(group, QuestionText.example(question.field())) + "。");
        }
        QuestionKindHandler handler = kinds.get(question.kind());
        if (handler == null) {
            throw new IllegalStateException("no handler answers questions of kind " + question.kind());
        }
        Answer taken = answer;
        return questions.take(turn.branch().id(), turn.message().senderStaffId(), question, turn.message().msgId())
                .map(q -> handler.answer(q, taken, turn))
                .orElseGet(() -> Reply.text(GONE));
    }
}
