package cn.dangjian.bot.dingtalk;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code bot.dingtalk.*}: the app's credentials, the robot, where DingTalk's APIs are (tests and the emulator point
 * them at a local server), how messages arrive ({@code http} callback or {@code stream}), how replies leave
 * (a POST to the message's {@code session} webhook, or the {@code body} of the callback's response), and how pushes are
 * retried. The app's key and secret are credentials: {@link #toString()} never prints them.
 *
 * @param mode          {@code http} (DingTalk calls our webhook) or {@code stream} (we hold a socket to DingTalk)
 * @param robotCode     the enterprise robot's code, sent with every OpenAPI push
 * @param apiUrl        the OpenAPI host ({@code https://api.dingtalk.com}); an {@code http} URL is for a local stand-in
 * @param oapiUrl       the older API host, for media upload
 * @param replyMode     {@code session} (default): POST the answer to the message's sessionWebhook, as DingTalk
 *                      documents for app robots; {@code body}: answer in the callback's response, the older outgoing
 *                      robot's behaviour, undocumented for app robots (an opt-in for those who verified it)
 * @param tokenRefreshMargin how long before its expiry the access token is fetched again
 */
@ConfigurationProperties("bot.dingtalk")
@Validated
public record DingTalkProperties(
        @DefaultValue("http") @NotNull Mode mode,
        String appKey,
        String appSecret,
        String robotCode,
        @DefaultValue("https://api.dingtalk.com") @NotNull URI apiUrl,
        @DefaultValue("https://oapi.dingtalk.com") @NotNull URI oapiUrl,
        @DefaultValue("session") @NotNull ReplyMode replyMode,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
        @DefaultValue("5m") @NotNull @DurationMin(millis = 0) Duration tokenRefreshMargin,
        @DefaultValue @Valid Outbox outbox,
        @DefaultValue @Valid CustomRobot customRobot,
        @DefaultValue @Valid FileDownload fileDownload) {

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
            @DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration pollInterval,
            @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
            @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration maxBackoff,
            @DefaultValue("24h") @NotNull @DurationMin(millis = 1) Duration giveUpAfter,
            @DefaultValue("20") @Min(1) int batchSize,
            @DefaultValue("2m") @NotNull @DurationMin(seconds = 1) Duration lease) {
    }

    /**
     * 自定义机器人: DingTalk throttles one for ten minutes when it sends more than 20 messages a minute, so sends to the
     * same robot are spaced out across every instance. {@code paced} off is for benchmarks against a stand-in only.
     */
    public record CustomRobot(@DefaultValue("true") boolean paced, @DefaultValue("20") @Min(1) int messagesPerMinute) {

        /** The gap between two messages of one robot, a little over 60 s / limit so no minute ever holds one more. */
        public Duration interval() {
            return Duration.ofMillis(60_000L / messagesPerMinute + 50);
        }
    }

    /**
     * Fetching a file a member sent ({@link RobotFiles}): attempts in all, and the wait before the second (doubling).
     * The member waits for the answer, so a few seconds at most.
     */
    public record FileDownload(@DefaultValue("3") @Min(1) int attempts,
            @DefaultValue("500ms") @NotNull @DurationMin(millis = 0) Duration backoff) {
    }

    public boolean hasAppCredentials() {
        return appKey != null && !appKey.isBlank() && appSecret != null && !appSecret.isBlank();
    }

    /** Stream mode logs in with the app's key and secret: without them it could never connect. */
    @AssertTrue(message = "bot.dingtalk.mode=stream needs bot.dingtalk.app-key and bot.dingtalk.app-secret")
    public boolean isStreamLoginPossible() {
        return mode != Mode.STREAM || hasAppCredentials();
    }

    @Override
    public String toString() {
        return "DingTalkProperties[mode=" + mode + ", appKey=" + (appKey == null ? null : "***") + ", appSecret="
                + (appSecret == null ? null : "***") + ", robotCode=" + robotCode + ", apiUrl=" + apiUrl
                + ", oapiUrl=" + oapiUrl + ", replyMode=" + replyMode + "]";
    }
}
