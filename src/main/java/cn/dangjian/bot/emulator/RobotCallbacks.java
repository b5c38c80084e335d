package cn.dangjian.bot.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.dingtalk.DingTalkProperties;
import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.emulator.ChatEntry.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What DingTalk does when someone @-mentions the robot: a signed POST of the robot message to the bot's webhook,
 * with a fresh sessionWebhook. The answer comes to that sessionWebhook; one in the response body is shown only when
 * the bot runs with {@code bot.dingtalk.reply-mode=body}, marked as such, since DingTalk does not document it for app
 * robots.
 */
@Component
@Profile("local")
class RobotCallbacks {

    private static final Logger log = LoggerFactory.getLogger(RobotCallbacks.class);

    static final String BOT_NAME = "党建助手";
    static final String MENTION = "@" + BOT_NAME;
    static final String NOT_DELIVERED = "这条消息没有@" + BOT_NAME + "，钉钉不会把它发给机器人。";
    static final String CORP_ID = "dingEmulatedCorp";
    static final String CHATBOT_USER_ID = "$:LWCP_v1:$emulatedRobot";

    private final Timeline timeline;
    private final Sessions sessions;
    private final Cast cast;
    private final Environment environment;
    private final Clock clock;
    private final boolean bodyReplies;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The bot accepts a sign once, so two messages sent in one millisecond must not share a timestamp. */
    private final Signature.Timestamps timestamps = new Signature.Timestamps();

    private final MediaStore media;

    RobotCallbacks(Timeline timeline, Sessions sessions, Cast cast, Environment environment, Clock clock,
            DingTalkProperties properties, MediaStore media) {
        this.media = media;
        this.bodyReplies = properties.replyMode() == DingTalkProperties.ReplyMode.BODY;
        this.timeline = timeline;
        this.sessions = sessions;
        this.cast = cast;
        this.environment = environment;
        this.clock = clock;
    }

    /** The kinds of message the page can send, as DingTalk delivers them. */
    enum Sent {
        TEXT("text", ""), AUDIO("audio", "[语音] "), RICH_TEXT("richText", "[图片] "), PICTURE("picture", "[图片]"),
        FILE("file", "[文件] ");

        final String msgtype;
        /** How the chat shows what is not text. */
        final String shown;

        Sent(String msgtype, String shown) {
            this.msgtype = msgtype;
            this.shown = shown;
        }

