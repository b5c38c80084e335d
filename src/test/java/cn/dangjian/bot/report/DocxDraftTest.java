package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/** Opens the Word file as Word would and checks it against GB/T 9704-2012. */
class DocxDraftTest {

    static final DraftCompiler COMPILER = new DraftCompiler(Path.of("bot-config"));

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static byte[] docx(Year year, DraftKind kind) {
        return new DocxDraft().render(COMPILER.compile(year.model(kind, DraftModelTest.AFTER_THE_YEAR)));
    }

    @Test
    void thePageIsA4WithTheMarginsOfOfficialDocuments() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertThat(twips(size.getW())).isEqualTo(11906);
            assertThat(twips(size.getH())).isEqualTo(16838);
            CTPageMar margins = section.getPgMar();
            assertThat(millimetres(margins.getTop())).isEqualTo(37.0);
            assertThat(millimetres(margins.getBottom())).isEqualTo(35.0);
            assertThat(millimetres(margins.getLeft())).isEqualTo(28.0);
            assertThat(millimetres(margins.getRight())).isEqualTo(26.0);
        }
    }

    @Test
    void theTitleIsCentredIn2HaoXiaobiaosong() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns()).allSatisfy(run -> assertFont(run, "方正小标宋简体", 22));
        }
    }

    @Test
    void thePageHasTheGridOf22LinesOf28Characters() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            CTDocGrid grid = section.getDocGrid();
            assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            long textHeight = 16838 - twips(section.getPgMar().getTop()) - twips(section.getPgMar().getBottom());
            long textWidth = 11906 - twips(section.getPgMar().getLeft()) - twips(section.getPgMar().getRight());
            long pitch = twips(grid.getLinePitch());
            assertThat(textHeight / pitch).isEqualTo(22);
            // a character of the grid: 16 pt and charSpace/4096 pt, in twips, 28 to a line
            double character = (16 + twips(grid.getCharSpace()) / 4096.0) * 20;
            assertThat((int) Math.floor(textWidth / character + 0.01)).isEqualTo(28);
            assertThat(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void theBodyIs3HaoFangsongOneGridLineALineIndentedTwoCharacters() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            XWPFParagraph opening = doc.getParagraphs().get(1);
            assertThat(opening.getText()).startsWith("2025年是“十四五”规划收官之年。一年来，本人带领支部22名党员");
            assertThat(opening.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
            assertThat(opening.getSpacingBetween()).isEqualTo(DocxDraft.LINE_PITCH / 20.0);
            assertThat(opening.getIndentationFirstLine()).isEqualTo(DocxDraft.INDENT);
            assertThat(opening.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            assertThat(opening.getSpacingBefore()).isZero();
            assertThat(opening.getSpacingAfter()).isZero();
            assertThat(opening.getRuns()).allSatisfy(run -> {
                assertFont(run, "仿宋_GB2312", 16);
                assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            });
        }
    }

    @Test
    void headingsAreHeitiAndSubheadingsKaiti() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.WORK_SUMMARY))) {
            XWPFParagraph heading = paragraph(doc, "一、主要工作");
            assertThat(heading.getRuns()).singleElement().satisfies(run -> assertFont(run, "黑体", 16));
            assertThat(heading.getIndentationFirstLine()).isEqualTo(DocxDraft.INDENT);
            assertThat(heading.getSpacingBetween()).isEqualTo(DocxDraft.LINE_PITCH / 20.0);

            XWPFParagraph part = paragraph(doc, "（二）严格组织生活，夯实支部基础。");
            assertThat(part.getRuns().get(0).text()).isEqualTo("（二）严格组织生活，夯实支部基础。");
            assertFont(part.getRuns().get(0), "楷体_GB2312", 16);
            assertThat(part.getRuns().get(1).text()).startsWith("支部以建设模范机关为目标，按照《中国共产党支部工作条例（试行）》规范组织生活");
            assertFont(part.getRuns().get(1), "仿宋_GB2312", 16);
        }
        Year gaps = DraftModelTest.regular();
        gaps.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() == 3);
        try (XWPFDocument doc = open(docx(gaps, DraftKind.WORK_SUMMARY))) {
            XWPFParagraph problem = paragraph(doc, "一是主题党日活动开展不够规律。");
            assertThat(problem.getRuns().get(0).isBold()).isTrue();
            assertFont(problem.getRuns().get(0), "仿宋_GB2312", 16);
        }
    }

    @Test
    void whatTheSecretaryMustCheckIsHighlighted() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            List<XWPFRun> marked = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> DraftDocument.TO_EDIT.equals(r.text())).toList();
            // last year's 述职评议 and the year's shortcomings, which no record gives
            assertThat(marked).hasSize(2).allSatisfy(r -> assertThat(r.isHighlighted()).isTrue());
        }
    }

    /**
     * GB/T 9704 7.3.5.2, a document without a seal: one blank line above, the signature two characters from the right,
     * the date under it beginning two characters further right; a date longer than that ends two characters from the
     * right and pushes the signature left.
     */
    @Test
    void theSignatureIsTwoCharactersFromTheRightAndTheDateTwoFurtherRight() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            XWPFParagraph signature = paragraphs.get(paragraphs.size() - 2);
            assertThat(signature.getText()).isEqualTo("机关第一党支部书记　张明");
            assertThat(date.getText()).isEqualTo("2026年1月10日");
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(signature.getIndentationRight()).isEqualTo((int) Math.round(2 * DocxDraft.CHARACTER));
            // 12 characters of signature, 6.5 of date: the date begins two characters right of the signature
            assertThat(date.getIndentationRight()).isEqualTo((int) Math.round(5.5 * DocxDraft.CHARACTER));
            assertThat(signature.getSpacingBefore()).isEqualTo(DocxDraft.LINE_PITCH);
            assertThat(signature.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(paragraphs.get(paragraphs.size() - 3).getCTP().getPPr().isSetKeepNext()).isTrue();
        }
        // 机关第一党支部 is 7 characters, the date 6.5: the date ends two from the right, the signature 3.5
        assertThat(DocxDraft.closingIndents(List.of("机关第一党支部", "2026年1月10日"))).containsExactly(3.5, 2.0);
    }

    /** The font table gives each font GB/T 9704 names the one Windows and WPS have in its place. */
    @Test
    void fontsAreNamedWithTheFontsThatStandInForThem() throws Exception {
        byte[] file = docx(DraftModelTest.regular(), DraftKind.WORK_SUMMARY);
        try (XWPFDocument doc = open(file)) {
            var part = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
            String xml = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>",
                    "<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>",
                    "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>", "<w:charset w:val=\"86\"/>");
            assertThat(doc.getPackagePart().getRelationshipsByType(
                    org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation())).hasSize(1);
        }
    }

    @Test
    void pagesAreNumberedAtTheOuterEdgeIn4HaoSongti() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertPageNumber(odd, ParagraphAlignment.RIGHT);
            assertPageNumber(even, ParagraphAlignment.LEFT);
            assertThat(odd.getParagraphs().get(0).getIndentationRight()).isEqualTo(280);
            assertThat(even.getParagraphs().get(0).getIndentationLeft()).isEqualTo(280);
        }
    }

    @Test
    void theWorkSummaryHasTheThreeMeetingsTableAndTheDutyReportNone() throws IOException {
        try (XWPFDocument summary = open(docx(DraftModelTest.regular(), DraftKind.WORK_SUMMARY));
                XWPFDocument duty = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT))) {
            assertThat(duty.getTables()).isEmpty();
            assertThat(summary.getAllPictures()).isEmpty();
            XWPFTable table = summary.getTables().get(0);
            assertThat(table.getRows()).hasSize(5);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("项目", "要求", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "合计");
            assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("支部党员大会", "每季度", "", "", "●", "", "", "●", "", "", "●", "", "", "●", "4");
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(10.5);
            // 支部委员会会议 on one line: its column, in the grid LibreOffice and WPS size by, holds eight characters
            var grid = table.getCTTbl().getTblGrid().getGridColList();
            assertThat(grid).hasSize(15);
            assertThat(((java.math.BigInteger) grid.get(0).getW()).intValue()).isGreaterThanOrEqualTo(8 * 210 + 216);
            assertThat(grid.stream().mapToInt(c -> ((java.math.BigInteger) c.getW()).intValue()).sum())
                    .isLessThanOrEqualTo(DocxDraft.textWidth());
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            XWPFParagraph caption = paragraph(summary, "表1");
            assertThat(caption.getText()).isEqualTo("表1　2025年“三会一课”和主题党日开展情况（●为当月已开展）");
            assertThat(caption.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void anEmptyYearIsAShortDocumentWithoutTable() throws IOException {
        try (XWPFDocument doc = open(docx(new Year(2025), DraftKind.WORK_SUMMARY))) {
            assertThat(doc.getParagraphs()).hasSizeLessThan(20);
            assertThat(doc.getParagraphs().get(2).getText()).startsWith("支部现有党员22名，设支部委员会");
            assertThat(doc.getParagraphs().get(4).getText()).startsWith("经查，党建助手中未记录本支部2025年度开展的活动");
        }
    }

    private static void assertPageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().get(0);
        assertThat(p.getAlignment()).isEqualTo(side);
        assertThat(p.getText()).isEqualTo("— 1 —");
        assertThat(p.getCTP().xmlText()).contains("w:instrText", " PAGE ", "w:fldChar");
        assertThat(p.getRuns()).allSatisfy(run -> assertFont(run, "宋体", 14));
    }

    private static void assertFont(XWPFRun run, String eastAsia, double size) {
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as(run.text()).isEqualTo(eastAsia);
        assertThat(run.getFontSizeAsDouble()).as(run.text()).isEqualTo(size);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    private static double millimetres(Object twips) {
        return Math.round(twips(twips) * 25.4 / 1440 * 10) / 10.0;
    }
}
