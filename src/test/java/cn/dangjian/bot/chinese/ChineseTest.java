package cn.dangjian.bot.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;

class ChineseTest {

    @Test
    void datesReadAsChineseWritesThem() {
        LocalDate march15 = LocalDate.of(2026, 3, 15);

        assertThat(Chinese.date(march15)).isEqualTo("2026年3月15日");
        assertThat(Chinese.monthDay(march15)).isEqualTo("3月15日");
        assertThat(Chinese.dateFrom(march15, LocalDate.of(2026, 11, 29))).isEqualTo("3月15日");
        assertThat(Chinese.dateFrom(march15, LocalDate.of(2027, 1, 2))).isEqualTo("2026年3月15日");
        assertThat(Chinese.yearMonth(2026, 3)).isEqualTo("2026年3月");
        assertThat(Chinese.dateWeekdayTime(LocalDateTime.of(2026, 3, 25, 9, 5))).isEqualTo("2026年3月25日（星期三）09:05");
        assertThat(Chinese.dateTime(LocalDateTime.of(2026, 1, 5, 10, 20))).isEqualTo("2026年1月5日 10:20");
        assertThat(Chinese.weekday(DayOfWeek.SUNDAY)).isEqualTo("星期日");
    }

    @Test
    void amountsInChatAreGroupedAndReportsWriteWholeYuanPlainly() {
        assertThat(Chinese.money(new BigDecimal("3200"))).isEqualTo("3,200元");
        assertThat(Chinese.money(new BigDecimal("3200.50"))).isEqualTo("3,200.50元");
        assertThat(Chinese.money(new BigDecimal("3200.5"))).isEqualTo("3,200.50元");
        assertThat(Chinese.reportMoney(new BigDecimal("3200.00"))).isEqualTo("3200元");
        assertThat(Chinese.reportMoney(new BigDecimal("12600"))).isEqualTo("12600元");
        assertThat(Chinese.reportMoney(new BigDecimal("3200.50"))).isEqualTo("3200.50元");
        assertThat(Chinese.reportMoney(new BigDecimal("86.05"))).isEqualTo("86.05元");
    }

    @Test
    void theMachinesLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            // German groups with '.' and writes the decimal comma; Arabic has its own digits
            for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(locale);
                assertThat(Chinese.money(new BigDecimal("3200.50"))).isEqualTo("3,200.50元");
                assertThat(Chinese.reportMoney(new BigDecimal("3200.50"))).isEqualTo("3200.50元");
                assertThat(Chinese.dateWeekdayTime(LocalDateTime.of(2026, 3, 25, 9, 5)))
                        .isEqualTo("2026年3月25日（星期三）09:05");
            }
        }
        finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void monthsInARowReadAsARunQuartersOneByOne() {
        assertThat(Period.labels(List.of(month(3), month(5), month(6), month(7), month(9))))
                .isEqualTo("3月、5月至7月、9月");
        assertThat(Period.labels(List.of(month(1), month(2)))).isEqualTo("1月、2月");
        assertThat(Period.labels(List.of(new Period(Cadence.QUARTERLY, 2025, 1),
                new Period(Cadence.QUARTERLY, 2025, 2), new Period(Cadence.QUARTERLY, 2025, 3))))
                .isEqualTo("第一季度、第二季度、第三季度");
        assertThat(Chinese.monthRun(1, 10)).isEqualTo("1月至10月");
    }

    @Test
    void numeralsUpToNinetyNine() {
        assertThat(Chinese.numeral(1)).isEqualTo("一");
        assertThat(Chinese.numeral(10)).isEqualTo("十");
        assertThat(Chinese.numeral(12)).isEqualTo("十二");
        assertThat(Chinese.numeral(21)).isEqualTo("二十一");
        assertThat(Chinese.numeral(100)).isEqualTo("100");
    }

    private static Period month(int m) {
        return new Period(Cadence.MONTHLY, 2025, m);
    }
}
