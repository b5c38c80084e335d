package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;

/**
 * A message the parser refused stored nothing. When what it lacks is one fact the member can say in a word (the day
 * of "近期开了支委会", the real number of "3000人参加"), the bot asks for it as the sender's
 * {@link Question.Kind#MISSING_FIELD} question, keeping the rest of the reading, and the answer ("18号", "30人")
 * stores it. Any other refusal is said, and kept with the unrecognised messages for the admins to learn from.
 */
@Component
class RejectedHandler implements CommandHandler<Command.Rejected> {

    private final Questions questions;

    RejectedHandler(Questions questions) {
        this.questions = questions;
    }

    @Override
    public Class<Command.Rejected> command() {
        return Command.Rejected.class;
    }

    @Override
    public boolean needsBranch() {
        return false;
    }

    @Override
    public Reply handle(Command.Rejected command, Turn turn) {
        Command.MissingFact missing = command.missing();
        if (missing == null || turn.branch() == null) {
            return Reply.text(command.reason()).markedUnrecognised();
        }
        questions.ask(turn.branch().id(), turn.message().senderStaffId(), Question.missing(AskHandler.questionId(turn),
                LogHandler.inWords(missing.reading(), turn.message().text()), missing.field()));
        return QuestionText.missing("未记录：" + missing.question(), QuestionText.example(missing.field()),
                turn.message().group());
    }
}
