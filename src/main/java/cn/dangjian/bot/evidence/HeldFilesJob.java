package cn.dangjian.bot.evidence;

import java.time.Duration;
import java.util.Date;
import java.util.Set;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * What Quartz runs every {@code bot.evidence.sweep-every}: {@link HeldFiles#sweep}. Each instance runs it; the files
 * each sweep takes are its own, so several instances never delete the same file twice.
 */
@DisallowConcurrentExecution
public class HeldFilesJob implements Job {

    private final HeldFiles held;

    public HeldFilesJob(HeldFiles held) {
        this.held = held;
    }

    @Override
    public void execute(JobExecutionContext context) {
        held.sweep();
    }

    /** Puts the sweep into this instance's Quartz, first one interval after the start. */
    @Component
    static class Schedule implements ApplicationListener<ApplicationReadyEvent> {

        private final Scheduler scheduler;
        private final Duration every;

        Schedule(Scheduler scheduler, EvidenceProperties properties) {
            this.scheduler = scheduler;
            this.every = properties.sweepEvery();
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            try {
                scheduler.scheduleJob(JobBuilder.newJob(HeldFilesJob.class).withIdentity("held-files", "evidence")
                        .build(), Set.of(TriggerBuilder.newTrigger().withIdentity("held-files", "evidence")
                                .startAt(new Date(System.currentTimeMillis() + every.toMillis()))
                                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                        .withIntervalInMilliseconds(every.toMillis()).repeatForever()
                                        .withMisfireHandlingInstructionNextWithRemainingCount())
                                .build()), true);
            }
            catch (SchedulerException e) {
                throw new IllegalStateException("cannot schedule the sweep of held evidence files", e);
            }
        }
    }
}
