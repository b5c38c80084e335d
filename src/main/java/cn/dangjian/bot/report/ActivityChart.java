package cn.dangjian.bot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The draft's one chart: the year's 三会一课 and 主题党日 by month, as a PNG for the Word file. Its labels are Chinese,
 * so it needs a CJK font; a machine without one gets no chart (the draft goes out without it, never fails for it).
 */
public final class ActivityChart {

    private static final Logger log = LoggerFactory.getLogger(ActivityChart.class);

    /** Fonts that look right on a chart, best first; any other font that can show the labels will do. */
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Source Han Sans CN", "Microsoft YaHei", "PingFang SC", "SimHei", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Noto Sans SC", "Noto Serif CJK SC");
    static final String SAMPLE = "支部党员大会委会小组课主题日月次数";

    /** Width and height in pixels: 15 cm × 7 cm in the document at about 200 dpi, sharp when printed. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 560;

    private static final Color[] COLOURS = {new Color(0xB2, 0x22, 0x22), new Color(0xE0, 0x7B, 0x39),
        new Color(0xD4, 0xA0, 0x17), new Color(0x5B, 0x7D, 0xB1), new Color(0x7F, 0x7F, 0x7F)};

    private final Optional<String> family;

    /** A chart in the best CJK font this machine has, or none. */
    public ActivityChart() {
        this(SystemFonts.CJK);
    }

    /** A chart in {@code family}; empty means no CJK font, hence no chart. */
    ActivityChart(Optional<String> family) {
        this.family = family;
    }

    public boolean available() {
        return family.isPresent();
    }

    /** The PNG of {@code chart}, or empty when it shows nothing or no CJK font can label it. */
    public Optional<byte[]> png(DraftModel.Chart chart) {
        if (!chart.shown() || family.isEmpty()) {
            return Optional.empty();
        }
        Font labels = new Font(family.get(), Font.PLAIN, 34);
        CategoryChart bars = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).build();
        Styler styler = bars.getStyler();
        bars.getStyler().setChartTitleVisible(false)
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal)
                .setLegendFont(labels)
                .setLegendBorderColor(Color.WHITE)
                .setChartBackgroundColor(Color.WHITE)
                .setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(false)
                .setChartPadding(20);
        bars.getStyler().setAxisTickLabelsFont(labels)
                .setPlotGridVerticalLinesVisible(false)
                .setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD))
                .setPlotGridLinesStroke(new BasicStroke(1.5f))
                .setYAxisDecimalPattern("0")
                .setYAxisMin(0.0)
                .setYAxisMax((double) Math.max(2, max(chart) + 1))
                .setYAxisTickMarkSpacingHint(120)
                .setAxisTickMarkLength(6);
        bars.getStyler().setAvailableSpaceFill(0.8).setOverlapped(false);
        styler.setSeriesColors(Arrays.copyOf(COLOURS, Math.max(1, chart.series().size())));
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= chart.months(); m++) {
            months.add(m + "月");
        }
        for (DraftModel.Series series : chart.series()) {
            List<Number> counts = new ArrayList<>();
            for (long count : series.counts()) {
                counts.add(count);
            }
            bars.addSeries(series.label(), months, counts);
        }
        try {
            return Optional.of(BitmapEncoder.getBitmapBytes(bars, BitmapEncoder.BitmapFormat.PNG));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long max(DraftModel.Chart chart) {
        return chart.series().stream().flatMapToLong(s -> Arrays.stream(s.counts())).max().orElse(0);
    }

    /** Looking through the system's fonts takes a while: once per JVM. */
    private static final class SystemFonts {
        static final Optional<String> CJK = find();

        private static Optional<String> find() {
            try {
                List<String> installed = Arrays.asList(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
                Optional<String> found = PREFERRED.stream().filter(installed::contains).filter(SystemFonts::shows)
                        .findFirst()
                        .or(() -> installed.stream().filter(SystemFonts::shows).findFirst());
                if (found.isEmpty()) {
                    log.warn("No CJK font on this machine: drafts go out without their chart "
                            + "(install fonts-noto-cjk to have it)");
                }
                return found;
            }
            catch (RuntimeException | Error e) {
                log.warn("Fonts cannot be listed ({}): drafts go out without their chart", e.toString());
                return Optional.empty();
            }
        }

        private static boolean shows(String family) {
            return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
        }
    }
}
