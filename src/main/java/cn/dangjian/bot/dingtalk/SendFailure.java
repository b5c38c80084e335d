package cn.dangjian.bot.dingtalk;

import java.time.Duration;

/**
 * One attempt to reach DingTalk failed. {@code retryable}: network, timeout, 5xx or throttling, which a later attempt
 * can fix; otherwise DingTalk refused the message itself (unknown group, bad robot code …). The message is safe to log:
 * it never holds a token, a secret or a webhook URL.
 */
class SendFailure extends Exception {

    private final boolean retryable;
    private final boolean tokenRejected;
    private final Duration retryAfter;

    private SendFailure(String message, boolean retryable, boolean tokenRejected, Throwable cause,
            Duration retryAfter) {
        super(message, cause, false, false);
        this.retryable = retryable;
        this.tokenRejected = tokenRejected;
        this.retryAfter = retryAfter;
    }

    private SendFailure(String message, boolean retryable, boolean tokenRejected, Throwable cause) {
        this(message, retryable, tokenRejected, cause, null);
    }

    static SendFailure retryable(String message) {
        return new SendFailure(message, true, false, null);
    }

    static SendFailure retryable(String message, Throwable cause) {
        return new SendFailure(message, true, false, cause);
    }

    /** Throttled, and DingTalk says (or documents) how long: no attempt before {@code after}. */
    static SendFailure throttled(String message, Duration after) {
        return new SendFailure(message, true, false, null, after);
    }

    static SendFailure permanent(String message) {
        return new SendFailure(message, false, false, null);
    }

    /** DingTalk says the access token is not (or no longer) valid: fetch a new one and try again. */
    static SendFailure tokenRejected(String message) {
        return new SendFailure(message, true, true, null);
    }

    boolean retryable() {
        return retryable;
    }

    boolean tokenRejected() {
        return tokenRejected;
    }

    /** The least wait before the next attempt, or null to follow the usual backoff. */
    Duration retryAfter() {
        return retryAfter;
    }
}
