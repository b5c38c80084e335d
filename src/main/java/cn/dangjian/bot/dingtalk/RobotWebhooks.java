package cn.dangjian.bot.dingtalk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;


import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two webhooks that take a message object: an incoming message's sessionWebhook, and a 自定义机器人 with 加签.
 * Both answer {@code {"errcode":0,"errmsg":"ok"}}; a non-zero errcode is a failure even with HTTP 200.
 */
class RobotWebhooks {

    /** A 自定义机器人 refuses a body over about 20,000 bytes. */
    static final int MAX_ROBOT_BODY_BYTES = 20_000;

    /**
     * A 自定义机器人 sent more than 20 messages in a minute: 660026 ("sending too many messages per minute") today,
     * 130101 in older answers. DingTalk then blocks it for ten minutes: a throttle, never a refusal of the message.
     */
    static final Set<Integer> ROBOT_THROTTLED = Set.of(660026, 130101);

    /** How long DingTalk blocks a throttled 自定义机器人. */
    static final Duration ROBOT_BLOCKED_FOR = Duration.ofMinutes(10);

    /** Errcodes that a later attempt can fix: busy, and the platform's rate limits. */
    private static final Set<Integer> TRANSIENT = Set.of(-1, 88, 90002, 90006, 90018, 90019);

    /** 40001, 40014: invalid access_token; 42001: expired access_token (oapi endpoints). */
    private static final Set<Integer> TOKEN_REJECTED = Set.of(40001, 40014, 42001);

    /** 88 is a wrapper ("业务逻辑异常") whose {@code sub_code} tells the cause, e.g. 40014 for a rejected token. */
    private static final int WRAPPED = 88;

    private final HttpClient http;
    private final DingTalkProperties properties;
    private final SessionHosts sessionHosts;
    private final MessageFormats formats;
    private final JsonMapper json;
    private final Clock clock;

    RobotWebhooks(HttpClient http, DingTalkProperties properties, SessionHosts sessionHosts, MessageFormats formats,
            JsonMapper json, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.sessionHosts = sessionHosts;
        this.formats = formats;
        this.json = json;
        this.clock = clock;
    }

    void sendToSession(Destination.Session session, Message message) throws SendFailure {
        // the Replier checks first; this holds for anything else that names a session, parcels of the outbox included
        if (!sessionHosts.allows(session.url())) {
            throw SendFailure.permanent("the sessionWebhook's host " + SessionHosts.hostOf(session.url())
                    + " is not in bot.dingtalk.session-hosts");
        }
        if (session.expiresAt() != null && !clock.instant().isBefore(session.expiresAt())) {
            throw SendFailure.permanent("the sessionWebhook expired at " + session.expiresAt());
        }
        post(URI.create(session.url()), formats.messageObject(message), "sessionWebhook reply");
    }

    void sendToCustomRobot(Destination.CustomRobot robot, Message message) throws SendFailure {
        String body = formats.messageObject(message);
        int size = body.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_ROBOT_BODY_BYTES) {
            throw SendFailure.permanent("custom robot message of " + size + " bytes is over DingTalk's 20,000");
        }
        post(signedUrl(robot), body, "custom robot push");
    }

    /** {@code webhook&timestamp=T&sign=urlencode(base64(HmacSHA256(secret, T + "\n" + secret)))}. */
    URI signedUrl(Destination.CustomRobot robot) {
        long timestamp = clock.millis();
        String separator = robot.webhook().contains("?") ? "&" : "?";
        return URI.create(robot.webhook() + separator + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(Signature.sign(Long.toString(timestamp), robot.secret()), StandardCharsets.UTF_8));
    }


    private void post(URI uri, String body, String what) throws SendFailure {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        errcodeAnswer(json, exchange(http, request, what), what);
    }

    /** Sends, turning network trouble into a retryable failure without ever naming the URL (it holds tokens). */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String what) throws SendFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw SendFailure.retryable(what + " failed: " + e.getClass().getSimpleName() + " "
                    + OpenApiFailures.firstLine(e.getMessage()));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.retryable(what + " interrupted");
        }
    }

    /** Checks the HTTP status and the {@code errcode} of an oapi-style answer; returns the parsed answer. */
    static JsonNode errcodeAnswer(JsonMapper json, HttpResponse<String> response, String what) throws SendFailure {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw SendFailure.retryable(what + " failed: HTTP " + status);
        }
        if (status >= 400) {
            throw SendFailure.permanent(what + " failed: HTTP " + status + " "
                    + OpenApiFailures.firstLine(response.body()));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        }
        catch (JacksonException e) {
            throw SendFailure.retryable(what + " failed: HTTP " + status + " with an answer that is not JSON");
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode == 0) {
            return answer;
        }
        int subCode = answer.path("sub_code").asInt(0);
        String failure = what + " failed: errcode " + errcode + (subCode == 0 ? "" : " sub_code " + subCode) + " "
                + answer.path("errmsg").asString("");
        if (TOKEN_REJECTED.contains(errcode) || (errcode == WRAPPED && TOKEN_REJECTED.contains(subCode))) {
            throw SendFailure.tokenRejected(failure);
        }
        if (ROBOT_THROTTLED.contains(errcode)) {
            throw SendFailure.throttled(failure, ROBOT_BLOCKED_FOR);
        }
        if (TRANSIENT.contains(errcode)) {
            throw SendFailure.retryable(failure);
        }
        throw SendFailure.permanent(failure);
    }
}
