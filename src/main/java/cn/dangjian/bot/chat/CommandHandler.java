package cn.dangjian.bot.chat;

import cn.dangjian.bot.command.Command;

/**
 * Answers one kind of command. Each feature registers its handlers as beans; the conversation refuses to start when
 * a command has none.
 */
public interface CommandHandler<C extends Command> {

    Class<C> command();

    Reply handle(C command, Turn turn);
}
