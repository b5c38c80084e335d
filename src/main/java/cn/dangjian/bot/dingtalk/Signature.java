package cn.dangjian.bot.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signature {@code Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret))}, with {@code timestamp}
 * in ms: on the robot callbacks it sends (the app's secret; accepted from an hour old to {@link #SKEW} ahead) and on
 * the custom robot's {@code robot/send} (the robot's 加签 secret). It does not cover a callback's body, which is why a
 * callback's sign is accepted for one msgId only, the conversation is idempotent per msgId and the webhook bounds the
 * body.
 */
public final class Signature {

    /** How old a callback's timestamp may be: DingTalk's documented check. */
    public static final Duration WINDOW = Duration.ofHours(1);

    /**
     * How far ahead of our clock a timestamp may be: clock skew between DingTalk and us, not the hour DingTalk's
     * document allows both ways, which let a captured header be used for up to two hours.
     */
    public static final Duration SKEW = Duration.ofMinutes(5);

    /**
     * One Mac a thread, keyed anew for each sign: looking the algorithm up among the providers cost more than the
     * HMAC itself on every callback.
     */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    });

    private Signature() {
    }

    public static String sign(String timestamp, String secret) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException("any bytes are an HmacSHA256 key", e);
        }
    }

    /**
     * Timestamps for one sender's signed requests (the emulator's, the tests'), never the same twice, because the bot
     * accepts a sign for one message only: now, or the first millisecond after it not given out yet.
     */
    public static final class Timestamps {

        private final NavigableSet<Long> given = new ConcurrentSkipListSet<>();

        public String next(Clock clock) {
            long now = clock.millis();
            given.headSet(now - WINDOW.toMillis()).clear();
            long timestamp = now;
            while (!given.add(timestamp)) {
                timestamp++;
            }
            return Long.toString(timestamp);
        }
    }

    /** Both checks, window and signature; the comparison takes the same time wherever the strings differ. */
    public static boolean valid(String timestamp, String sign, String secret, Instant now) {
        if (timestamp == null || sign == null || secret == null || secret.isEmpty()) {
            return false;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        }
        catch (NumberFormatException e) {
            return false;
        }
        long age = now.toEpochMilli() - millis;
        if (age > WINDOW.toMillis() || -age > SKEW.toMillis()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp.strip(), secret).getBytes(StandardCharsets.US_ASCII),
                sign.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
