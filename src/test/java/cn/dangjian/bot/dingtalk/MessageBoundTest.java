package cn.dangjian.bot.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MessageBoundTest {

    @Test
    void aLongTextIsCutAtALineBelowDingTalksLimitAndSaysSo() {
        String line = "- #12 3月15日 支部委员会会议 1次，参加7人，主题《" + "学".repeat(100) + "》（王芳）\n";
        Message.Markdown long_ = new Message.Markdown("3月记录", line.repeat(2000));

        byte[] bytes = long_.text().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(Message.MAX_TEXT_BYTES);
        assertThat(long_.text()).endsWith("》（王芳）" + Message.CUT);
        assertThat(new Message.Text("学".repeat(10_000)).content()).endsWith(Message.CUT)
                .satisfies(t -> assertThat(t.getBytes(StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(Message.MAX_TEXT_BYTES));
    }

    @Test
    void anOrdinaryMessageIsLeftAlone() {
        assertThat(new Message.Text("已记录：3月15日 支部委员会会议 1次。#2").content()).isEqualTo("已记录：3月15日 支部委员会会议 1次。#2");
        String emoji = "👍".repeat(2999);
        assertThat(new Message.Text(emoji).content()).isEqualTo(emoji);
    }
}
