package cn.dangjian.bot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import redis.embedded.RedisServer;

/**
 * How long a year-end draft takes: one branch with 10,000 records of the year, then 1,000 branches in a row, each
 * from its records in Redis to the Word file, as the bot makes them ({@link Drafts} on a real {@code ActivityStore}
 * and redis-server). Every figure is also given as a ratio to baselines measured in the same run: reading the year's
 * records and counters from Redis, and a Word file with the same paragraphs written by POI with no model, no template,
 * no styling and no table. Run by {@code bench/report/run.sh}; not a test.
 *
 * <p>Arguments: records of the big branch (10000), branches (1000), records per branch of the row (300).
 */
public final class DraftBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final String[] TOPICS = {"追寻红色足迹", "重温入党誓词", "学习贯彻党的二十大精神", "清明祭英烈",
        "《中国共产党章程》", "学习二十届四中全会精神", "党员志愿服务进社区", "廉洁文化进机关", "七一重温入党誓词",
        "学习《习近平谈治国理政》第四卷", "发扬斗争精神", "走进革命纪念馆", "国家安全教育日", "垃圾分类宣传"};

    private final DraftCompiler compiler = new DraftCompiler(Path.of("bot-config"));
    private final DocxDraft docx = new DocxDraft();

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int bigRecords = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int branches = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int perBranch = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        new DraftBench().run(bigRecords, branches, perBranch);
    }

    /** The 台账's count of files, as the bot has it (the duty reports timed here never ask it; no bytes are read). */
    private static cn.dangjian.bot.evidence.Ledger ledger(org.springframework.data.redis.core.StringRedisTemplate redis,
            ActivityStore store) {
        cn.dangjian.bot.evidence.EvidenceProperties properties = new cn.dangjian.bot.evidence.EvidenceProperties(
                cn.dangjian.bot.evidence.EvidenceProperties.Store.DIRECTORY, java.nio.file.Path.of("data/evidence"),
                org.springframework.util.unit.DataSize.ofMegabytes(20), 30,
                org.springframework.util.unit.DataSize.ofGigabytes(2), java.time.Duration.ofMinutes(30),
                java.time.Duration.ofMinutes(5),
                new cn.dangjian.bot.evidence.EvidenceProperties.S3(null, "us-east-1", null, null, null, true, ""));
        return new cn.dangjian.bot.evidence.Ledger(store,
                new cn.dangjian.bot.evidence.EvidenceStore(redis, store, properties), Year.CATALOGUE, null);
    }

    private void run(int bigRecords, int branches, int perBranch) throws IOException {
        System.out.printf(Locale.ROOT, "java %s, %d cores, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Year big = synthetic(bigRecords, 1);
        Tally tally = big.tally();
        DraftDocument draft = compiler.compile(model(big, tally));

        Supplier<Object> baseline = () -> plainDocx(draft);
        Supplier<Object> model = () -> model(big, tally);
        DraftModel built = model(big, tally);
        Supplier<Object> words = () -> compiler.compile(built);
        Supplier<Object> word = () -> docx.render(draft);
        for (int i = 0; i < 30; i++) {
            baseline.get();
            docx.render(compiler.compile(model(big, tally)));
        }
        System.out.printf(Locale.ROOT, "%nOne branch, %d records of the year, in memory (median of 40 runs, after 30 to"
                + " warm up)%n", bigRecords);
        double base = median(baseline, 40);
        row("baseline: same paragraphs, plain POI docx", base, base);
        row("model: progress, parts, points, problems", median(model, 40), base);
        row("wording: FreeMarker templates to the draft", median(words, 40), base);
        row("docx: GB/T 9704 layout and the table", median(word, 40), base);

        try (Redis redis = Redis.start()) {
            ActivityStore store = new ActivityStore(redis.template, Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"),
                    ZoneId.of("Asia/Shanghai")));
            Drafts drafts = new Drafts(store, Year.CATALOGUE, Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"),
                    ZoneId.of("Asia/Shanghai")), compiler, docx, Year.FRAMINGS, new Highlights(redis.template),
                    new BotMetrics(new SimpleMeterRegistry()), ledger(redis.template, store),
                    new Shapes(redis.template));
            Branch bigBranch = branch("big");
            load(store, bigBranch.id(), big);
            Supplier<Object> read = () -> List.of(store.year(bigBranch.id(), 2025), store.tally(bigBranch.id(), 2025));
            Supplier<Object> full = () -> drafts.docx(drafts.compose(bigBranch, 2025, DraftKind.DUTY_REPORT));
            for (int i = 0; i < 20; i++) {
                read.get();
                full.get();
            }
            System.out.printf(Locale.ROOT, "%nThe same branch from Redis, as the bot makes it (median of 30 runs)%n");
            double reading = median(read, 30);
            double whole = median(full, 30);
            row("baseline: read the year's records and tally", reading, reading);
            row("draft: read, model, wording, docx", whole, reading);
            System.out.printf(Locale.ROOT, "  %-46s %9s      x%.2f plain docx%n", "", "", whole / base);

            List<Branch> row = new ArrayList<>();
            for (int b = 0; b < branches; b++) {
                Branch branch = branch(String.format(Locale.ROOT, "b%04d", b));
                load(store, branch.id(), synthetic(perBranch, 1000 + b));
                row.add(branch);
            }
            double[] times = new double[branches];
            double[] reads = new double[branches];
            double[] plains = new double[branches];
            long start = System.nanoTime();
            for (int b = 0; b < branches; b++) {
                Branch branch = row.get(b);
                long t0 = System.nanoTime();
                byte[] file = drafts.docx(drafts.compose(branch, 2025, DraftKind.DUTY_REPORT));
                times[b] = (System.nanoTime() - t0) / 1e6;
                if (file.length == 0) {
                    throw new IllegalStateException("empty draft");
                }
            }
            double wall = (System.nanoTime() - start) / 1e3;
            for (int b = 0; b < branches; b++) {
                Branch branch = row.get(b);
                long t0 = System.nanoTime();
                store.year(branch.id(), 2025);
                store.tally(branch.id(), 2025);
                long t1 = System.nanoTime();
                reads[b] = (t1 - t0) / 1e6;
            }
            DraftDocument typical = drafts.compose(row.get(0), 2025, DraftKind.DUTY_REPORT).draft();
            for (int b = 0; b < branches; b++) {
                long t0 = System.nanoTime();
                plainDocx(typical);
                plains[b] = (System.nanoTime() - t0) / 1e6;
            }
            double readMedian = percentile(reads, 50);
            double plainMedian = percentile(plains, 50);
            System.out.printf(Locale.ROOT, "%n%d branches in a row from Redis, %d records each, records to .docx%n",
                    branches, perBranch);
            System.out.printf(Locale.ROOT, "  all drafts: %.1f s, %.1f ms a branch%n", wall / 1e6, wall / 1e3 / branches);
            row("baseline: read a branch's year (median)", readMedian, readMedian);
            System.out.printf(Locale.ROOT, "  %-46s %9.2f ms   x%.2f read%n", "baseline: plain POI docx (median)",
                    plainMedian, plainMedian / readMedian);
            for (int p : new int[] {50, 90, 99, 100}) {
                double t = percentile(times, p);
                System.out.printf(Locale.ROOT, "  %-46s %9.2f ms   x%.2f read   x%.2f plain docx%n",
                        "draft per branch, " + (p == 100 ? "max" : "p" + p), t, t / readMedian, t / plainMedian);
            }
        }
    }

    private static Branch branch(String id) {
        return new Branch(id, "机关第一党支部", List.of(), List.of(), List.of(), Year.DEMO.obligations(), null);
    }

    /** A year's records into the store as members would log them, twenty to a message to load quickly. */
    private static void load(ActivityStore store, String branchId, Year year) {
        List<Entry> batch = new ArrayList<>();
        int message = 0;
        for (ActivityRecord r : year.records) {
            batch.add(new Entry(r.activity(), r.date(), r.count(), r.participants(), r.topic(), r.amount()));
            if (batch.size() == 20) {
                store.log(branchId, batch, "member01", "王芳", branchId + "-" + message++);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.log(branchId, batch, "member01", "王芳", branchId + "-" + message);
        }
    }

    /** A redis-server of the bench's own, on a free port, without persistence: only reads are measured. */
    private static final class Redis implements AutoCloseable {
        final RedisServer server;
        final LettuceConnectionFactory factory;
        final StringRedisTemplate template;

        private Redis(RedisServer server, LettuceConnectionFactory factory) {
            this.server = server;
            this.factory = factory;
            this.template = new StringRedisTemplate(factory);
        }

        static Redis start() throws IOException {
            int port = cn.dangjian.bot.BotTest.freePort();
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("dir " + Files.createTempDirectory("dj-report-bench"))
                    .setting("appendonly no").setting("save \"\"").build();
            server.start();
            LettuceConnectionFactory factory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", port));
            factory.afterPropertiesSet();
            factory.start();
            return new Redis(server, factory);
        }

        @Override
        public void close() throws IOException {
            factory.destroy();
            server.stop();
        }
    }

    private static void row(String what, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "  %-46s %9.2f ms   x%.2f baseline%n", what, ms, ms / baseline);
    }

    private DraftModel model(Year year, Tally tally) {
        return DraftModel.of(DraftKind.DUTY_REPORT, year.year, TODAY, Year.DEMO, Year.CATALOGUE, year.records,
                new DraftModel.Context(Year.FRAMINGS.of(year.year), Year.FRAMINGS.of(year.year + 1),
                        Year.PARTY_MEMBERS, null, List.of()));
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
    static byte[] plainDocx(DraftDocument draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(draft.titleLine());
            for (DraftDocument.Block block : draft.blocks()) {
                String text = block instanceof DraftDocument.Heading h ? h.text()
                        : block instanceof DraftDocument.Paragraph p ? (p.lead() == null ? "" : p.lead().text()) + p.text()
                        : block instanceof DraftDocument.Closing c ? c.text() : ((DraftDocument.Table) block).caption();
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
