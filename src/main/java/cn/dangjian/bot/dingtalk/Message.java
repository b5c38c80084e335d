package cn.dangjian.bot.dingtalk;

import java.util.List;

/** What the bot sends: plain text, markdown, or a file (a report draft). */
public sealed interface Message {

    /**
     * Bytes of a chat message's text: DingTalk refuses a group message whose msgParam passes some 15 KB (a 自定义机器人
     * body 20,000 bytes), for the whole group, so every text is cut below that, at a line, with a note saying so.
     */
    int MAX_TEXT_BYTES = 12_000;

    String CUT = "\n……（内容过长，其余从略）";

    /** {@code text} within {@link #MAX_TEXT_BYTES}: whole lines up to it and {@link #CUT}, or a clean cut. */
    static String bounded(String text) {
        if (text == null || text.length() * 3 <= MAX_TEXT_BYTES
                || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
            return text;
        }
        int budget = MAX_TEXT_BYTES - CUT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        int line = text.lastIndexOf('\n', end);
        return text.substring(0, line > end / 2 ? line : end) + CUT;
    }

    record Text(String content) implements Message {

        public Text {
            content = bounded(content);
        }
    }

    /**
     * {@code mentions}: staffIds to @ where the channel can notify them (a sessionWebhook or a 自定义机器人 appends
     * "@staffId" and an {@code at} object; the OpenAPI group push has no mention and sends the text as it is).
     */
    record Markdown(String title, String text, List<String> mentions) implements Message {

        public Markdown {
            text = bounded(text);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        public Markdown(String title, String text) {
            this(title, text, List.of());
        }
    }

    /** {@code fileName} includes the extension, e.g. 机关第一党支部2026年度述职报告.docx. */
    record File(String fileName, byte[] content) implements Message {
    }

    /**
     * A picture shown in the chat (a PNG or JPEG, e.g. a committee's heat map): uploaded like a file, with
     * {@code type=image}, and sent as {@code sampleImageMsg}, whose {@code photoURL} takes the upload's media_id.
     */
    record Image(String fileName, byte[] content) implements Message {
    }

    /** The bytes a file or an image uploads, null for a message of text. */
    default byte[] upload() {
        return this instanceof File f ? f.content() : this instanceof Image i ? i.content() : null;
    }
}
