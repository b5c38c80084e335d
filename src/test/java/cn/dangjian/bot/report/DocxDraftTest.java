package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Opens the Word file as Word would and checks it against GB/T 9704-2012. */
class DocxDraftTest {

    static final DraftCompiler COMPILER = new DraftCompiler(Path.of("bot-config"));

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static byte[] docx(Year year, DraftKind kind, ActivityChart chart) {
        return new DocxDraft(chart).render(COMPILER.compile(year.model(kind, DraftModelTest.AFTER_THE_YEAR)));
    }

    @Test
    void thePageIsA4WithTheMarginsOfOfficialDocuments() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
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
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns()).allSatisfy(run -> assertFont(run, "方正小标宋简体", 22));
        }
    }

    @Test
    void theBodyIs3HaoFangsongOnFixed28PointLinesIndentedTwoCharacters() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
            XWPFParagraph opening = doc.getParagraphs().get(1);
            assertThat(opening.getText()).startsWith("2025年，本人坚持");
            assertThat(opening.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
            assertThat(opening.getSpacingBetween()).isEqualTo(28.0);
            assertThat(opening.getIndentationFirstLine()).isEqualTo(640);
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
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.WORK_SUMMARY, new ActivityChart()))) {
            XWPFParagraph heading = paragraph(doc, "一、主要工作");
            assertThat(heading.getRuns()).singleElement().satisfies(run -> assertFont(run, "黑体", 16));
            assertThat(heading.getIndentationFirstLine()).isEqualTo(640);
            assertThat(heading.getSpacingBetween()).isEqualTo(28.0);

            XWPFParagraph part = paragraph(doc, "（一）严肃党内政治生活，全面加强组织建设。");
            assertThat(part.getRuns().get(0).text()).isEqualTo("（一）严肃党内政治生活，全面加强组织建设。");
            assertFont(part.getRuns().get(0), "楷体_GB2312", 16);
            assertThat(part.getRuns().get(1).text()).startsWith("一是严格落实“三会一课”制度。");
            assertFont(part.getRuns().get(1), "仿宋_GB2312", 16);

            XWPFParagraph problem = paragraph(doc, "一是理论学习的深度和系统性还不够。");
            assertThat(problem.getRuns().get(0).isBold()).isTrue();
            assertFont(problem.getRuns().get(0), "仿宋_GB2312", 16);
        }
    }

    @Test
    void whatTheSecretaryMustCheckIsHighlighted() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
            List<XWPFRun> marked = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> DraftDocument.TO_EDIT.equals(r.text())).toList();
            assertThat(marked).hasSize(4).allSatisfy(r -> assertThat(r.isHighlighted()).isTrue());
        }
    }

    @Test
    void theSignatureStandsRightFourCharactersIn() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.WORK_SUMMARY, new ActivityChart()))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            assertThat(date.getText()).isEqualTo("2026年1月10日");
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(date.getIndentationRight()).isEqualTo(1280);
            assertThat(paragraphs.get(paragraphs.size() - 3).getCTP().getPPr().isSetKeepNext()).isTrue();
        }
    }

    @Test
    void pagesAreNumberedAtTheOuterEdgeIn4HaoSongti() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
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
    void theChartIsEmbeddedAsAPictureOnItsOwnLine() throws IOException {
        try (XWPFDocument doc = open(docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart()))) {
            assertThat(doc.getAllPictures()).singleElement()
                    .satisfies(p -> assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG));
            XWPFParagraph picture = doc.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty()))
                    .findFirst().orElseThrow();
            assertThat(picture.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(picture.getSpacingLineRule()).isEqualTo(LineSpacingRule.AUTO);
            XWPFParagraph caption = doc.getParagraphs().get(doc.getParagraphs().indexOf(picture) + 1);
            assertThat(caption.getText()).isEqualTo("图1　2025年“三会一课”和主题党日开展情况（按月）");
        }
    }

    @Test
    void withoutACjkFontTheDraftGoesOutWithoutItsChart() throws IOException {
        byte[] withChart = docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart());
        byte[] without = docx(DraftModelTest.regular(), DraftKind.DUTY_REPORT, new ActivityChart(Optional.empty()));
        try (XWPFDocument doc = open(without); XWPFDocument full = open(withChart)) {
            assertThat(doc.getAllPictures()).isEmpty();
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("图1"));
            assertThat(doc.getParagraphs().size()).isEqualTo(full.getParagraphs().size() - 2);
        }
    }

    @Test
    void anEmptyYearIsAShortDocumentWithoutChart() throws IOException {
        try (XWPFDocument doc = open(docx(new Year(2025), DraftKind.DUTY_REPORT, new ActivityChart()))) {
            assertThat(doc.getAllPictures()).isEmpty();
            assertThat(doc.getParagraphs()).hasSizeLessThan(15);
            assertThat(doc.getParagraphs().get(3).getText()).startsWith("经查，党建助手中未记录本支部2025年度开展的活动");
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
