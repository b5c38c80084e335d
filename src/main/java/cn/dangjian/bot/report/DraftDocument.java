package cn.dangjian.bot.report;

import java.util.List;

/**
 * A draft as a document: a title (its lines separated by {@code \n}) and blocks in reading order. It is what the template's text becomes
 * ({@link DraftText}) and what both renderers take, so that chat, the admin API and Word say the same thing.
 */
public record DraftDocument(String title, List<Block> blocks) {

    /** Text a secretary must check before using it: boilerplate the data could not ground. */
    public static final String TO_EDIT = "【请根据实际修改】";

    public DraftDocument {
        blocks = List.copyOf(blocks);
    }

    /** The title on one line, as a file name or a chat message shows it. */
    public String titleLine() {
        return title.replace("\n", "");
    }

    public sealed interface Block {
    }

    /** A first-level heading: 一、履职情况. */
    public record Heading(String text) implements Block {
    }

    /**
     * A paragraph. A {@code lead} opens it: a second-level heading run into the text (（一）压实主体责任。), or a
     * bold claim (一是…。); {@code text} may be empty when the lead stands alone.
     */
    public record Paragraph(Lead lead, String text) implements Block {

        public static Paragraph plain(String text) {
            return new Paragraph(null, text);
        }
    }

    public record Lead(String text, LeadStyle style) {
    }

    public enum LeadStyle {
        /** （一）…, 楷体 in an official document. */
        SUBHEADING,
        /** A bold claim at the start of a paragraph. */
        BOLD
    }

    /** The 三会一课 completion table (obligation × month), with its caption. */
    public record Table(String caption, DraftModel.Table table) implements Block {
    }

    /** The signature and the date under the text: the signature is centred above the date, as GB/T 9704 sets them. */
    public record Closing(String text) implements Block {
    }
}
