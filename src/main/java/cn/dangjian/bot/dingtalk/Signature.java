package cn.dangjian.bot.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signature {@code Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret))}, with {@code timestamp}
 * in ms: on the robot callbacks it sends (the app's secret; accepted within an hour of now) and on the custom robot's
 * {@code robot/send} (the robot's 加签 secret). It does not cover a callback's body, which is why the conversation is
 * idempotent per msgId and the webhook bounds the body.
 */
public final class Signature {

    static final Duration WINDOW = Duration.ofHours(1);

    private Signature() {
    }

    public static String sign(String timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
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
        if (Math.abs(now.toEpochMilli() - millis) > WINDOW.toMillis()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp.strip(), secret).getBytes(StandardCharsets.US_ASCII),
                sign.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
