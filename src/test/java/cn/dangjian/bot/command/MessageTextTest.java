package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "３月１５日召开支委会，１８人参加|3月15日召开支委会,18人参加",
            "@党建助手 撤销 ＃１２|撤销#12",
            "@党建助手\u2005今天 开了 支委会|今天开了支委会",
            "@党建助手 @张三 帮助|帮助",
            "@党建助手|''",
            "'  支 委 会  2 次 '|支委会2次",
            "党费 3,200.50元 已收齐|党费3,200.50元已收齐",
            "主题《牢记初心使命》|主题《牢记初心使命》",
            "主题是“学雷锋”|主题是“学雷锋”",
            "绑定 demo branch|绑定demo branch",
            "ＨＥＬＰ|HELP",
            "￥3200|¥3200",
            "\u3000帮助\u3000|帮助",
            "支委\u200b会|支委会",
            "党费 11月 2860|党费11月 2860",
            "党费收缴 12月 2,960|党费收缴12月 2,960",
            "支委会 11月 28，5人参加|支委会11月28,5人参加" })
    void normalisesWhatDingTalkDelivers(String raw, String expected) {
        assertThat(MessageText.normalise(raw)).isEqualTo(expected);
    }
}
