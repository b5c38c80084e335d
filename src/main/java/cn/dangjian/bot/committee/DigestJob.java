package cn.dangjian.bot.committee;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What Quartz runs at the digest's time and on each sweep: the committees' digests that are due and unsent. */
@DisallowConcurrentExecution
public class DigestJob implements Job {

    private final CommitteeDigests digests;

    public DigestJob(CommitteeDigests digests) {
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        digests.runDue();
    }
}
