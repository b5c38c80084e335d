package cn.dangjian.bot.chat;

import java.time.Instant;
import java.util.List;

/**
 * A robot message, free of its transport (HTTP callback, Stream, emulator). DingTalk's {@code isAdmin} is left out
 * on purpose: the callback body is not signed, so roles come from bot-config only.
 *
 * @param msgType        text, picture, richText, audio, file …
 * @param text           the words of the message, with the leading @mention stripped by DingTalk (may still begin
 *                       with spaces): a text's content, a rich text's text parts, a voice message's recognised text;
 *                       null when it has none (a picture, a file)
 * @param group          true in a group chat, false one-to-one
 * @param senderStaffId  the person's userid in the organisation: their id everywhere in the bot
 * @param pictures       the downloadCodes of the pictures it carries (a picture message, a rich text's pictures)
 * @param file           a file message's file (PDF, Word …), or null
 */
public record InboundMessage(
        String msgId,
        String msgType,
        String text,
        String conversationId,
        boolean group,
        String conversationTitle,
        String senderStaffId,
        String senderNick,
        String robotCode,
        String sessionWebhook,
        Instant sessionWebhookExpiresAt,
        Instant createdAt,
        List<String> pictures,
        SentFile file) {

    /** A file a member sent: DingTalk's code to fetch it with, and its name as the member's client gave it. */
    public record SentFile(String downloadCode, String fileName) {
    }

    public InboundMessage {
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
    }

    /** A message without a file. */
    public InboundMessage(String msgId, String msgType, String text, String conversationId, boolean group,
            String conversationTitle, String senderStaffId, String senderNick, String robotCode,
            String sessionWebhook, Instant sessionWebhookExpiresAt, Instant createdAt, List<String> pictures) {
        this(msgId, msgType, text, conversationId, group, conversationTitle, senderStaffId, senderNick, robotCode,
                sessionWebhook, sessionWebhookExpiresAt, createdAt, pictures, null);
    }

    /** Whether the message carries pictures or a file. */
    public boolean carriesFiles() {
        return !pictures.isEmpty() || file != null;
    }

    /** A message without pictures. */
    public InboundMessage(String msgId, String msgType, String text, String conversationId, boolean group,
            String conversationTitle, String senderStaffId, String senderNick, String robotCode,
            String sessionWebhook, Instant sessionWebhookExpiresAt, Instant createdAt) {
        this(msgId, msgType, text, conversationId, group, conversationTitle, senderStaffId, senderNick, robotCode,
                sessionWebhook, sessionWebhookExpiresAt, createdAt, List.of(), null);
    }

    /** The same message, from the robot {@code robotCode}. */
    InboundMessage withRobotCode(String robotCode) {
        return new InboundMessage(msgId, msgType, text, conversationId, group, conversationTitle, senderStaffId,
                senderNick, robotCode, sessionWebhook, sessionWebhookExpiresAt, createdAt, pictures, file);
    }
}
