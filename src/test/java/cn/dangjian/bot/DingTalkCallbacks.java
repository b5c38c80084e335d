package cn.dangjian.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import cn.dangjian.bot.dingtalk.Signature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends robot messages to the bot's webhook exactly as DingTalk does (signed headers, the callback's JSON), so tests
 * use the bot the way a branch does.
 */
public final class DingTalkCallbacks {

    public static final String SECRET = "local-dev-secret";
    public static final String DEMO_GROUP = "cidDemoBranchGroup";

    /**
     * Who speaks, and where.
     *
     * @param admin what the callback's {@code isAdmin} says; DingTalk sets it, a forger may too: it grants nothing
     */
    public record Sender(String staffId, String nick, boolean admin, String conversationId, boolean group) {

        public static final Sender MEMBER = new Sender("member01", "王芳", false, DEMO_GROUP, true);
        public static final Sender OTHER_MEMBER = new Sender("member02", "李明", false, DEMO_GROUP, true);
        public static final Sender SECRETARY = new Sender("secretary01", "张书记", false, DEMO_GROUP, true);
        public static final Sender ADMIN = new Sender("orgadmin01", "组织部刘部长", true, DEMO_GROUP, true);

        public Sender in(String conversationId) {
            return new Sender(staffId, nick, admin, conversationId, true);
        }

        public Sender oneToOne() {
            return new Sender(staffId, nick, admin, "cidPrivate" + staffId, false);
        }
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** A sign is accepted once: every callback of the tests gets its own timestamp, however still the test clock. */
    private static final Signature.Timestamps TIMESTAMPS = new Signature.Timestamps();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI webhook;
    private final Clock clock;

    public DingTalkCallbacks(int port, Clock clock) {
        this.webhook = URI.create("http://127.0.0.1:" + port + "/webhook/dingtalk");
        this.clock = clock;
    }

    public static String newMsgId() {
        return "msg" + System.nanoTime() + "x" + SEQUENCE.incrementAndGet();
    }

    /** A text message; the answer's body is DingTalk's message object. */
    public HttpResponse<String> text(Sender sender, String content) {
        return post(payload(sender, "text", " " + content, newMsgId()));
    }

    public HttpResponse<String> text(Sender sender, String content, String msgId) {
        return post(payload(sender, "text", " " + content, msgId));
    }

    /** The text of the bot's answer (text or markdown). */
    public String say(Sender sender, String content) {
        HttpResponse<String> response = text(sender, content);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return replyText(response.body());
    }

    public static String replyText(String body) {
        Map<?, ?> reply = JSON.readValue(body, Map.class);
        Map<?, ?> content = (Map<?, ?>) reply.get("text".equals(reply.get("msgtype")) ? "text" : "markdown");
        return (String) content.get("text".equals(reply.get("msgtype")) ? "content" : "text");
    }

    public Map<String, Object> payload(Sender sender, String msgtype, String content, String msgId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", msgtype);
        if ("text".equals(msgtype)) {
            body.put("text", Map.of("content", content));
        }
        else {
            body.put("content", Map.of("downloadCode", "dc123"));
        }
        body.put("msgId", msgId);
        body.put("createAt", clock.millis());
        body.put("conversationType", sender.group() ? "2" : "1");
        body.put("conversationId", sender.conversationId());
        body.put("conversationTitle", sender.group() ? "机关第一党支部" : null);
        body.put("senderId", "$:LWCP_v1:$" + sender.staffId());
        body.put("senderNick", sender.nick());
        body.put("senderCorpId", "dingCorp");
        body.put("senderStaffId", sender.staffId());
        body.put("chatbotUserId", "$:LWCP_v1:$bot");
        body.put("chatbotCorpId", "dingCorp");
        body.put("robotCode", "dingRobotCode");
        body.put("isAdmin", sender.admin());
        body.put("isInAtList", true);
        body.put("sessionWebhook", "http://127.0.0.1:9/robot/sendBySession?session=s1");
        body.put("sessionWebhookExpiredTime", clock.millis() + 90 * 60 * 1000);
        return body;
    }

    /** A timestamp to sign a callback with, as DingTalk would: now, and never one given out before. */
    public String freshTimestamp() {
        return TIMESTAMPS.next(clock);
    }

    public HttpResponse<String> post(Map<String, Object> payload) {
        return post(JSON.writeValueAsString(payload), TIMESTAMPS.next(clock), SECRET);
    }

    public HttpResponse<String> post(String body, String timestamp, String secret) {
        try {
            return http.send(request(body, timestamp, secret), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public CompletableFuture<HttpResponse<String>> postAsync(Map<String, Object> payload) {
        String body = JSON.writeValueAsString(payload);
        return http.sendAsync(request(body, TIMESTAMPS.next(clock), SECRET), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String body, String timestamp, String secret) {
        return HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("timestamp", timestamp)
                .header("sign", Signature.sign(timestamp, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
