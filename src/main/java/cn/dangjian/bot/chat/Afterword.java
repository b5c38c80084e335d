package cn.dangjian.bot.chat;

import cn.dangjian.bot.command.Command;

/**
 * What a feature adds to the bot's answer to a message of a branch once its handler has answered: a question the
 * bot has for the sender besides (the branch's shape). Features register afterwords as beans; the conversation passes
 * every answer with a branch through all of them, so that one that has nothing to say must cost nothing.
 */
public interface Afterword {

    /** The answer to send: {@code reply} itself when there is nothing to add. */
    Reply after(Command command, Turn turn, Reply reply);
}
