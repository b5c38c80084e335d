package cn.dangjian.bot.reminder;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.config.BotProperties;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.Pace;
import io.micrometer.core.instrument.MeterRegistry;

/** The reminders: bot-config/reminders.yml read and checked at start, the sender, and this instance's Quartz jobs. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    ReminderSchedules reminderSchedules(BotProperties bot, Branches branches, WorkingDays days, Clock clock) {
        return ReminderSchedules.load(bot.configDir().resolve("reminders.yml"), branches, days, bot.zone(),
                ZonedDateTime.ofInstant(clock.instant(), bot.zone()));
    }

    @Bean
    ReminderPauses reminderPauses(StringRedisTemplate redis) {
        return new ReminderPauses(redis);
    }

    @Bean
    Reminders reminders(Branches branches, ReminderSchedules schedules, ActivityStore store,
            Catalogue catalogue, Messenger messenger, ReminderProperties properties, StringRedisTemplate redis,
            WorkingDays days, Clock clock, MeterRegistry meters, Shapes shapes) {
        // the fan-out spaces real calls to DingTalk, so its pace runs on the wall clock whatever the bot's clock says
        return new Reminders(branches, schedules, new ReminderLedger(redis, properties.claimLease()), store,
                catalogue, messenger, new Pace(redis, Clock.systemUTC()), properties, days, clock, meters, shapes);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "bot.reminders.enabled", matchIfMissing = true)
    ReminderTriggers reminderTriggers(Scheduler scheduler, ReminderSchedules schedules, ReminderProperties properties,
            BotProperties bot) {
        return new ReminderTriggers(scheduler, schedules, properties, bot.zone());
    }
}
