package cn.dangjian.bot.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The bot's own meters, in one place so that every feature counts under the same names (see {@code /actuator/metrics}).
 * Each feature calls the method for what it has just done; none creates meters of its own.
 */
@Component
public class BotMetrics {

    public static final String MESSAGES_RECEIVED = "dangjian.messages.received";
    public static final String RECORDS_STORED = "dangjian.records.stored";
    public static final String REPLIES_SENT = "dangjian.replies.sent";
    public static final String PUSHES_SENT = "dangjian.pushes.sent";
    public static final String PUSHES_FAILED = "dangjian.pushes.failed";
    public static final String REMINDER_RUNS = "dangjian.reminder.runs";
    public static final String DRAFT_DURATION = "dangjian.draft.duration";

    private final Counter messagesReceived;
    private final Counter recordsStored;
    private final Counter repliesSent;
    private final Counter pushesSent;
    private final Counter pushesFailed;
    private final Counter reminderRuns;
    private final Timer draftDuration;

    public BotMetrics(MeterRegistry registry) {
        messagesReceived = Counter.builder(MESSAGES_RECEIVED)
                .description("Robot messages received from DingTalk (webhook or Stream), before dedupe")
                .register(registry);
        recordsStored = Counter.builder(RECORDS_STORED)
                .description("Activity records written to the store")
                .register(registry);
        repliesSent = Counter.builder(REPLIES_SENT)
                .description("Answers delivered to the person who wrote")
                .register(registry);
        pushesSent = Counter.builder(PUSHES_SENT)
                .description("Messages the bot sent on its own (reminders, drafts) that DingTalk accepted")
                .register(registry);
        pushesFailed = Counter.builder(PUSHES_FAILED)
                .description("Push attempts DingTalk refused or that could not reach it (each retry counts)")
                .register(registry);
        reminderRuns = Counter.builder(REMINDER_RUNS)
                .description("Reminder runs, scheduled or requested by an operator")
                .register(registry);
        draftDuration = Timer.builder(DRAFT_DURATION)
                .description("Time to compile and render one year-end draft")
                .register(registry);
    }

    public void messageReceived() {
        messagesReceived.increment();
    }

    public void recordStored() {
        recordsStored.increment();
    }

    public void replySent() {
        repliesSent.increment();
    }

    public void pushSent() {
        pushesSent.increment();
    }

    public void pushFailed() {
        pushesFailed.increment();
    }

    public void reminderRun() {
        reminderRuns.increment();
    }

    public void draftTook(Duration duration) {
        draftDuration.record(duration);
    }

    /** Runs the drafting work and records how long it took, also when it fails. */
    public <T> T timeDraft(Supplier<T> drafting) {
        return draftDuration.record(drafting);
    }
}
