package cn.dangjian.bot.dingtalk;

import java.util.List;

/** What the bot sends: plain text, markdown, or a file (a report draft). */
public sealed interface Message {

    record Text(String content) implements Message {
    }

    /**
     * {@code mentions}: staffIds to @ where the channel can notify them (a sessionWebhook or a 自定义机器人 appends
     * "@staffId" and an {@code at} object; the OpenAPI group push has no mention and sends the text as it is).
     */
    record Markdown(String title, String text, List<String> mentions) implements Message {

        public Markdown {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        public Markdown(String title, String text) {
            this(title, text, List.of());
        }
    }

    /** {@code fileName} includes the extension, e.g. 机关第一党支部2026年度述职报告.docx. */
    record File(String fileName, byte[] content) implements Message {
    }
}
