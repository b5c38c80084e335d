package cn.dangjian.bot.chat;

import java.util.function.BiFunction;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.command.Command;

/**
 * Answers one kind of command. Each feature registers its handlers as beans in its own package; the conversation
 * refuses to start when a command has none. Before a handler runs, the conversation answers for it when the command
 * needs a branch and the chat has none, and when the sender lacks the role the command requires (roles come from
 * {@code bot-config/branches.yml} only).
 */
public interface CommandHandler<C extends Command> {

    Class<C> command();

    /** Called only with a branch in the turn (unless {@link #needsBranch()} is false) and a sender who may. */
    Reply handle(C command, Turn turn);

    default boolean needsBranch() {
        return true;
    }

    /** The least role the sender must have for this command; anyone less is told {@link #refusal}. */
    default Role required(C command) {
        return Role.MEMBER;
    }

    /** What a sender without the {@link #required} role is told; nothing has changed. */
    default String refusal(C command) {
        return Texts.refusal(required(command));
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
