package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "零, 0", "一, 1", "两, 2", "九, 9", "十, 10", "十五, 15", "二十, 20", "二十三, 23", "一百, 100",
            "一百零五, 105", "一百一十, 110", "三百二十五, 325", "一千零一, 1001", "三千二百, 3200", "两千五百, 2500",
            "一万, 10000", "一万二千, 12000", "十万, 100000", "三万零五十, 30050",
            // the colloquial short forms people type: 三千二 is 3200, 一百五 is 150, 两万五 is 25000
            "三千二, 3200", "一百五, 150", "两万五, 25000",
            // digit by digit, as years are written
            "二〇二六, 2026", "二零二五, 2025",
            "3200, 3200", "18, 18", "0, 0" })
    void readsNumeralsAsMembersWriteThem(String text, long expected) {
        assertThat(ChineseNumbers.parse(text)).isEqualTo(expected);
    }
}
