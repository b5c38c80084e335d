package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branch;
import redis.embedded.RedisServer;

/**
 * Evidence at a busy branch's scale: 1,000 photos of 2 MB attached to a year's meetings (each photo as a member's
 * message brings it once it is fetched: type sniffed, SHA-256, kept in the directory store, attached in Redis), then the
 * year's 台账 exported: the Word file (photos scaled, at most four a meeting) and the zip of every original, streamed to
 * a file. Time and peak heap of each phase; run with a small heap ({@code -Xmx512m}) the zip of 2 GB shows that the
 * export streams. Run by {@code bench/evidence/run.sh}; not a test.
 *
 * <p>Arguments: photos (1000), megabytes a photo (2), meetings (100).
 */
public final class EvidenceBench {

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int meetings = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path work = Files.createTempDirectory("dj-evidence-bench");
        int port = cn.dangjian.bot.BotTest.freePort();
        RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("dir " + work).setting("appendonly no").setting("save \"\"").build();
        server.start();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        try {
            run(new StringRedisTemplate(factory), work, photos, megabytes, meetings);
        }
        finally {
            factory.destroy();
            server.stop();
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(StringRedisTemplate redis, Path work, int photos, int megabytes, int meetings)
            throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        ActivityStore records = new ActivityStore(redis, clock);
        EvidenceProperties properties = new EvidenceProperties(EvidenceProperties.Store.DIRECTORY, work.resolve("blobs"),
                DataSize.ofMegabytes(20), 30, DataSize.ofGigabytes(100), Duration.ofMinutes(30), Duration.ofMinutes(5),
                new EvidenceProperties.S3(null, "us-east-1", null, null, null, true, ""));
        Blobs blobs = new DirectoryBlobs(properties.dir());
        EvidenceStore evidence = new EvidenceStore(redis, records, properties);
        Ledger ledger = new Ledger(records, evidence, catalogue, blobs);
        Branch branch = new Branch("bench", "机关第一党支部", List.of(), List.of(), List.of(), java.util.Map.of(), null);

        String[] kinds = { "theme_party_day", "branch_committee_meeting", "branch_member_meeting", "party_lecture" };
        List<ActivityRecord> logged = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            LocalDate date = LocalDate.of(2026, 1 + i * 12 / meetings, 1 + i % 28);
            logged.addAll(records.log(branch.id(), List.of(new Entry(kinds[i % kinds.length], date, 1, 20,
                    "第" + (i + 1) + "次学习", null)), "member01", "王芳", "bench-" + i));
        }
        byte[] photo = Files.readAllBytes(photo(work, megabytes));
        Path file = work.resolve("incoming.jpg");
        Random random = new Random(1);
        System.out.printf(Locale.ROOT, "evidence bench: %d photos of %.1f MB on %d meetings (%s, %d cores, load %.1f)%n",
                photos, photo.length / 1048576.0, meetings, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        resetPeaks();
        long start = System.nanoTime();
        for (int i = 0; i < photos; i++) {
            // distinct bytes each time (after the JPEG's end, where readers never look), so every photo is kept
            byte[] tail = new byte[16];
            random.nextBytes(tail);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(photo);
                out.write(tail);
            }
            FileType type = FileType.of(file, null).orElseThrow();
            String sha = Intake.sha256(file);
            blobs.put(sha, file, Files.size(file));
            ActivityRecord record = logged.get(i % logged.size());
            EvidenceStore.Outcome outcome = evidence.attach(branch.id(), record.id(), new Evidence(sha,
                    Evidence.Kind.PHOTO, "", type.extension(), Files.size(file), "member01", "王芳", clock.instant(),
                    "photo-" + i));
            if (outcome != EvidenceStore.Outcome.OK) {
                throw new IllegalStateException("photo " + i + ": " + outcome);
            }
        }
        report("attach " + photos + " photos (sniff, SHA-256, keep, attach)", start, photos);

        resetPeaks();
        start = System.nanoTime();
        List<Ledger.Meeting> year = ledger.meetings(branch, 2026);
        byte[] docx = ledger.docx(branch, 2026, null, year, clock.getZone());
        report(String.format(Locale.ROOT, "ledger .docx (%d meetings, %.1f MB)", year.size(), docx.length / 1048576.0),
                start, 0);

        resetPeaks();
        start = System.nanoTime();
        Path zip = work.resolve("ledger.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ledger.zip("台账.docx", docx, year, out);
        }
        report(String.format(Locale.ROOT, "ledger .zip streamed to disk (%.0f MB)", Files.size(zip) / 1048576.0),
                start, 0);
    }

    /** A JPEG of about {@code megabytes}: noise, which JPEG cannot shrink, at the size of a phone's photo. */
    private static Path photo(Path work, int megabytes) throws IOException {
        Random random = new Random(7);
        int side = 1000;
        byte[] jpeg;
        do {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(side * 4 / 3, side,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", out);
            jpeg = out.toByteArray();
            side += 200;
        }
        while (jpeg.length < megabytes * 1024 * 1024 * 0.95);
        Path path = work.resolve("photo.jpg");
        Files.write(path, jpeg);
        return path;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static void report(String what, long start, int count) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "  %-60s %8.1f s %s  peak heap %5.0f MB (max %d MB)%n", what, seconds,
                count > 0 ? String.format(Locale.ROOT, "(%5.1f ms each)", seconds * 1000 / count) : "                ",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
}
