package cn.dangjian.bot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * What Quartz runs: one kind's due reminders at its cron's minute, or, without a kind, the sweep that catches up what
 * fell due while every instance was down. Quartz builds it through Spring, which hands it the {@link Reminders}.
 */
@DisallowConcurrentExecution
public class ReminderJob implements Job {

    static final String KIND = "kind";

    private final Reminders reminders;

    public ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String kind = context.getMergedJobDataMap().getString(KIND);
        if (kind == null) {
            reminders.sweep();
        }
        else {
            reminders.runDue(ReminderKind.ofKey(kind).orElseThrow());
        }
    }
}
