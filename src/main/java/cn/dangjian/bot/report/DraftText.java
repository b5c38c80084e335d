package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a report template writes into a {@link DraftDocument}. Blocks are separated by blank lines; the lines of a block
 * are joined without spaces (Chinese has none), so a template may spread a paragraph over several lines and
 * conditions. A block begins with:
 * <ul>
 * <li>{@code # } the title (one, first); its further lines are lines of the title, for a long one that should break
 * where the meaning does (机关第一党支部书记 / 2025年度抓党建工作述职报告);</li>
 * <li>{@code ## } a first-level heading (一、履职情况);</li>
 * <li>{@code ### } a second-level heading; the block's further lines are the paragraph it opens;</li>
 * <li>{@code **…**} a bold claim that opens the paragraph;</li>
 * <li>{@code [表] } the 三会一课 completion table, with its caption (left out when the branch owes none);</li>
 * <li>{@code >> } the signature, then the date, under the text;</li>
 * <li>anything else: a plain paragraph.</li>
 * </ul>
 */
public final class DraftText {

    private DraftText() {
    }

    public static DraftDocument read(String text, DraftModel.Table table) {
        String title = null;
        List<DraftDocument.Block> blocks = new ArrayList<>();
        for (List<String> lines : blocks(text)) {
            String first = lines.get(0);
            String rest = String.join("", lines.subList(1, lines.size()));
            if (first.startsWith("# ")) {
                if (title != null || !blocks.isEmpty()) {
                    throw new IllegalArgumentException("the title must come first and only once: " + first);
                }
                List<String> titleLines = new ArrayList<>(lines);
                titleLines.set(0, first.substring(2).strip());
                title = String.join("\n", titleLines);
            }
            else if (first.startsWith("## ")) {
                blocks.add(new DraftDocument.Heading(first.substring(3).strip() + rest));
            }
            else if (first.startsWith("### ")) {
                blocks.add(new DraftDocument.Paragraph(
                        new DraftDocument.Lead(first.substring(4).strip(), DraftDocument.LeadStyle.SUBHEADING), rest));
            }
            else if (first.startsWith("[表]")) {
                if (table.shown()) {
                    blocks.add(new DraftDocument.Table(first.substring(3).strip() + rest, table));
                }
            }
            else if (first.startsWith(">> ")) {
                blocks.add(new DraftDocument.Closing(first.substring(3).strip() + rest));
            }
            else {
                String joined = String.join("", lines);
                int end = joined.startsWith("**") ? joined.indexOf("**", 2) : -1;
                if (end > 2) {
                    blocks.add(new DraftDocument.Paragraph(new DraftDocument.Lead(joined.substring(2, end), DraftDocument.LeadStyle.BOLD),
                            joined.substring(end + 2)));
                }
                else {
                    blocks.add(DraftDocument.Paragraph.plain(joined));
                }
            }
        }
        if (title == null) {
            throw new IllegalArgumentException("the template wrote no title (a line beginning with '# ')");
        }
        return new DraftDocument(title, blocks);
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            }
            else {
                current.add(stripped);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
