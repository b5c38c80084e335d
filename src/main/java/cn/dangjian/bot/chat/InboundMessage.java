package cn.dangjian.bot.chat;

import java.time.Instant;

/**
 * A robot message, free of its transport (HTTP callback, Stream, emulator). DingTalk's {@code isAdmin} is left out
 * on purpose: the callback body is not signed, so roles come from bot-config only.
 *
 * @param msgType        text, picture, richText, audio, file …
 * @param text           the text with the leading @mention stripped by DingTalk (may still begin with spaces)
 * @param group          true in a group chat, false one-to-one
 * @param senderStaffId  the person's userid in the organisation: their id everywhere in the bot
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
        Instant createdAt) {
}
