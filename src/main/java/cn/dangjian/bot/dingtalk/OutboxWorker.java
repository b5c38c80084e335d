package cn.dangjian.bot.dingtalk;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Sends the outbox's due parcels, on every instance; the outbox's claim keeps two instances off the same parcel. It
 * runs on the {@code outboxScheduler} Boot stops before Redis, letting the send under way finish, so a shutdown leaves
 * every parcel in Redis.
 */
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final DingTalkMessenger messenger;
    private final DingTalkProperties.Outbox settings;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> polling;

    OutboxWorker(Outbox outbox, DingTalkMessenger messenger, DingTalkProperties properties, Clock clock,
            TaskScheduler scheduler) {
        this.outbox = outbox;
        this.messenger = messenger;
        this.settings = properties.outbox();
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        // the scheduler's own clock: the bot's Clock may be a test's, frozen on a date
        polling = scheduler.scheduleWithFixedDelay(this::drain,
                scheduler.getClock().instant().plus(settings.pollInterval()), settings.pollInterval());
    }

    /** Claims what is due and sends it; the next poll follows at once while a full batch suggests more. */
    void drain() {
        try {
            List<Parcel> parcels;
            do {
                parcels = outbox.claim(clock.instant(), settings.lease(), settings.batchSize());
                for (Parcel parcel : parcels) {
                    if (Thread.currentThread().isInterrupted() || !isRunning()) {
                        return;
                    }
                    messenger.retry(parcel);
                }
            }
            while (parcels.size() == settings.batchSize() && isRunning());
        }
        catch (RuntimeException e) {
            // Redis away for a moment: the parcels stay where they are, the next poll tries again
            log.warn("Outbox poll failed: {}", e.toString());
        }
    }

    /** No further poll; the one under way stops after its parcel, and the scheduler's stop waits for it. */
    @Override
    public void stop() {
        ScheduledFuture<?> running = polling;
        polling = null;
        if (running != null) {
            running.cancel(false);
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
