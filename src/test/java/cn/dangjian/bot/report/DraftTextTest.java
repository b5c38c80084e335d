package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DraftTextTest {

    static final DraftModel.Table TABLE = new DraftModel.Table(2, List.of(
            new DraftModel.Table.Row("主题党日", "每月", List.of("●", ""), 1, List.of())));
    static final DraftModel.Table NO_TABLE = new DraftModel.Table(2, List.of());

    static final String TEXT = """
            # 机关第一党支部书记
            2025年度抓党建工作述职报告

            2025年，本人坚持……
            现将情况报告如下：

            ## 一、履职情况

            ### （一）强化理论武装。
            一是抓实理论学习。
            二是丰富学习形式。

            [表] 表1　按月开展情况

            **一是组织生活存在断档。**4月至6月未记录支部活动。

            ### （二）单独成行的标题。

            >> 机关第一党支部

            >> 2026年1月10日
            """;

    @Test
    void blankLinesSeparateBlocksAndLinesOfABlockJoin() {
        DraftDocument draft = DraftText.read(TEXT, TABLE);

        assertThat(draft.title()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
        assertThat(draft.titleLine()).isEqualTo("机关第一党支部书记2025年度抓党建工作述职报告");
        assertThat(draft.blocks()).containsExactly(
                DraftDocument.Paragraph.plain("2025年，本人坚持……现将情况报告如下："),
                new DraftDocument.Heading("一、履职情况"),
                new DraftDocument.Paragraph(new DraftDocument.Lead("（一）强化理论武装。", DraftDocument.LeadStyle.SUBHEADING),
                        "一是抓实理论学习。二是丰富学习形式。"),
                new DraftDocument.Table("表1　按月开展情况", TABLE),
                new DraftDocument.Paragraph(new DraftDocument.Lead("一是组织生活存在断档。", DraftDocument.LeadStyle.BOLD), "4月至6月未记录支部活动。"),
                new DraftDocument.Paragraph(new DraftDocument.Lead("（二）单独成行的标题。", DraftDocument.LeadStyle.SUBHEADING), ""),
                new DraftDocument.Closing("机关第一党支部"),
                new DraftDocument.Closing("2026年1月10日"));
    }

    @Test
    void aBranchThatOwesNoneOfTheTablesRowsGetsNoTable() {
        assertThat(DraftText.read(TEXT, NO_TABLE).blocks()).noneMatch(b -> b instanceof DraftDocument.Table);
    }

    @Test
    void markdownKeepsTheStructureAndWritesTheTableAsATable() {
        assertThat(MarkdownDraft.render(DraftText.read(TEXT, TABLE))).isEqualTo("""
                # 机关第一党支部书记2025年度抓党建工作述职报告

                2025年，本人坚持……现将情况报告如下：

                ## 一、履职情况

                **（一）强化理论武装。**一是抓实理论学习。二是丰富学习形式。

                表1　按月开展情况

                | 项目 | 1月 | 2月 | 合计 |
                | --- | :-: | :-: | --: |
                | 主题党日（每月） | ● |  | 1 |

                **一是组织生活存在断档。**4月至6月未记录支部活动。

                ### （二）单独成行的标题。

                机关第一党支部

                2026年1月10日
                """);
    }

    @Test
    void aTemplateMustWriteItsTitleFirst() {
        assertThatThrownBy(() -> DraftText.read("正文\n\n# 标题\n", TABLE))
                .hasMessageContaining("the title must come first");
        assertThatThrownBy(() -> DraftText.read("正文\n", TABLE)).hasMessageContaining("no title");
    }
}
