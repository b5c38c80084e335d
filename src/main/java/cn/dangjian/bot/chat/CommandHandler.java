package cn.dangjian.bot.chat;

import java.util.function.BiFunction;

import cn.dangjian.bot.command.Command;

/**
 * Answers one kind of command. Each feature registers its handlers as beans; the conversation refuses to start when
 * a command has none, and answers for the handler when a command needs a branch and the chat has none.
 */
public interface CommandHandler<C extends Command> {

    Class<C> command();

    /** Called only with a branch in the turn, unless {@link #needsBranch()} is false. */
    Reply handle(C command, Turn turn);

    default boolean needsBranch() {
        return true;
    }

    static <C extends Command> CommandHandler<C> of(Class<C> type, BiFunction<C, Turn, Reply> handler) {
        return of(type, true, handler);
    }

    static <C extends Command> CommandHandler<C> of(Class<C> type, boolean needsBranch,
            BiFunction<C, Turn, Reply> handler) {
        return new CommandHandler<>() {
            @Override
            public Class<C> command() {
                return type;
            }

            @Override
            public Reply handle(C command, Turn turn) {
                return handler.apply(command, turn);
            }

            @Override
            public boolean needsBranch() {
                return needsBranch;
            }
        };
    }
}
