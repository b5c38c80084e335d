package cn.dangjian.bot.dingtalk;

/** What the bot sends: plain text, markdown, or a file (a report draft). */
public sealed interface Message {

    record Text(String content) implements Message {
    }

    record Markdown(String title, String text) implements Message {
    }

    /** {@code fileName} includes the extension, e.g. 机关第一党支部2026年度述职报告.docx. */
    record File(String fileName, byte[] content) implements Message {
    }
}
