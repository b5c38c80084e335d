package cn.dangjian.bot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.JsonNode;

/**
 * The robot message as DingTalk sends it, in HTTP callbacks and over Stream alike (dingtalk.md §1; field names exact).
 *
 * <p>A {@code text} message carries {@code text.content}; the others carry {@code content}, whose shape depends on the
 * {@code msgtype} (the Stream SDK's {@code MessageContent}): {@code richText} a list of parts, text parts
 * {@code {"text":"…"}} and pictures {@code {"type":"picture","downloadCode":"…","pictureDownloadCode":"…"}};
 * {@code audio} {@code recognition} (DingTalk's own speech-to-text), {@code duration}, {@code downloadCode};
 * {@code picture} {@code downloadCode}, {@code pictureDownloadCode}; {@code file}, {@code video} a downloadCode and
 * more. {@code content} is read as a tree, so a shape DingTalk changes never makes a message fail to arrive.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackPayload(
        String msgtype,
        Text text,
        JsonNode content,
        String msgId,
        Long createAt,
        String conversationType,
        String conversationId,
        String conversationTitle,
        String senderId,
        String senderNick,
        String senderStaffId,
        String robotCode,
        String sessionWebhook,
        Long sessionWebhookExpiredTime) {

    /** One digest a thread (reset before each use): the providers' lookup cost as much as the hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String content) {
    }

    /** What every robot message has; anything else is not one. */
    public boolean isRobotMessage() {
        return present(msgtype) && present(msgId) && present(conversationId)
                && ("1".equals(conversationType) || "2".equals(conversationType));
    }

    public InboundMessage toInbound() {
        return new InboundMessage(
                msgId,
                msgtype,
                readableText(),
                conversationId,
                "2".equals(conversationType),
                conversationTitle,
                // people outside the organisation have no staffId; their DingTalk id still tells them apart
                present(senderStaffId) ? senderStaffId : senderId,
                present(senderNick) ? senderNick : "成员",
                robotCode,
                sessionWebhook,
                sessionWebhookExpiredTime == null ? null : Instant.ofEpochMilli(sessionWebhookExpiredTime),
                createAt == null ? null : Instant.ofEpochMilli(createAt),
                pictures(),
                file());
    }

    /** A file message's file: {@code content.downloadCode} and {@code content.fileName}. */
    InboundMessage.SentFile file() {
        if (!"file".equals(msgtype) || content == null) {
            return null;
        }
        String code = content.path("downloadCode").asString("");
        return new InboundMessage.SentFile(code, content.path("fileName").asString(""));
    }

    /**
     * The words of the message: a text's content, a rich text's text parts joined in order (DingTalk sends a line
     * break as a part of its own), a voice message's recognised text; null when it has none.
     */
    String readableText() {
        switch (msgtype) {
            case "text":
                return text == null ? null : text.content();
            case "audio":
                return content == null ? null : content.path("recognition").asString(null);
            case "richText":
                StringBuilder words = new StringBuilder();
                for (JsonNode part : parts()) {
                    JsonNode partText = part.path("text");
                    if (partText.isString()) {
                        words.append(partText.asString());
                    }
                }
                return words.isEmpty() ? null : words.toString();
            default:
                return null;
        }
    }

    /** The downloadCodes of the pictures the message carries: a picture message's, or a rich text's. */
    List<String> pictures() {
        List<String> codes = new ArrayList<>();
        if ("picture".equals(msgtype) && content != null) {
            codes.add(downloadCode(content));
        }
        else if ("richText".equals(msgtype)) {
            for (JsonNode part : parts()) {
                if ("picture".equals(part.path("type").asString(""))) {
                    codes.add(downloadCode(part));
                }
            }
        }
        return codes;
    }

    /**
     * A digest of every field that steers what the bot does with the message or where it answers: who, where, what
     * kind, the words and every other part of the content (pictures' downloadCodes included), the robot and the
     * sessionWebhook. DingTalk delivering a message again sends these the same.
     */
    String digest() {
        MessageDigest sha = SHA256.get();
        sha.reset();
        for (Object field : new Object[] {msgtype, text == null ? null : text.content(),
                content == null ? null : content.toString(), conversationType, conversationId, senderId, senderStaffId,
                senderNick, robotCode, sessionWebhook}) {
            // each field with its length, so that no two different messages run together into the same bytes
            byte[] bytes = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
            sha.update((field == null ? "-" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private Iterable<JsonNode> parts() {
        JsonNode parts = content == null ? null : content.path("richText");
        return parts != null && parts.isArray() ? parts : List.of();
    }

    /** The picture's code for messageFiles/download; a picture without one still counts as a picture. */
    private static String downloadCode(JsonNode picture) {
        String code = picture.path("downloadCode").asString("");
        return code.isBlank() ? picture.path("pictureDownloadCode").asString("") : code;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
