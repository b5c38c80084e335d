package cn.dangjian.bot.chat;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.redis.RoundTrip;

/**
 * The callback signs already used. DingTalk's sign covers only the timestamp, not the body, so a captured pair of
 * headers would carry any body for the rest of its window; remembering which msgId a sign came with, until the sign
 * leaves its window, makes the pair good for that one message (and its redeliveries) only. A redelivery is the same
 * message: with the msgId the ledger keeps a digest of what steers the bot ({@link CallbackPayload#digest()}), so
 * that one captured header and its msgId carry no other body (another group, sender or command). Kept in Redis so
 * that every instance sees the same ledger.
 */
@Component
class SignLedger {

    /** What a sign's use is. */
    enum Use {
        /** Not seen before: this message is the one it signs. */
        FIRST,
        /** Seen with this msgId and this message: DingTalk delivering the same message again. */
        REDELIVERY,
        /**
         * Seen with another msgId, or with this msgId and another message: a forged body under a captured header (or
         * a same-millisecond twin, see README).
         */
        REUSED
    }

    private final StringRedisTemplate redis;

    SignLedger(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Claims {@code sign} for the message {@code msgId} whose steering fields have {@code digest}, until
     * {@code expires} (when the signature check would refuse it anyway), in {@code trip}: the claim's {@code SET NX}
     * goes with the trip's other commands, and its use is known once the trip is sent. A Redis failure propagates
     * from {@link RoundTrip#send()} or {@link Claim#use()}: without the ledger a sign cannot be known unused.
     */
    Claim claim(RoundTrip trip, String sign, String msgId, String digest, Instant now, Instant expires) {
        String key = key(sign);
        Duration left = Duration.between(now, expires);
        if (left.isNegative() || left.isZero()) {
            left = Duration.ofMillis(1);
        }
        // a msgId is one line (the filter checked it), so the line break cannot be forged into it
        String message = msgId + "\n" + digest;
        RoundTrip.Answer<Boolean> set = trip.setIfAbsent(key, message, left);
        // a sign seen before is rare (a redelivery or a replay): reading what it came with costs a round trip then
        return () -> set.get() ? Use.FIRST
                : message.equals(redis.opsForValue().get(key)) ? Use.REDELIVERY : Use.REUSED;
    }

    /** A claim sent in a round trip. */
    interface Claim {

        /** What this use of the sign is, once the round trip is sent. */
        Use use();
    }

    static String key(String sign) {
        return BranchKeys.usedSign(sign);
    }
}
