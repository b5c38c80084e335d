package cn.dangjian.bot.dingtalk;

import java.time.Instant;

/**
 * A push waiting in the outbox: after a failure that retrying can fix, or (for a 自定义机器人) until its slot.
 *
 * @param queuedAt     when it first entered the outbox; it is given up {@code give-up-after} later
 * @param attempts     failed attempts so far
 * @param lastError    why the last attempt failed (safe to log)
 * @param slotReserved a 自定义机器人 slot is reserved for its due time: send then without asking the pace again
 */
record Parcel(String id, Destination to, Message message, Instant queuedAt, int attempts, String lastError,
        boolean slotReserved) {

    Parcel failed(String error) {
        return new Parcel(id, to, message, queuedAt, attempts + 1, error, false);
    }

    Parcel withSlot() {
        return new Parcel(id, to, message, queuedAt, attempts, lastError, true);
    }
}
