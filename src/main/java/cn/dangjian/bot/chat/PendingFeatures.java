package cn.dangjian.bot.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.command.Command;

/** Interim answers for the commands whose features land next (reminders); removed as each lands. */
@Configuration(proxyBeanMethods = false)
class PendingFeatures {

    @Bean
    CommandHandler<Command.Reminders> remindersPending() {
        return CommandHandler.of(Command.Reminders.class, (c, t) -> Reply.text("提醒设置功能即将开放，敬请稍候。"));
    }
}
