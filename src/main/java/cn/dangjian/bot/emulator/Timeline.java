package cn.dangjian.bot.emulator;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.emulator.ChatEntry.Attachment;
import cn.dangjian.bot.emulator.ChatEntry.Kind;
import tools.jackson.databind.JsonNode;

/** Everything said in the emulated chats, in the order DingTalk received it; the page polls it. */
@Component
@Profile("local")
class Timeline {

    static final String GROUP = "group";
    static final String BOT = "bot";
    static final String SYSTEM = "system";

    /** A morning of trying the bot is a few hundred messages; older ones fall off rather than fill the heap. */
    private static final int KEPT = 2000;

    private final Deque<ChatEntry> entries = new ArrayDeque<>();
    private final Clock clock;
    private long lastSeq;

    Timeline(Clock clock) {
        this.clock = clock;
    }

    static String privateChat(String staffId) {
        return "user:" + staffId;
    }

    synchronized ChatEntry add(String chat, String from, String fromNick, Kind kind, String title, String text,
            Attachment file, List<String> mentions, String via) {
        ChatEntry entry = new ChatEntry(++lastSeq, chat, from, fromNick, kind, title, text, file, mentions, via,
                clock.instant());
        entries.addLast(entry);
        while (entries.size() > KEPT) {
            entries.removeFirst();
        }
        return entry;
    }

    /** A message object as DingTalk takes it in a callback answer or sessionWebhook; null when shown, else why not. */
    String addMessageObject(String chat, JsonNode message, List<String> mentions, String via) {
        String type = message.path("msgtype").asString("");
        switch (type) {
            case "text" -> {
                String content = message.path("text").path("content").asString("");
                if (content.isBlank()) {
                    return "text.content 不能为空";
                }
                add(chat, Timeline.BOT, null, Kind.TEXT, null, content, null, mentions, via);
            }
            case "markdown" -> {
                String title = message.path("markdown").path("title").asString("");
                String text = message.path("markdown").path("text").asString("");
                if (title.isBlank() || text.isBlank()) {
                    return "markdown.title 和 markdown.text 不能为空";
                }
                add(chat, Timeline.BOT, null, Kind.MARKDOWN, title, text, null, mentions, via);
            }
            default -> {
                return "模拟器不支持的 msgtype：" + type;
            }
        }
        return null;
    }

    ChatEntry notice(String chat, String text) {
        return add(chat, SYSTEM, "模拟器", Kind.NOTICE, null, text, null, List.of(), null);
    }

    synchronized List<ChatEntry> after(long seq) {
        return entries.stream().filter(e -> e.seq() > seq).toList();
    }

    synchronized void clear() {
        entries.clear();
    }
}
