package cn.dangjian.bot.question;

import java.util.Set;

import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;

/**
 * What an answer to questions of some kinds does, in the feature that asked them (the readings in {@code activity}).
 * Each kind has one handler; the answer reaches it once the question is taken, so it acts once.
 */
public interface QuestionKindHandler {

    Set<Question.Kind> kinds();

    /**
     * Acts on {@code answer} to {@code question}, already taken for this message: a {@link Answer.Yes}, a
     * {@link Answer.Choice} among the question's choices, an {@link Answer.Amended} reading or a {@link Answer.No}.
     */
    Reply answer(Question question, Answer answer, Turn turn);
}
