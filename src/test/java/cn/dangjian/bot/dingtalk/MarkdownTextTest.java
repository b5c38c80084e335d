package cn.dangjian.bot.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void aLinkInAMembersTopicReadsAsTextWithItsAddressInView() {
        assertThat(MarkdownText.literal("[点此领取补贴](http://evil.example/x)"))
                .isEqualTo("［点此领取补贴］（http：//evil.example/x）");
    }

    @Test
    void headingsListsQuotesImagesAndHtmlCannotStart() {
        assertThat(MarkdownText.literal("学习\n# 标题\n- 列表")).isEqualTo("学习 # 标题 - 列表");
        assertThat(MarkdownText.literal("# 标题")).isEqualTo("＃ 标题");
        assertThat(MarkdownText.literal(" \n#标题")).isEqualTo(" ＃标题");
        assertThat(MarkdownText.literal("- 列表")).isEqualTo("－ 列表");
        assertThat(MarkdownText.literal("1. 第一")).isEqualTo("1． 第一");
        assertThat(MarkdownText.literal("![x](http://a/b.png) <b>粗</b> **粗** _斜_ `码` >引"))
                .doesNotContain("[", "]", "(", ")", "<", ">", "*", "_", "`", "://");
    }

    @Test
    void aRecordsIdMidLineReadsAsTyped() {
        assertThat(MarkdownText.literal("已记录：10月 支部党员大会 1次。#6 撤销 #6、#7"))
                .isEqualTo("已记录：10月 支部党员大会 1次。#6 撤销 #6、#7");
    }

    @Test
    void chineseTextAndNumbersStayAsTyped() {
        assertThat(MarkdownText.literal("学习贯彻党的二十届四中全会精神，3,200.50元；2026年3月")).isEqualTo(
                "学习贯彻党的二十届四中全会精神，3,200.50元；2026年3月");
        assertThat(MarkdownText.literal(null)).isNull();
    }
}
