package cn.dangjian.bot.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.command.SpeechAct;

/**
 * The conversation's own answers, which belong to no feature: help, and what the parser noted without storing or did
 * not understand (what it refused is answered in activity, which may ask for the fact refused). The features' commands are handled in their packages (activity, branch, reminder, report).
 */
@Configuration(proxyBeanMethods = false)
class ConversationCommands {

    @Bean
    CommandHandler<Command.Help> helpHandler() {
        return CommandHandler.of(Command.Help.class, false, (command, turn) -> Reply.markdown("使用说明", Texts.HELP));
    }


    /**
     * Plans, cancellations, questions, notices and chit-chat: the parser says what it understood; nothing changes.
     * All but chit-chat stored nothing a member may have meant to store: they are kept for the admins too.
     */
    @Bean
    CommandHandler<Command.Noted> notedHandler() {
        return CommandHandler.of(Command.Noted.class, false, (command, turn) -> {
            Reply answer = Reply.text(command.answer());
            return command.act() == SpeechAct.CHAT ? answer : answer.markedUnrecognised();
        });
    }

    @Bean
    CommandHandler<Command.NotUnderstood> notUnderstoodHandler() {
        return CommandHandler.of(Command.NotUnderstood.class, false, (command, turn) -> {
            String guess = command.suggestions().isEmpty() ? ""
                    : "您是否想记录：" + String.join("、", command.suggestions()) + "？";
            return Reply.text("未能识别这条消息中的支部活动，未作记录。" + guess
                    + "请写明活动名称和日期，例如“3月15日召开支委会，7人参加”；发送“帮助”查看用法。").markedUnrecognised();
        });
    }
}
