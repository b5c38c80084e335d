package cn.dangjian.bot.metrics;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The bot's own meters, named in one place (see {@code /actuator/metrics}). The untagged ones are counted here; the
 * pushes and reminders carry tags and are counted where their outcome is known, under the names given here.
 */
@Component
public class BotMetrics {

    public static final String MESSAGES_RECEIVED = "dangjian.messages.received";
    public static final String RECORDS_STORED = "dangjian.records.stored";
    public static final String REPLIES_SENT = "dangjian.replies.sent";
    /** Tagged {@code outcome}: delivered, queued (outbox), refused, given_up. */
    public static final String PUSHES = "dangjian.pushes";
    /** Tagged {@code kind} and {@code outcome}: one per branch and reminder run. */
    public static final String REMINDERS = "dangjian.reminders";
    public static final String TOKEN_FETCHES = "dangjian.token.fetches";
    public static final String DRAFT_DURATION = "dangjian.draft.duration";
    /** Tagged {@code reason}: signature (bad or outside the window), sign_reused (a captured header, see README). */
    public static final String CALLBACKS_REFUSED = "dangjian.callbacks.refused";
    /**
     * Tagged {@code outcome}: what the parser made of a message (log, ask, confirm, plan, question, cancelled, notice,
     * chat, rejected, not_understood, or the command's name). ask over log + ask is how often the bot asks instead of
     * storing.
     */
    public static final String MESSAGES_UNDERSTOOD = "dangjian.messages.understood";

    private final Counter messagesReceived;
    private final Counter recordsStored;
    private final Counter repliesSent;
    private final Timer draftDuration;
    private final MeterRegistry registry;

    public BotMetrics(MeterRegistry registry) {
        this.registry = registry;
        messagesReceived = Counter.builder(MESSAGES_RECEIVED)
                .description("Robot messages received from DingTalk (webhook or Stream), before dedupe")
                .register(registry);
        recordsStored = Counter.builder(RECORDS_STORED)
                .description("Activity records written to the store")
                .register(registry);
        repliesSent = Counter.builder(REPLIES_SENT)
                .description("Answers delivered to the person who wrote")
                .register(registry);
        draftDuration = Timer.builder(DRAFT_DURATION)
                .description("Time to compile and render one year-end draft")
                .register(registry);
    }

    public void messageReceived() {
        messagesReceived.increment();
    }

    public void recordsStored(int count) {
        recordsStored.increment(count);
    }

    public void callbackRefused(String reason) {
        Counter.builder(CALLBACKS_REFUSED).tag("reason", reason)
                .description("HTTP callbacks refused before the conversation, by reason").register(registry)
                .increment();
    }

    public void understood(String outcome) {
        registry.counter(MESSAGES_UNDERSTOOD, "outcome", outcome).increment();
    }

    public void replySent() {
        repliesSent.increment();
    }

    /** Runs the drafting work and records how long it took, also when it fails. */
    public <T> T timeDraft(Supplier<T> drafting) {
        return draftDuration.record(drafting);
    }
}
