package cn.dangjian.bot.reminder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Puts the schedule of reminders.yml into this instance's in-memory Quartz: one job per reminder kind with a trigger
 * per distinct schedule (organisation and branch overrides) — the cron's time of day, on the days of a
 * {@link FireDays} calendar, so a reminder moved off a rest day fires on the day it moved to — and the sweep, once as
 * soon as the bot is ready (the misfire catch-up) and then every {@code bot.reminders.sweep-every}.
 */
public class ReminderTriggers implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReminderTriggers.class);

    static final String GROUP = "reminders";
    static final JobKey SWEEP = JobKey.jobKey("sweep", GROUP);

    private final Scheduler scheduler;
    private final ReminderSchedules schedules;
    private final ReminderProperties properties;
    private final ZoneId zone;

    ReminderTriggers(Scheduler scheduler, ReminderSchedules schedules, ReminderProperties properties, ZoneId zone) {
        this.scheduler = scheduler;
        this.schedules = schedules;
        this.properties = properties;
        this.zone = zone;
    }

    static JobKey job(ReminderKind kind) {
        return JobKey.jobKey(kind.key(), GROUP);
    }

    /**
     * The schedule's trigger: its cron's time of day on every day that its {@link FireDays} calendar (of the same name)
     * includes.
     */
    static Trigger trigger(Schedule schedule, ZoneId zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity(calendarName(schedule), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron().timeOfDayEveryDay())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        // a fire missed while this instance was busy or paused goes at once, then as usual
                        .withMisfireHandlingInstructionFireAndProceed())
                .modifiedByCalendar(calendarName(schedule))
                .build();
    }

    /**
     * Runs {@code job} on {@code schedule}'s days and time as a reminder runs, under {@code group}: for what goes by
     * the reminders' rules without being one (the committees' monthly digest).
     */
    public static void schedule(Scheduler scheduler, JobDetail job, Schedule schedule, ZoneId zone, String group)
            throws SchedulerException {
        String name = group + " " + calendarName(schedule);
        scheduler.addCalendar(name, new FireDays(schedule, zone), true, true);
        Trigger trigger = trigger(schedule, zone);
        scheduler.scheduleJob(job, Set.of(trigger.getTriggerBuilder().withIdentity(name, group)
                .modifiedByCalendar(name).build()), true);
    }

    /** monthly 0 5 9 25 * ? (previous): the trigger and its calendar share the name. */
    static String calendarName(Schedule schedule) {
        return schedule.kind().key() + " " + schedule;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            for (ReminderKind kind : ReminderKind.values()) {
                JobDetail job = JobBuilder.newJob(ReminderJob.class).withIdentity(job(kind))
                        .usingJobData(ReminderJob.KIND, kind.key()).build();
                Set<Trigger> triggers = new LinkedHashSet<>();
                List<String> expressions = new ArrayList<>();
                for (Schedule schedule : schedules.schedules(kind)) {
                    scheduler.addCalendar(calendarName(schedule), new FireDays(schedule, zone), true, true);
                    triggers.add(trigger(schedule, zone));
                    expressions.add(schedule.toString());
                }
                if (!triggers.isEmpty()) {
                    scheduler.scheduleJob(job, triggers, true);
                    log.info("Scheduled the {} reminder at {} ({})", kind.key(), expressions, zone);
                }
            }
            JobDetail sweep = JobBuilder.newJob(ReminderJob.class).withIdentity(SWEEP).build();
            scheduler.scheduleJob(sweep, Set.of(TriggerBuilder.newTrigger().withIdentity("sweep", GROUP).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(properties.sweepEvery().toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build()), true);
        }
        catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the reminders", e);
        }
    }
}
