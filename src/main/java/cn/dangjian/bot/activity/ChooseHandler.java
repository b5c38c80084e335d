package cn.dangjian.bot.activity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionText;
import cn.dangjian.bot.question.Questions;

/**
 * "今天开了支部会，15人参加": the message resembles two activities as closely. The bot keeps both readings as the
 * sender's pending question and asks with numbered choices; nothing is stored until the sender sends a number. Any
 * member.
 */
@Component
class ChooseHandler implements CommandHandler<Command.Choose> {

    private final Questions questions;

    ChooseHandler(Questions questions) {
        this.questions = questions;
    }

    @Override
    public Class<Command.Choose> command() {
        return Command.Choose.class;
    }

    @Override
    public Reply handle(Command.Choose command, Turn turn) {
        List<Question.Reading> readings = new ArrayList<>();
        for (int i = 0; i < command.choices().size(); i++) {
            // the words are the asking message's, not the number that picks one
            readings.add(new Question.Reading(LogHandler.inWords(command.choices().get(i), turn.message().text()),
                    command.teaches().get(i)));
        }
        questions.ask(turn.branch().id(), turn.message().senderStaffId(),
                Question.choose(AskHandler.questionId(turn), readings));
        return QuestionText.choose(command.prompt(), command.options(), turn.message().group());
    }
}
