package cn.dangjian.bot.activity;

import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;

/**
 * "开展主题党日活动": the message names an activity without saying it took place. The bot keeps its reading as the
 * sender's pending question and asks; nothing is stored until "是". Any member.
 */
@Component
class AskHandler implements CommandHandler<Command.Ask> {

    private final Questions questions;

    AskHandler(Questions questions) {
        this.questions = questions;
    }

    @Override
    public Class<Command.Ask> command() {
        return Command.Ask.class;
    }

    @Override
    public Reply handle(Command.Ask command, Turn turn) {
        // the words are the asking message's, not the "是" that confirms it
        questions.ask(turn.branch().id(), turn.message().senderStaffId(), Question.confirm(questionId(turn),
                LogHandler.inWords(command.entries(), turn.message().text()), command.teaches()));
        return QuestionText.confirm(command.question(), turn.message().group());
    }

    /** The asking message's msgId names the question: an answer takes that question, never a newer one. */
    static String questionId(Turn turn) {
        return turn.message().msgId() != null ? turn.message().msgId() : "q" + UUID.randomUUID();
    }
}
