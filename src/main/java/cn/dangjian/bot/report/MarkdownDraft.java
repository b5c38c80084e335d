package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft as Markdown, for the admin API and anyone who reads it in chat. The chart has no place in chat Markdown
 * (DingTalk shows images by URL only) and its numbers are in the text already, so it is left to the Word file.
 */
public final class MarkdownDraft {

    private MarkdownDraft() {
    }

    public static String render(DraftDocument draft) {
        List<String> out = new ArrayList<>();
        out.add("# " + draft.titleLine());
        for (DraftDocument.Block block : draft.blocks()) {
            if (block instanceof DraftDocument.Heading h) {
                out.add("## " + h.text());
            }
            else if (block instanceof DraftDocument.Paragraph p) {
                if (p.lead() == null) {
                    out.add(p.text());
                }
                else if (p.text().isEmpty() && p.lead().style() == DraftDocument.LeadStyle.SUBHEADING) {
                    out.add("### " + p.lead().text());
                }
                else {
                    out.add("**" + p.lead().text() + "**" + p.text());
                }
            }
            else if (block instanceof DraftDocument.Closing c) {
                out.add(c.text());
            }
        }
        return String.join("\n\n", out) + "\n";
    }
}
