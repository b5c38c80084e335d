package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DraftTextTest {

    static final DraftModel.Chart CHART = new DraftModel.Chart(true, 12,
            List.of(new DraftModel.Series("theme_party_day", "主题党日", new long[12])));
    static final DraftModel.Chart NO_CHART = new DraftModel.Chart(false, 12, List.of());

    static final String TEXT = """
            # 机关第一党支部书记
            2025年度抓党建工作述职报告

            2025年，本人坚持……
            现将情况报告如下：

            ## 一、履职情况

            ### （一）强化理论武装。
            一是抓实理论学习。
            二是丰富学习形式。

            [图] 图1　按月开展情况

            **一是组织生活存在断档。**4月至6月未记录支部活动。

            ### （二）单独成行的标题。

            >> 机关第一党支部
            """;

    @Test
    void blankLinesSeparateBlocksAndLinesOfABlockJoin() {
        DraftDocument draft = DraftText.read(TEXT, CHART);

        assertThat(draft.title()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
        assertThat(draft.titleLine()).isEqualTo("机关第一党支部书记2025年度抓党建工作述职报告");
        assertThat(draft.blocks()).containsExactly(
                DraftDocument.Paragraph.plain("2025年，本人坚持……现将情况报告如下："),
                new DraftDocument.Heading("一、履职情况"),
                new DraftDocument.Paragraph(new DraftDocument.Lead("（一）强化理论武装。", DraftDocument.LeadStyle.SUBHEADING),
                        "一是抓实理论学习。二是丰富学习形式。"),
                new DraftDocument.Figure("图1　按月开展情况", CHART),
                new DraftDocument.Paragraph(new DraftDocument.Lead("一是组织生活存在断档。", DraftDocument.LeadStyle.BOLD), "4月至6月未记录支部活动。"),
                new DraftDocument.Paragraph(new DraftDocument.Lead("（二）单独成行的标题。", DraftDocument.LeadStyle.SUBHEADING), ""),
                new DraftDocument.Closing("机关第一党支部"));
    }

    @Test
    void aChartWithNothingToShowLeavesNoFigure() {
        assertThat(DraftText.read(TEXT, NO_CHART).blocks()).noneMatch(b -> b instanceof DraftDocument.Figure);
    }

    @Test
    void markdownKeepsTheStructureAndLeavesTheChartToWord() {
        assertThat(MarkdownDraft.render(DraftText.read(TEXT, CHART))).isEqualTo("""
                # 机关第一党支部书记2025年度抓党建工作述职报告

                2025年，本人坚持……现将情况报告如下：

                ## 一、履职情况

                **（一）强化理论武装。**一是抓实理论学习。二是丰富学习形式。

                **一是组织生活存在断档。**4月至6月未记录支部活动。

                ### （二）单独成行的标题。

                机关第一党支部
                """);
    }

    @Test
    void aTemplateMustWriteItsTitleFirst() {
        assertThatThrownBy(() -> DraftText.read("正文\n\n# 标题\n", CHART))
                .hasMessageContaining("the title must come first");
        assertThatThrownBy(() -> DraftText.read("正文\n", CHART)).hasMessageContaining("no title");
    }
}
