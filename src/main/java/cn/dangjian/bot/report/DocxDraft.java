package cn.dangjian.bot.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import cn.dangjian.bot.chinese.Chinese;

/**
 * A draft as a Word file laid out the way GB/T 9704-2012 lays out official documents: A4; margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; the title in 2号 (22 pt) 方正小标宋简体, centred; body in 3号 (16 pt)
 * 仿宋_GB2312 on fixed 28-point lines with a two-character first-line indent; 一、 headings in 3号黑体, （一） headings
 * in 3号楷体_GB2312; page numbers "— 1 —" in 4号 (14 pt) 宋体 at the outer edge (odd pages right, even pages left,
 * one character in). The page has GB/T 9704's grid ({@code w:docGrid}): 22 lines of 28 characters, so a line holds
 * 28 characters as on a printed 公文, not the 27 that 16-point characters on a 156 mm line would give. The signature
 * and date follow 7.3.5.2 (no seal). Fonts are named for East Asian text (w:eastAsia), each with the font Windows
 * and WPS have in its place ({@link #FALLBACKS}).
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
    /** 五号: a table of 15 columns fits the 156 mm line only in small type. */
    static final double TABLE_SIZE = 10.5;
    static final double PAGE_NUMBER_SIZE = 14;

    /** A4 and the margins of GB/T 9704, in twentieths of a point (1 mm = 1440 / 25.4 twips). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The page number sits 7 mm under the text block: its baseline about 23 mm from the page's lower edge. */
    static final int FOOTER = mm(23);

    /** GB/T 9704 7.1: 22 lines a page, 28 characters a line. */
    static final int LINES = 22;
    static final int CHARACTERS = 28;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The grid's line pitch in twips: the text block's height shared by 22 lines (28.95 pt). */
    static final int LINE_PITCH = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / LINES;
    /** One character of the grid, in twips: the line's width shared by 28 characters (15.8 pt). */
    static final double CHARACTER = (double) TEXT_WIDTH / CHARACTERS;
    /** w:charSpace: how much the grid's character differs from the default 16 pt, in 1/4096 of a point. */
    static final int CHAR_SPACE = (int) Math.round((CHARACTER / 20 - BODY_SIZE) * 4096);

    /**
     * A 3号 character is 16 pt and the grid's 15.8: Word squeezes it into its cell, LibreOffice gives it two cells
     * (14 a line, or a line torn between 14 and 28). So the draft's own paragraphs keep the grid's lines but leave its
     * characters, and their runs are set a quarter point tighter: 28 characters of 15.75 pt fill the 156 mm line in
     * Word, WPS and LibreOffice alike. What the secretary adds in Word's Normal style snaps to the grid: 28 again.
     */
    static final int TIGHTER = -8;

    /** Two characters of text, in twips: the first-line indent. */
    static final int INDENT = (int) Math.round(2 * CHARACTER);

    public byte[] render(DraftDocument draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            title(doc, draft.title());
            List<DraftDocument.Closing> closing = new ArrayList<>();
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
                else if (block instanceof DraftDocument.Table table) {
                    table(doc, table);
                }
                else if (block instanceof DraftDocument.Closing line) {
                    closing.add(line);
                }
            }
            closing(doc, closing);
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

        fontTable(doc);
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(BODY_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        // the grid's characters are measured from the default size: 3号 as the body
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));
        defaults.addNewSzCs().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));

        // and from the Normal style, where LibreOffice looks for it (12 pt when there is none)
        CTStyle normal = CTStyle.Factory.newInstance();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        CTRPr normalRun = normal.addNewRPr();
        normalRun.addNewSz().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));
        styles.addStyle(new XWPFStyle(normal, styles));

        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /**
     * The fonts GB/T 9704 names are on government PCs, not on every PC: the font table gives each the font Windows and
     * WPS have under another name (楷体_GB2312 → 楷体, 仿宋_GB2312 → 仿宋, 黑体 → SimHei, 方正小标宋简体 → 宋体), with
     * its character set (GB2312) and PANOSE class, so that Word and WPS substitute a 楷体 for a 楷体 and headings stay
     * distinct from the body. LibreOffice ignores the table and asks fontconfig (scripts/render-draft.sh aliases them).
     */
    static final List<String[]> FALLBACKS = List.of(
            new String[] {TITLE_FONT, "宋体", "roman", "02000000000000000000"},
            new String[] {BODY_FONT, "仿宋", "modern", "02010609030101010101"},
            new String[] {HEADING_FONT, "SimHei", "modern", "02010609060101010101"},
            new String[] {SUBHEADING_FONT, "楷体", "modern", "02010609030101010101"},
            new String[] {PAGE_NUMBER_FONT, "SimSun", "auto", "02010600030101010101"});

    private static void fontTable(XWPFDocument doc) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] font : FALLBACKS) {
            xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
                    .append("\"/><w:panose1 w:val=\"").append(font[3]).append("\"/><w:charset w:val=\"86\"/>")
                    .append("<w:family w:val=\"").append(font[2]).append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"").append(LATIN_FONT).append("\"><w:panose1 w:val=\"02020603050405020304\"/>")
                .append("<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>")
                .append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (var out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        }
        catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add the font table", e);
        }
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, 0);
        p.setAlignment(ParagraphAlignment.CENTER);
        // a 2号 title fits a line of the grid; one blank line separates it from the text
        p.setSpacingAfter(LINE_PITCH);
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

    /** A paragraph of the text block: one grid line a line, nothing before or after, {@code indent} twips in. */
    private static XWPFParagraph body(XWPFDocument doc, int indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        offGrid(p);
        if (indent > 0) {
            p.setIndentationFirstLine(indent);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            // in characters too, so that Word keeps two characters if someone changes the size
            ind.setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    /** Lines of the grid's pitch (set exactly), characters of their own width: see {@link #TIGHTER}. */
    static void offGrid(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSnapToGrid().setVal(false);
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
        if (size == BODY_SIZE) {
            run.setCharacterSpacing(TIGHTER);
        }
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

    /**
     * The 三会一课 table: a row per obligation, a column per month (● held, blank not, — before the branch kept records), the year's total; caption above
     * it, as Chinese documents set a table's title.
     */
    private static void table(XWPFDocument doc, DraftDocument.Table block) {
        DraftModel.Table data = block.table();
        XWPFParagraph caption = body(doc, 0);
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setKeepNext(true);
        run(caption, block.caption(), HEADING_FONT, CAPTION_SIZE, false);

        int months = data.months();
        // in 五号 characters and the cells' margins: 支部委员会会议 on one line, 每季度 too, months by their number
        int character = (int) (TABLE_SIZE * 20);
        int margins = 216;
        // one character more than 支部委员会会议: LibreOffice breaks a cell whose text fills it exactly
        int nameWidth = 8 * character + margins;
        int everyWidth = 3 * character + margins;
        int totalWidth = 2 * character + margins;
        int monthWidth = (TEXT_WIDTH - nameWidth - everyWidth - totalWidth) / Math.max(months, 1);
        XWPFTable table = doc.createTable(data.rows().size() + 1, months + 3);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        // the grid is what LibreOffice and WPS size columns by; fixed, so that no reader widens a column to its text
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < months + 3; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 0 ? nameWidth : c == 1 ? everyWidth
                    : c == months + 2 ? totalWidth : monthWidth));
        }
        CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        List<String> header = new ArrayList<>(List.of("项目", "要求"));
        for (int m = 1; m <= months; m++) {
            header.add(String.valueOf(m));
        }
        header.add("合计");
        for (int r = 0; r <= data.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? header : cells(data.rows().get(r - 1));
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(c == 0 ? nameWidth : c == 1 ? everyWidth
                        : c == cells.size() - 1 ? totalWidth : monthWidth));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                p.setSpacingBetween(TABLE_SIZE * 1.5, LineSpacingRule.EXACT);
                offGrid(p);
                run(p, cells.get(c), r == 0 ? HEADING_FONT : BODY_FONT, TABLE_SIZE, false);
            }
        }
        // a blank line after the table, so the next heading does not touch it
        body(doc, 0);
    }

    private static List<String> cells(DraftModel.Table.Row row) {
        List<String> cells = new ArrayList<>(List.of(row.name(), row.every()));
        cells.addAll(row.marks());
        cells.add(String.valueOf(row.total()));
        return cells;
    }

    /**
     * The signature and the date of a document without a seal (GB/T 9704-2012 7.3.5.2, and a 述职报告 is a personal
     * report no seal goes on): one blank line under the text, the signature two characters from the right margin,
     * the date on the next line beginning two characters to the right of the signature's first character; a date
     * longer than that moves the signature left so that the date ends two characters from the margin. They never
     * stand on a page of their own.
     */
    private static void closing(XWPFDocument doc, List<DraftDocument.Closing> lines) {
        if (lines.isEmpty()) {
            return;
        }
        doc.getParagraphs().get(doc.getParagraphs().size() - 1).setKeepNext(true);
        List<Double> fromRight = closingIndents(lines.stream().map(DraftDocument.Closing::text).toList());
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = body(doc, 0);
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight((int) Math.round(fromRight.get(i) * CHARACTER));
            if (i == 0) {
                p.setSpacingBefore(LINE_PITCH);
            }
            if (i < lines.size() - 1) {
                p.setKeepNext(true);
            }
            run(p, lines.get(i).text(), BODY_FONT, BODY_SIZE, false);
        }
    }

    /**
     * How far from the right margin each closing line ends, in characters: the signature 2 (or more, for a date
     * longer than the signature less two), the date so that it begins two characters right of the signature.
     */
    static List<Double> closingIndents(List<String> lines) {
        if (lines.size() < 2) {
            return lines.stream().map(l -> 2.0).toList();
        }
        double date = characters(lines.get(lines.size() - 1));
        List<Double> indents = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            double signature = characters(lines.get(i));
            indents.add(Math.max(2, 4 + date - signature));
        }
        // the date aligns with the first signature line, which begins furthest left
        double start = indents.get(0) + characters(lines.get(0));
        indents.add(start - 2 - date);
        return List.copyOf(indents);
    }

    /** How many characters of the grid a line takes: digits and Latin letters take half. */
    static double characters(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
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

    // The bot's other official documents (the evidence 台账) are laid out by the same code: page, title, paragraphs.

    /** An empty document with a draft's page, grid, styles and page numbers. */
    public static XWPFDocument officialDocument() {
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        pageNumbers(doc);
        return doc;
    }

    /** The document's title, 2号小标宋 centred; a line break in {@code text} starts a second line. */
    public static void documentTitle(XWPFDocument doc, String text) {
        title(doc, text);
    }

    /** A paragraph of the text block, indented two characters or not. */
    public static XWPFParagraph paragraph(XWPFDocument doc, boolean indented) {
        return body(doc, indented ? INDENT : 0);
    }

    /** 3号黑体, as 一、 headings. */
    public static XWPFRun headingText(XWPFParagraph p, String text) {
        return run(p, text, HEADING_FONT, BODY_SIZE, false);
    }

    /** 3号仿宋, the body. */
    public static XWPFRun bodyText(XWPFParagraph p, String text) {
        return run(p, text, BODY_FONT, BODY_SIZE, false);
    }

    /** 五号仿宋: captions and lists that must not crowd the page. */
    public static XWPFRun smallText(XWPFParagraph p, String text) {
        return run(p, text, BODY_FONT, TABLE_SIZE, false);
    }

    /** The text block's width in twips (156 mm). */
    public static int textWidth() {
        return TEXT_WIDTH;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