        /** The kind named {@code msgtype}, text when none is named, null when it is none of these. */
        static Sent of(String msgtype) {
            if (msgtype == null || msgtype.isBlank()) {
                return TEXT;
            }
            for (Sent kind : values()) {
                if (kind.msgtype.equals(msgtype)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * {@code speaker} sends a message of {@code kind} in {@code chat} (the group, where it @-mentions the robot, or
     * 1:1): {@code text} is its words (for a voice, DingTalk's transcript).
     */
    void say(Person speaker, String chat, Sent kind, String text) {
        say(speaker, chat, kind, text, null, null);
    }

    /**
     * As {@link #say(Person, String, Sent, String)}, with the file a person attached ({@code fileName} and its bytes):
     * a picture message, a rich text's picture or a file message carries its downloadCode, and the bot fetches it
     * through messageFiles/download. A picture sent without one is a small sample photo.
     */
    void say(Person speaker, String chat, Sent kind, String text, String fileName, byte[] attached) {
        boolean group = chat.equals(Timeline.GROUP);
        String typed = text.strip();
        String shown = (kind.shown + (kind == Sent.FILE && fileName != null ? fileName + " " : "") + typed)
                .stripTrailing();
        timeline.add(chat, speaker.staffId(), speaker.nick(), Kind.TEXT, null,
                group ? "@" + BOT_NAME + " " + shown : shown, null, List.of(), null);

        String session = sessions.open(chat);
        Map<String, Object> payload = payload(speaker, chat, group, session);
        payload.putAll(content(kind, group ? " " + typed : typed, fileName, attached));
        try {
            HttpResponse<String> response = post(json.writeValueAsString(payload));
            answer(chat, response);
        }
        catch (Exception e) {
            log.warn("The emulator could not deliver a callback to the bot", e);
            timeline.notice(chat, "回调未送达机器人：" + e.getMessage());
        }
    }

    /**
     * A group message that does not @-mention the robot: the group sees it, the robot never does (DingTalk delivers
     * only messages that @ it). The emulator says so, since a member who answers the bot's question without the @
     * waits in vain.
     */
    void overheard(Person speaker, Sent kind, String text) {
        timeline.add(Timeline.GROUP, speaker.staffId(), speaker.nick(), Kind.TEXT, null, kind.shown + text, null,
                List.of(), null);
        timeline.notice(Timeline.GROUP, NOT_DELIVERED);
    }

    /**
     * The message's own fields, in the shapes of DingTalk's receive-message protocol (the Stream SDK's
     * {@code MessageContent}): a voice's transcript in {@code recognition}, a rich text's parts, a picture's codes.
     * In a group DingTalk strips the @mention of the robot and leaves the space that followed it.
     */
    private Map<String, Object> content(Sent kind, String words, String fileName, byte[] attached) {
        String code = "emu" + UUID.randomUUID().toString().replace("-", "");
        if (kind == Sent.PICTURE || kind == Sent.RICH_TEXT || kind == Sent.FILE) {
            media.sent(code, fileName == null ? "photo.jpg" : fileName, attached != null ? attached : SamplePhoto.jpeg());
        }
        Map<String, Object> picture = Map.of("downloadCode", code, "pictureDownloadCode", code, "type", "picture");
        return switch (kind) {
            case TEXT -> Map.of("msgtype", "text", "text", Map.of("content", words));
            case AUDIO -> Map.of("msgtype", "audio", "content", Map.of("recognition", words.strip(),
                    "duration", Math.max(1000, words.strip().length() * 250), "downloadCode", code));
            case RICH_TEXT -> Map.of("msgtype", "richText", "content",
                    Map.of("richText", List.of(Map.of("text", words), picture)));
            case PICTURE -> Map.of("msgtype", "picture", "content",
                    Map.of("downloadCode", code, "pictureDownloadCode", code));
            case FILE -> Map.of("msgtype", "file", "content",
                    Map.of("downloadCode", code, "fileName", fileName == null ? "file" : fileName));
        };
    }

    /** The robot message exactly as DingTalk sends it (field names and types of the receive-message protocol). */
    private Map<String, Object> payload(Person speaker, String chat, boolean group, String session) {
        long now = clock.millis();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgId", "msgEmu" + UUID.randomUUID().toString().replace("-", ""));
        body.put("createAt", now);
        body.put("conversationType", group ? "2" : "1");
        body.put("conversationId", group ? cast.groupConversationId() : "cidEmu1v1" + speaker.staffId());
        if (group) {
            body.put("conversationTitle", cast.groupTitle());
        }
        body.put("senderId", "$:LWCP_v1:$" + Base64.getEncoder()
                .encodeToString(speaker.staffId().getBytes(StandardCharsets.UTF_8)));
        body.put("senderNick", speaker.nick());
        body.put("senderCorpId", CORP_ID);
        body.put("senderStaffId", speaker.staffId());
        body.put("chatbotUserId", CHATBOT_USER_ID);
        body.put("chatbotCorpId", CORP_ID);
        body.put("robotCode", environment.getProperty("bot.dingtalk.robot-code", ""));
        body.put("isAdmin", speaker.admin());
        body.put("isInAtList", true);
        if (group) {
            body.put("atUsers", List.of(Map.of("dingtalkId", CHATBOT_USER_ID)));
        }
        body.put("sessionWebhook", base() + DingTalkEndpoints.PREFIX + "/robot/sendBySession?session=" + session);
        body.put("sessionWebhookExpiredTime", sessions.expiresAt(session).toEpochMilli());
        return body;
    }

    private HttpResponse<String> post(String body) throws Exception {
        String timestamp = timestamps.next(clock);
        String secret = environment.getProperty("bot.dingtalk.app-secret", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/webhook/dingtalk"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("timestamp", timestamp)
                .header("sign", Signature.sign(timestamp, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }


    private void answer(String chat, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            timeline.notice(chat, "机器人拒绝了回调：HTTP " + response.statusCode()
                    + (response.body().isBlank() ? "" : "，" + abbreviate(response.body())));
            return;
        }
        if (response.body().isBlank()) {
            return; // answered, or will answer, through the sessionWebhook
        }
        JsonNode message;
        try {
            message = json.readTree(response.body());
        }
        catch (JacksonException e) {
            timeline.notice(chat, "机器人的应答不是合法的 JSON：" + abbreviate(response.body()));
            return;
        }
        if (message == null || !message.isObject() || message.isEmpty()) {
            return;
        }
        if (!bodyReplies) {
            timeline.notice(chat, "机器人在回调应答中附带了消息；钉钉应用机器人不显示回调应答中的消息，故未显示。");
            return;
        }
        List<String> mentions = new ArrayList<>();
        message.path("at").path("atUserIds").forEach(id -> mentions.add(id.asString("")));
        mentions.removeIf(String::isBlank);
        String problem = timeline.addMessageObject(chat, message, mentions, "回调应答（body 模式）");
        if (problem != null) {
            timeline.notice(chat, "机器人的应答无法显示：" + problem);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
