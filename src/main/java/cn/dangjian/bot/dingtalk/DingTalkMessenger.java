package cn.dangjian.bot.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The {@link Messenger} on DingTalk. The first attempt runs in the caller's thread; a failure that retrying can fix
 * (network, timeout, 5xx, throttling) parks the message in the Redis {@link Outbox}, which {@link OutboxWorker}
 * retries with exponential backoff and jitter until {@code give-up-after}, when it is logged as an error and counted.
 * A refusal that retrying cannot fix is logged, counted and thrown as {@link Undeliverable}.
 */
class DingTalkMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(DingTalkMessenger.class);

    private final Transport transport;
    private final Outbox outbox;
    private final Pace pace;
    private final DingTalkProperties properties;
    private final Clock clock;
    private final Counter delivered;
    private final Counter queued;
    private final Counter refused;
    private final Counter givenUp;

    DingTalkMessenger(Transport transport, Outbox outbox, Pace pace, DingTalkProperties properties, Clock clock,
            MeterRegistry meters) {
        this.transport = transport;
        this.outbox = outbox;
        this.pace = pace;
        this.properties = properties;
        this.clock = clock;
        this.delivered = pushes(meters, "delivered", "pushes DingTalk accepted");
        this.queued = pushes(meters, "queued", "pushes parked in the outbox after a failure that retrying can fix");
        this.refused = pushes(meters, "refused", "pushes DingTalk refused for a reason retrying cannot fix");
        this.givenUp = pushes(meters, "given_up", "pushes dropped from the outbox after bot.dingtalk.outbox.give-up-after");
        Gauge.builder("dingtalk.outbox.size", outbox, Outbox::size).description("parcels waiting in the outbox")
                .register(meters);
    }

    private static Counter pushes(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(BotMetrics.PUSHES).tag("outcome", outcome).description(description).register(meters);
    }

    @Override
    public void send(Destination to, Message message) {
        refuseImpossible(to, message);
        for (Destination part : split(to)) {
            Parcel parcel = new Parcel(UUID.randomUUID().toString(), part, message, clock.instant(), 0, null, false);
            if (waitsForSlot(parcel)) {
                continue;
            }
            attempt(parcel, true);
        }
    }

    /** A parcel of the outbox is due: try it again, or give it up when its time is over. */
    void retry(Parcel parcel) {
        Instant now = clock.instant();
        Instant deadline = parcel.queuedAt().plus(properties.outbox().giveUpAfter());
        boolean sessionExpired = parcel.to() instanceof Destination.Session session && session.expiresAt() != null
                && !now.isBefore(session.expiresAt());
        if (!now.isBefore(deadline) || sessionExpired) {
            outbox.remove(parcel.id());
            givenUp.increment();
            log.error("Gave up a DingTalk push to {} after {} failed attempts since {}{}; last error: {}",
                    Transport.describe(parcel.to()), parcel.attempts(), parcel.queuedAt(),
                    sessionExpired ? " (its sessionWebhook expired)" : "", parcel.lastError());
            return;
        }
        if (!parcel.slotReserved() && waitsForSlot(parcel)) {
            return;
        }
        attempt(parcel, false);
    }

    /**
     * A 自定义机器人 takes 20 messages a minute: when its next slot is later, the parcel waits in the outbox for it
     * rather than holding the caller's thread.
     */
    private boolean waitsForSlot(Parcel parcel) {
        if (!(parcel.to() instanceof Destination.CustomRobot robot) || !properties.customRobot().paced()) {
            return false;
        }
        Instant slot = pace.reserve("robot:" + Transport.robotLane(robot), properties.customRobot().interval());
        if (!slot.isAfter(clock.instant())) {
            return false;
        }
        outbox.put(parcel.withSlot(), slot);
        return true;
    }

    private void attempt(Parcel parcel, boolean fromCaller) {
        Optional<Destination> leftover;
        try {
            leftover = transport.deliver(parcel.to(), parcel.message());
        }
        catch (SendFailure failure) {
            if (!failure.retryable()) {
                if (!fromCaller) {
                    outbox.remove(parcel.id());
                }
                refused.increment();
                log.error("DingTalk refused a push to {}, not retrying: {}", Transport.describe(parcel.to()),
                        failure.getMessage());
                if (fromCaller) {
                    throw new Undeliverable(failure.getMessage());
                }
                return;
            }
            Parcel failed = parcel.failed(failure.getMessage());
            Instant due = clock.instant().plus(backoff(failed.attempts(), failure.retryAfter()));
            outbox.put(failed, due);
            if (fromCaller) {
                queued.increment();
            }
            log.warn("A push to {} failed (attempt {}), retrying at {}: {}", Transport.describe(parcel.to()),
                    failed.attempts(), due, failure.getMessage());
            return;
        }
        if (!fromCaller) {
            outbox.remove(parcel.id());
        }
        delivered.increment();
        leftover.ifPresent(rest -> {
            Parcel held = new Parcel(UUID.randomUUID().toString(), rest, parcel.message(), parcel.queuedAt(), 1,
                    "held back by DingTalk's flow control", false);
            Instant due = clock.instant().plus(backoff(1, null));
            outbox.put(held, due);
            queued.increment();
            log.warn("DingTalk held back a one-to-one push to {}, retrying at {}", Transport.describe(rest), due);
        });
    }

    /** Exponential from {@code initial-backoff}, capped at {@code max-backoff}, with equal jitter. */
    Duration backoff(int attempts, Duration atLeast) {
        DingTalkProperties.Outbox settings = properties.outbox();
        long cap = settings.maxBackoff().toMillis();
        long base = settings.initialBackoff().toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        base = Math.max(Math.min(base, cap), 1);
        long wait = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        Duration backoff = Duration.ofMillis(wait);
        return atLeast != null && atLeast.compareTo(backoff) > 0 ? atLeast : backoff;
    }

    private static void refuseImpossible(Destination to, Message message) {
        byte[] upload = message.upload();
        if (upload != null) {
            if (to instanceof Destination.Session || to instanceof Destination.CustomRobot) {
                throw new IllegalArgumentException("a file or an image can only be pushed by the enterprise robot "
                        + "(group or users)");
            }
            if (upload.length > EnterpriseRobot.MAX_FILE_BYTES) {
                throw new Undeliverable("an upload of " + upload.length + " bytes is over DingTalk's 20 MB limit");
            }
        }
    }

    /** {@code batchSend} takes at most 20 userIds: a longer list goes in several calls. */
    private static List<Destination> split(Destination to) {
        if (!(to instanceof Destination.Users users) || users.userIds().size() <= EnterpriseRobot.MAX_USERS_PER_CALL) {
            return List.of(to);
        }
        List<Destination> parts = new ArrayList<>();
        List<String> ids = users.userIds();
        for (int from = 0; from < ids.size(); from += EnterpriseRobot.MAX_USERS_PER_CALL) {
            parts.add(new Destination.Users(ids.subList(from, Math.min(ids.size(), from + EnterpriseRobot.MAX_USERS_PER_CALL))));
        }
        return parts;
    }
}
