package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ActivityChartTest {

    static final DraftModel.Chart CHART = new DraftModel.Chart(true, 12, List.of(
            new DraftModel.Series("branch_committee_meeting", "支委会", new long[] {1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 2}),
            new DraftModel.Series("theme_party_day", "主题党日", new long[] {1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1})));

    @Test
    void drawsTheMonthsAsAPictureForTheDocument() throws IOException {
        ActivityChart chart = new ActivityChart();
        assertThat(chart.available()).as("a CJK font is installed (Debian: fonts-noto-cjk)").isTrue();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(CHART).orElseThrow()));

        assertThat(image.getWidth()).isEqualTo(ActivityChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ActivityChart.HEIGHT);
    }

    @Test
    void withoutACjkFontThereIsNoChart() {
        assertThat(new ActivityChart(Optional.empty()).png(CHART)).isEmpty();
    }

    @Test
    void aYearWithoutMeetingsHasNoChart() {
        assertThat(new ActivityChart().png(new DraftModel.Chart(false, 12, List.of()))).isEmpty();
    }
}
