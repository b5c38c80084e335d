package cn.dangjian.bot.dingtalk;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.dingtalk.*}: the app's credentials, the robot, where DingTalk's APIs are (tests and the emulator point
 * them at a local server), how messages arrive ({@code http} callback or {@code stream}), how replies leave
 * ({@code body} of the callback's response, or a POST to the message's {@code session} webhook), and how pushes are
 * retried. The app's key and secret are credentials: {@link #toString()} never prints them.
 *
 * @param mode          {@code http} (DingTalk calls our webhook) or {@code stream} (we hold a socket to DingTalk)
 * @param robotCode     the enterprise robot's code, sent with every OpenAPI push
 * @param apiUrl        the OpenAPI host ({@code https://api.dingtalk.com}); an {@code http} URL is for a local stand-in
 * @param oapiUrl       the older API host, for media upload
 * @param replyMode     {@code body}: answer in the callback's response; {@code session}: POST the answer to the
 *                      message's sessionWebhook
 * @param tokenRefreshMargin how long before its expiry the access token is fetched again
 */
@ConfigurationProperties("bot.dingtalk")
public record DingTalkProperties(
        @DefaultValue("http") Mode mode,
        String appKey,
        String appSecret,
        String robotCode,
        @DefaultValue("https://api.dingtalk.com") URI apiUrl,
        @DefaultValue("https://oapi.dingtalk.com") URI oapiUrl,
        @DefaultValue("body") ReplyMode replyMode,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5m") Duration tokenRefreshMargin,
        @DefaultValue Outbox outbox,
        @DefaultValue CustomRobot customRobot) {

    public enum Mode { HTTP, STREAM }

    public enum ReplyMode { BODY, SESSION }

    /**
     * The durable outbox of pushes that failed for a reason retrying can fix.
     *
     * @param pollInterval   how often an instance looks for parcels that are due
     * @param initialBackoff the wait before the first retry; it doubles with each failure (with jitter)
     * @param maxBackoff     the longest wait between two attempts
     * @param giveUpAfter    after this long since the first failure the parcel is logged as an error and dropped
     * @param batchSize      parcels one poll claims at most
     * @param lease          how long a claimed parcel is hidden from other instances while it is being sent
     */
    public record Outbox(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("10s") Duration initialBackoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("24h") Duration giveUpAfter,
            @DefaultValue("20") int batchSize,
            @DefaultValue("2m") Duration lease) {
    }

    /**
     * 自定义机器人: DingTalk throttles one for ten minutes when it sends more than 20 messages a minute, so sends to the
     * same robot are spaced out across every instance. {@code paced} off is for benchmarks against a stand-in only.
     */
    public record CustomRobot(@DefaultValue("true") boolean paced, @DefaultValue("20") int messagesPerMinute) {

        /** The gap between two messages of one robot, a little over 60 s / limit so no minute ever holds one more. */
        public Duration interval() {
            return Duration.ofMillis(60_000L / messagesPerMinute + 50);
        }
    }

    public boolean hasAppCredentials() {
        return appKey != null && !appKey.isBlank() && appSecret != null && !appSecret.isBlank();
    }

    @Override
    public String toString() {
        return "DingTalkProperties[mode=" + mode + ", appKey=" + (appKey == null ? null : "***") + ", appSecret="
                + (appSecret == null ? null : "***") + ", robotCode=" + robotCode + ", apiUrl=" + apiUrl
                + ", oapiUrl=" + oapiUrl + ", replyMode=" + replyMode + "]";
    }
}
