package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.bot.dingtalk.MarkdownText;

/**
 * A draft as Markdown, for the admin API: the 三会一课 table as a Markdown table, the signature and date as lines.
 */
public final class MarkdownDraft {

    private MarkdownDraft() {
    }

    public static String render(DraftDocument draft) {
        List<String> out = new ArrayList<>();
        out.add("# " + text(draft.titleLine()));
        for (DraftDocument.Block block : draft.blocks()) {
            if (block instanceof DraftDocument.Heading h) {
                out.add("## " + text(h.text()));
            }
            else if (block instanceof DraftDocument.Paragraph p) {
                if (p.lead() == null) {
                    out.add(text(p.text()));
                }
                else if (p.text().isEmpty() && p.lead().style() == DraftDocument.LeadStyle.SUBHEADING) {
                    out.add("### " + text(p.lead().text()));
                }
                else {
                    out.add("**" + text(p.lead().text()) + "**" + text(p.text()));
                }
            }
            else if (block instanceof DraftDocument.Table t) {
                out.add(table(t));
            }
            else if (block instanceof DraftDocument.Closing c) {
                out.add(text(c.text()));
            }
        }
        return String.join("\n\n", out) + "\n";
    }

    private static String table(DraftDocument.Table t) {
        StringBuilder out = new StringBuilder(text(t.caption())).append("\n\n| 项目 |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int m = 1; m <= t.table().months(); m++) {
            out.append(' ').append(m).append("月 |");
            rule.append(" :-: |");
        }
        out.append(" 合计 |\n").append(rule).append(" --: |");
        for (DraftModel.Table.Row row : t.table().rows()) {
            out.append("\n| ").append(text(row.name())).append("（").append(row.every()).append("） |");
            row.marks().forEach(mark -> out.append(' ').append(mark).append(" |"));
            out.append(' ').append(row.total()).append(" |");
        }
        return out.toString();
    }

    /** The draft's words as text (topics and highlights are what members typed), line by line. */
    private static String text(String text) {
        return text.lines().map(MarkdownText::literal).collect(java.util.stream.Collectors.joining("\n"));
    }
}
