package cn.dangjian.bot.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A draft as a Word file laid out the way GB/T 9704-2012 lays out official documents: A4; margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; the title in 2号 (22 pt) 方正小标宋简体, centred; body in 3号 (16 pt)
 * 仿宋_GB2312 on fixed 28-point lines with a two-character first-line indent; 一、 headings in 3号黑体, （一） headings
 * in 3号楷体_GB2312; page numbers "— 1 —" in 4号 (14 pt) 宋体 at the outer edge (odd pages right, even pages left,
 * one character in). Fonts are named for East Asian text (w:eastAsia): the machine that opens the file supplies
 * them, as every government PC has them.
 */
public final class DocxDraft {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** Digits and Latin letters in the body, as official templates set them. */
    static final String LATIN_FONT = "Times New Roman";

    static final double TITLE_SIZE = 22;
    static final double BODY_SIZE = 16;
    static final double CAPTION_SIZE = 14;
    static final double PAGE_NUMBER_SIZE = 14;
    static final int LINE_POINTS = 28;

    /** A4 and the margins of GB/T 9704, in twentieths of a point (1 mm = 1440 / 25.4 twips). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The page number sits 7 mm under the text block: its baseline about 23 mm from the page's lower edge. */
    static final int FOOTER = mm(23);

    /** Two characters of 3号 text, in twips: the first-line indent. */
    static final int INDENT = (int) (2 * BODY_SIZE * 20);
    /** A signature stands four characters from the right margin. */
    static final int SIGNATURE_INDENT = (int) (4 * BODY_SIZE * 20);

    /** The chart on the page: 15 cm wide, as high as its picture is in proportion. */
    static final int CHART_WIDTH_EMU = (int) (150 * Units.EMU_PER_CENTIMETER / 10);
    static final int CHART_HEIGHT_EMU = (int) ((long) CHART_WIDTH_EMU * ActivityChart.HEIGHT / ActivityChart.WIDTH);

    private final ActivityChart chart;

    public DocxDraft(ActivityChart chart) {
        this.chart = chart;
    }

    public byte[] render(DraftDocument draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            title(doc, draft.title());
            boolean firstClosing = true;
            for (DraftDocument.Block block : draft.blocks()) {
                if (block instanceof DraftDocument.Heading heading) {
                    XWPFParagraph p = body(doc, INDENT);
                    p.setKeepNext(true);
                    run(p, heading.text(), HEADING_FONT, BODY_SIZE, false);
                }
                else if (block instanceof DraftDocument.Paragraph paragraph) {
                    XWPFParagraph p = body(doc, INDENT);
                    if (paragraph.lead() != null) {
                        boolean sub = paragraph.lead().style() == DraftDocument.LeadStyle.SUBHEADING;
                        run(p, paragraph.lead().text(), sub ? SUBHEADING_FONT : BODY_FONT, BODY_SIZE, !sub);
                        p.setKeepNext(paragraph.text().isEmpty());
                    }
                    text(p, paragraph.text());
                }
                else if (block instanceof DraftDocument.Figure figure) {
                    figure(doc, figure);
                }
                else if (block instanceof DraftDocument.Closing closing) {
                    // GB/T 9704: the signature never stands on a page of its own
                    doc.getParagraphs().get(doc.getParagraphs().size() - 1).setKeepNext(true);
                    XWPFParagraph p = body(doc, 0);
                    p.setAlignment(ParagraphAlignment.RIGHT);
                    p.setIndentationRight(SIGNATURE_INDENT);
                    if (firstClosing) {
                        // GB/T 9704 leaves blank lines between the text and the signature
                        p.setSpacingBefore(2 * LINE_POINTS * 20);
                        firstClosing = false;
                    }
                    run(p, closing.text(), BODY_FONT, BODY_SIZE, false);
                }
            }
            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);

        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(BODY_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, 0);
        p.setAlignment(ParagraphAlignment.CENTER);
        // a 2号 title needs more than a 28-point line; one blank line separates it from the text
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        p.setSpacingAfter(LINE_POINTS * 20);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
            fonts(run, TITLE_FONT, TITLE_FONT, TITLE_SIZE);
        }
    }

    /** A paragraph of the text block: fixed 28-point lines, nothing before or after, {@code indent} twips in. */
    private static XWPFParagraph body(XWPFDocument doc, int indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (indent > 0) {
            p.setIndentationFirstLine(indent);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            // in characters too, so that Word keeps two characters if someone changes the size
            ind.setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    /** Body text; what the data could not ground is highlighted so that the secretary sees it. */
    private static void text(XWPFParagraph p, String text) {
        int from = 0;
        int at;
        while ((at = text.indexOf(DraftDocument.TO_EDIT, from)) >= 0) {
            run(p, text.substring(from, at), BODY_FONT, BODY_SIZE, false);
            run(p, DraftDocument.TO_EDIT, BODY_FONT, BODY_SIZE, false).setTextHighlightColor("yellow");
            from = at + DraftDocument.TO_EDIT.length();
        }
        run(p, text.substring(from), BODY_FONT, BODY_SIZE, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
        XWPFRun run = p.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        fonts(run, eastAsia, LATIN_FONT, size);
        if (bold) {
            run.setBold(true);
        }
        return run;
    }

    private static void fonts(XWPFRun run, String eastAsia, String latin, double size) {
        run.setFontFamily(latin, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(latin, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(latin, XWPFRun.FontCharRange.cs);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setComplexScriptFontSize(size);
    }

    private void figure(XWPFDocument doc, DraftDocument.Figure figure) {
        Optional<byte[]> png = chart.png(figure.chart());
        if (png.isEmpty()) {
            return;
        }
        XWPFParagraph picture = doc.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        // a fixed 28-point line would crop the picture to one line's height
        picture.setSpacingBetween(1, LineSpacingRule.AUTO);
        picture.setSpacingBefore(LINE_POINTS * 10);
        picture.setKeepNext(true);
        try {
            picture.createRun().addPicture(new ByteArrayInputStream(png.get()), PictureType.PNG, "chart.png",
                    CHART_WIDTH_EMU, CHART_HEIGHT_EMU);
        }
        catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart could not be embedded", e);
        }
        XWPFParagraph caption = body(doc, 0);
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingAfter(LINE_POINTS * 10);
        run(caption, figure.caption(), BODY_FONT, CAPTION_SIZE, false);
    }

    private static void pageNumbers(XWPFDocument doc) {
        doc.getSettings().setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    /** "— 7 —", one 4号 character in from the outer edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(side);
        int oneCharacter = (int) (PAGE_NUMBER_SIZE * 20);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneCharacter);
        }
        else {
            p.setIndentationLeft(oneCharacter);
        }
        pageRun(p, "— ");
        pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        pageRun(p, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
        pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        pageRun(p, "1");
        pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageRun(p, " —");
    }

    private static XWPFRun pageRun(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        if (text != null) {
            run.setText(text);
        }
        fonts(run, PAGE_NUMBER_FONT, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        return run;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
