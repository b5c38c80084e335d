package cn.dangjian.bot.chat;

import cn.dangjian.bot.command.Command;

/**
 * Looks at a command of a branch before its handler runs, and may put another in its place: a
 * {@link Command.Rejected} to refuse it with a reason (nothing is stored), or the command it amounts to. Features
 * register gates as beans; the conversation passes every command with a branch through all of them.
 */
public interface CommandGate {

    /** The command to hand on: {@code command} itself when the gate has nothing to say. */
    Command admit(Command command, Turn turn);
}
