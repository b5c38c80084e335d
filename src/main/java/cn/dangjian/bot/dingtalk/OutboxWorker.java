package cn.dangjian.bot.dingtalk;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox's due parcels, on every instance; the outbox's claim keeps two instances off the same parcel. It
 * stops before Redis does, letting the send under way finish, so a shutdown leaves every parcel in Redis.
 */
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final DingTalkMessenger messenger;
    private final DingTalkProperties.Outbox settings;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    OutboxWorker(Outbox outbox, DingTalkMessenger messenger, DingTalkProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messenger = messenger;
        this.settings = properties.outbox();
        this.clock = clock;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dingtalk-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, period, period, TimeUnit.MILLISECONDS);
    }

    /** Claims what is due and sends it; the next poll follows at once while a full batch suggests more. */
    void drain() {
        try {
            List<Parcel> parcels;
            do {
                parcels = outbox.claim(clock.instant(), settings.lease(), settings.batchSize());
                for (Parcel parcel : parcels) {
                    if (Thread.currentThread().isInterrupted()) {
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

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(settings.lease().toSeconds() / 2 + 1, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        }
        catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
