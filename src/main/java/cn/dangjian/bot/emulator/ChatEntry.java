package cn.dangjian.bot.emulator;

import java.time.Instant;
import java.util.List;

/**
 * One message as the page shows it.
 *
 * @param seq      position in the timeline; the page asks for what came after the last one it has
 * @param chat     {@code group}, or {@code user:<staffId>} for that person's one-to-one chat with the bot
 * @param from     a staffId, {@code bot}, or {@code system} for the emulator's own notices
 * @param title    a markdown message's title (what DingTalk shows in the conversation list)
 * @param mentions staffIds the message @-mentions
 * @param via      how it reached DingTalk: callback answer, sessionWebhook, group or one-to-one push
 */
record ChatEntry(long seq, String chat, String from, String fromNick, Kind kind, String title, String text,
        Attachment file, List<String> mentions, String via, Instant at) {

    enum Kind { TEXT, MARKDOWN, FILE, NOTICE }

    /** A file the bot sent: uploaded to media/upload, then sent as sampleFile. */
    record Attachment(String mediaId, String name, String type, long size) {
    }

    ChatEntry {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
