package cn.dangjian.bot.committee;

import java.time.ZoneId;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.config.BotProperties;
import cn.dangjian.bot.reminder.ReminderProperties;
import cn.dangjian.bot.reminder.ReminderTriggers;

/**
 * Puts the committees' digest into this instance's Quartz where the reminders are scheduled: at its time on the days
 * the working-day calendar gives it, and on the reminders' sweep (at once when the bot is ready, then every
 * {@code bot.reminders.sweep-every}), which sends one whose time passed while every instance was down.
 */
@Component
@ConditionalOnBooleanProperty(name = "bot.reminders.enabled", matchIfMissing = true)
class DigestTriggers implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DigestTriggers.class);

    static final String GROUP = "committees";

    private final Scheduler scheduler;
    private final CommitteeDigests digests;
    private final ReminderProperties properties;
    private final ZoneId zone;

    DigestTriggers(Scheduler scheduler, CommitteeDigests digests, ReminderProperties properties, BotProperties bot) {
        this.scheduler = scheduler;
        this.digests = digests;
        this.properties = properties;
        this.zone = bot.zone();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (digests.schedule().isEmpty()) {
            return;
        }
        try {
            ReminderTriggers.schedule(scheduler, JobBuilder.newJob(DigestJob.class).withIdentity("digest", GROUP)
                    .build(), digests.schedule().get(), zone, GROUP);
            JobDetail sweep = JobBuilder.newJob(DigestJob.class).withIdentity("digest-sweep", GROUP).build();
            scheduler.scheduleJob(sweep, Set.of(TriggerBuilder.newTrigger().withIdentity("digest-sweep", GROUP)
                    .startNow().withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(properties.sweepEvery().toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build()), true);
            log.info("Scheduled the committees' digest at {} ({})", digests.schedule().get(), zone);
        }
        catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the committees' digest", e);
        }
    }
}
