package cn.dangjian.bot.question;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.branch.Shape;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * The secretary's word on the branch's shape: an answer to the bot's {@link Question.Kind#BRANCH_SHAPE} question
 * (a tap, 1 or 2, 是/有 or 没有/不是), or at any time 本支部设有党小组 / 我们没有支委会; and 支部设置, which anyone may
 * read.
 */
@Component
class ShapeAnswers implements QuestionKindHandler, CommandHandler<Command.BranchShape> {

    private final ShapeQuestions shapes;

    ShapeAnswers(ShapeQuestions shapes) {
        this.shapes = shapes;
    }

    @Override
    public Set<Question.Kind> kinds() {
        return Set.of(Question.Kind.BRANCH_SHAPE);
    }

    @Override
    public Reply answer(Question question, Answer answer, Turn turn) {
        boolean has = answer instanceof Answer.Yes || answer instanceof Answer.Choice choice && choice.number() == 1;
        return shapes.answered(turn, Shape.Subject.byKey(question.subject()), has);
    }

    @Override
    public Class<Command.BranchShape> command() {
        return Command.BranchShape.class;
    }

    @Override
    public Role required(Command.BranchShape command) {
        return command.has() == null ? Role.MEMBER : Role.SECRETARY;
    }

    @Override
    public String refusal(Command.BranchShape command) {
        return "抱歉，支部是否设立支委会、党小组，需由支部书记或组织管理员确认。发送“支部设置”可查看目前的情况。";
    }

    @Override
    public Reply handle(Command.BranchShape command, Turn turn) {
        return command.has() == null ? shapes.show(turn) : shapes.answered(turn, command.subject(), command.has());
    }
}
