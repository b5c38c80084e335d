package cn.dangjian.bot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;

/**
 * How long a year-end draft takes: one branch with 10,000 records of the year, then 1,000 branches in a row, each
 * from its records and tally to the Word file. Every figure is also given as a ratio to a baseline measured in the same
 * run: a Word file with the same paragraphs written by POI with no model, no template, no styling and no chart.
 * Run by {@code bench/report/run.sh}; not a test.
 *
 * <p>Arguments: records of the big branch (10000), branches (1000), records per branch of the row (300).
 */
public final class DraftBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final String[] TOPICS = {"追寻红色足迹", "重温入党誓词", "学习贯彻党的二十大精神", "清明祭英烈",
        "《中国共产党章程》", "学习二十届四中全会精神", "党员志愿服务进社区", "廉洁文化进机关", "七一重温入党誓词",
        "学习《习近平谈治国理政》第四卷", "发扬斗争精神", "走进革命纪念馆", "国家安全教育日", "垃圾分类宣传"};

    private final DraftCompiler compiler = new DraftCompiler(Path.of("bot-config"));
    private final DocxDraft docx = new DocxDraft(new ActivityChart());

    public static void main(String[] args) {
        int bigRecords = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int branches = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int perBranch = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        new DraftBench().run(bigRecords, branches, perBranch);
    }

    private void run(int bigRecords, int branches, int perBranch) {
        System.out.printf(Locale.ROOT, "java %s, %d cores, chart font: %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), new ActivityChart().available() ? "yes" : "none (no chart)");
        Year big = synthetic(bigRecords, 1);
        Tally tally = big.tally();
        Draft draft = compiler.compile(model(big, tally));

        Supplier<Object> baseline = () -> plainDocx(draft);
        Supplier<Object> model = () -> model(big, tally);
        DraftModel built = model(big, tally);
        Supplier<Object> words = () -> compiler.compile(built);
        Supplier<Object> word = () -> docx.render(draft);
        Supplier<Object> full = () -> docx.render(compiler.compile(model(big, big.tally())));

        for (int i = 0; i < 30; i++) {
            baseline.get();
            full.get();
        }
        System.out.printf(Locale.ROOT, "%nOne branch, %d records of the year (median of 40 runs, after 30 to warm up)%n",
                bigRecords);
        double base = median(baseline, 40);
        row("baseline: same paragraphs, plain POI docx", base, base);
        row("model: tally, progress, parts, problems", median(model, 40), base);
        row("wording: FreeMarker templates to the draft", median(words, 40), base);
        row("docx: GB/T 9704 layout and the chart", median(word, 40), base);
        row("draft from records to .docx (incl. tally)", median(full, 40), base);

        double[] times = new double[branches];
        double[] baselines = new double[branches];
        long start = System.nanoTime();
        double generating = 0;
        for (int b = 0; b < branches; b++) {
            long g = System.nanoTime();
            Year year = synthetic(perBranch, 1000 + b);
            generating += (System.nanoTime() - g) / 1e6;
            long t0 = System.nanoTime();
            Draft d = compiler.compile(model(year, year.tally()));
            byte[] file = docx.render(d);
            long t1 = System.nanoTime();
            plainDocx(d);
            long t2 = System.nanoTime();
            times[b] = (t1 - t0) / 1e6;
            baselines[b] = (t2 - t1) / 1e6;
            if (file.length == 0) {
                throw new IllegalStateException("empty draft");
            }
        }
        double wall = (System.nanoTime() - start) / 1e6 - generating;
        Arrays.sort(times);
        double baseMedian = percentile(baselines, 50);
        System.out.printf(Locale.ROOT, "%n%d branches in a row, %d records each, records to .docx%n", branches, perBranch);
        System.out.printf(Locale.ROOT, "  total %.1f s (drafts and their baselines; generating records excluded)%n",
                wall / 1000);
        row("baseline per branch (median)", baseMedian, baseMedian);
        row("draft per branch, median", percentile(times, 50), baseMedian);
        row("draft per branch, p90", percentile(times, 90), baseMedian);
        row("draft per branch, p99", percentile(times, 99), baseMedian);
        row("draft per branch, max", times[times.length - 1], baseMedian);
        row("draft per branch, mean", Arrays.stream(times).average().orElse(0), baseMedian);
    }

    private static void row(String what, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "  %-46s %9.2f ms   x%.2f baseline%n", what, ms, ms / baseline);
    }

    private DraftModel model(Year year, Tally tally) {
        Progress progress = Progress.ofYear(year.year, TODAY, Year.CATALOGUE, Year.DEMO.obligations(), tally);
        return DraftModel.of(DraftKind.DUTY_REPORT, year.year, TODAY, Year.DEMO, Year.CATALOGUE, year.records, tally,
                progress);
    }

    /** A busy year: the obligations most months, the rest at random; topics, participants and dues as people log them. */
    static Year synthetic(int records, long seed) {
        Random random = new Random(seed);
        List<Activity> activities = Year.CATALOGUE.all();
        Year year = new Year(2025);
        for (int i = 0; i < records; i++) {
            Activity activity = activities.get(random.nextInt(activities.size()));
            int month = 1 + random.nextInt(12);
            if (month == 8 && random.nextInt(3) > 0) {
                month = 9;
            }
            year.log(activity.key(), month, 1 + random.nextInt(28), 1 + random.nextInt(2),
                    random.nextInt(4) == 0 ? null : 5 + random.nextInt(40),
                    random.nextInt(3) == 0 ? TOPICS[random.nextInt(TOPICS.length)] : null,
                    activity.countsMoney() ? (100 + random.nextInt(5000)) + "." + random.nextInt(10) + "0" : null);
        }
        return year;
    }

    /** The baseline: the draft's paragraphs in a Word file, as POI writes them with nothing else. */
    static byte[] plainDocx(Draft draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(draft.titleLine());
            for (Draft.Block block : draft.blocks()) {
                String text = block instanceof Draft.Heading h ? h.text()
                        : block instanceof Draft.Paragraph p ? (p.lead() == null ? "" : p.lead().text()) + p.text()
                        : block instanceof Draft.Closing c ? c.text() : ((Draft.Figure) block).caption();
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(Supplier<Object> work, int runs) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return percentile(times, 50);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
