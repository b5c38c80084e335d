package cn.dangjian.bot.committee;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.branch.Shapes;
import org.springframework.data.redis.core.script.RedisScript;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.redis.EmbeddedRedis;
import cn.dangjian.bot.report.DocxDraft;
import redis.embedded.RedisServer;

/**
 * A committee of N branches (default 500) with R records each this year (default 200) in a real redis-server: the
 * progress answer (counters read in one pipeline, progress computed, the text) and the heat map, against reading the
 * same counters alone and against reading every record of the branches; the committee's 党建工作总结 (every record); then Redis memory per record
 * (INFO used_memory before and after, and MEMORY USAGE of one branch's keys) and the projection for 100,000 branches
 * × 200 records a year. Run by {@code bench/committee/run.sh}; not a test.
 */
public final class CommitteeBench {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        int branchCount = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int perBranch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int port = BotTest.freePort();
        Path dir = Files.createTempDirectory("dj-committee-bench");
        RedisServer server = EmbeddedRedis.server(port, dir);
        server.start();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        try {
            run(new StringRedisTemplate(factory), dir, branchCount, perBranch);
        }
        finally {
            factory.destroy();
            server.stop();
        }
    }

    private static void run(StringRedisTemplate redis, Path dir, int branchCount, int perBranch) throws IOException {
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        ActivityStore store = new ActivityStore(redis, clock);
        Path file = branchesYaml(dir, branchCount);
        Committees committees = Committees.load(file);
        Branches branches = Branches.load(file, catalogue);
        Committee committee = committees.byId("dw").orElseThrow();
        List<String> ids = committees.branchIds(committee);

        long before = usedMemory(redis);
        long started = System.nanoTime();
        populate(store, catalogue, ids, perBranch);
        // what a day forgets: the delivery and content keys of the messages (a day and ten minutes)
        deleteMatching(redis, "dj:*:said:*");
        long after = usedMemory(redis);
        long records = (long) branchCount * perBranch;
        System.out.printf("populated %d branches x %d records in %.1f s%n", branchCount, perBranch,
                (System.nanoTime() - started) / 1e9);

        CommitteeProgress progress = new CommitteeProgress(committees, branches, store, catalogue, new Shapes(redis));
        for (int i = 0; i < 5; i++) {
            HeatMap.png(progress.board(committee, TODAY));
        }
        int rounds = 15;
        List<String> owed = catalogue.all().stream().filter(a -> a.cadence() != Cadence.NONE).map(Activity::key).toList();
        long[] counters = time(rounds, () -> store.counts(ids, 2026, owed));
        long[] board = time(rounds, () -> progress.board(committee, TODAY));
        long[] answer = time(rounds, () -> BoardText.markdown(progress.board(committee, TODAY), true));
        long[] picture = time(rounds, () -> HeatMap.png(progress.board(committee, TODAY)).orElseThrow());
        long[] both = time(rounds, () -> {
            Board b = progress.board(committee, TODAY);
            return BoardText.markdown(b, true).length() + HeatMap.png(b).orElseThrow().length;
        });
        long[] recordsAlone = time(3, () -> {
            int n = 0;
            for (String id : ids) {
                n += store.year(id, 2026).size();
            }
            return n;
        });
        CommitteeSummary summaries = new CommitteeSummary(progress, store, catalogue, new DocxDraft(), clock);
        summaries.compose(committee, 2026);
        long[] summary = time(3, () -> summaries.compose(committee, 2026));
        long[] summaryFile = time(3, () -> summaries.docx(summaries.compose(committee, 2026)).length);
        Board sample = progress.board(committee, TODAY);
        System.out.printf("%nmedian (p90) over %d rounds, %d branches, %d records:%n", rounds, branchCount, records);
        line("read the same counts alone (pipelined HMGET)", counters);
        line("progress answer: counters + progress of every branch", board);
        line("progress answer with its text", answer);
        line("heat map PNG (counters, progress, picture)", picture);
        line("answer and heat map together", both);
        line("baseline: read every record of the branches (3 rounds)", recordsAlone);
        line("committee's 党建工作总结: records, counters, text (3 rounds)", summary);
        line("committee's 党建工作总结 with its Word file (3 rounds)", summaryFile);
        System.out.printf("heat map: %d bytes; answer: %d characters; %d of %d branches behind%n",
                HeatMap.png(sample).orElseThrow().length, BoardText.markdown(sample, true).length(),
                sample.behind().size(), branchCount);

        String first = ids.get(0);
        long recordKey = memoryUsage(redis, "dj:{" + first + "}:rec:1");
        long dates = memoryUsage(redis, "dj:{" + first + "}:dates:2026");
        long tally = memoryUsage(redis, "dj:{" + first + "}:tally:2026");
        long audit = memoryUsage(redis, "dj:{" + first + "}:audit");
        long seq = memoryUsage(redis, "dj:{" + first + "}:seq");
        double perRecord = (after - before) / (double) records;
        System.out.printf("%nRedis memory: used_memory grew %,d bytes for %,d records: %.0f bytes per record "
                + "(all keys: record hash, date index, counters, audit stream)%n", after - before, records, perRecord);
        System.out.printf("MEMORY USAGE of branch %s: one record hash %d B; date index %d B (%.0f B/record); audit "
                + "stream %d B (%.0f B/record); counters %d B; sequence %d B%n", first, recordKey, dates,
                dates / (double) perBranch, audit, audit / (double) perBranch, tally, seq);
        double projected = perRecord * 100_000L * 200;
        System.out.printf("projection: 100,000 branches x 200 records a year = 20,000,000 records: %.1f GB a year "
                + "(%.1f GB after five years)%n", projected / 1e9, projected * 5 / 1e9);
    }

    /** Each branch logs {@code perBranch} records over the year so far, twenty to a message, as a secretary might. */
    private static void populate(ActivityStore store, Catalogue catalogue, List<String> ids, int perBranch) {
        List<Activity> owed = catalogue.all().stream().filter(a -> a.cadence() != Cadence.NONE).toList();
        List<Activity> all = catalogue.all();
        int days = TODAY.getDayOfYear();
        for (int b = 0; b < ids.size(); b++) {
            Random random = new Random(b);
            double diligence = 0.5 + 0.5 * random.nextDouble();
            List<Entry> message = new ArrayList<>();
            for (int r = 0; r < perBranch; r++) {
                Activity activity = random.nextDouble() < diligence * 0.6 ? owed.get(random.nextInt(owed.size()))
                        : all.get(random.nextInt(all.size()));
                LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(days));
                message.add(new Entry(activity.key(), date, 1, 5 + random.nextInt(30),
                        "学习贯彻党的二十届四中全会精神专题（" + r + "）",
                        activity.countsMoney() ? new BigDecimal("3200.50") : null));
                if (message.size() == 20 || r == perBranch - 1) {
                    store.log(ids.get(b), message, "sec" + b, "张书记", null);
                    message.clear();
                }
            }
        }
    }

    private static Path branchesYaml(Path dir, int count) throws IOException {
        StringBuilder yaml = new StringBuilder("committees:\n  - {id: dw, name: 机关党委, conversations: [cidDw]}\n"
                + "defaults:\n  hasPartyGroups: false\n  obligations:\n    party_lecture: quarterly\nbranches:\n");
        for (int i = 0; i < count; i++) {
            String id = String.format("b%04d", i);
            yaml.append("  - {id: ").append(id).append(", name: 第").append(i + 1).append("党支部, committee: dw}\n");
        }
        return Files.writeString(dir.resolve("branches.yml"), yaml);
    }

    private static long[] time(int rounds, Supplier<Object> work) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void line(String what, long[] sorted) {
        System.out.printf("  %-58s %8.1f ms (%.1f)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] / 1e6);
    }

    private static long usedMemory(StringRedisTemplate redis) {
        Properties info = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("memory"));
        return Long.parseLong(info.getProperty("used_memory"));
    }

    private static final RedisScript<Long> MEMORY_USAGE = RedisScript.of(
            "return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '0')", Long.class);

    private static long memoryUsage(StringRedisTemplate redis, String key) {
        Long bytes = redis.execute(MEMORY_USAGE, List.of(key));
        return bytes == null ? -1 : bytes;
    }

    private static void deleteMatching(StringRedisTemplate redis, String pattern) {
        List<String> keys = new ArrayList<>();
        try (var cursor = redis.scan(ScanOptions.scanOptions().match(pattern).count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        for (int i = 0; i < keys.size(); i += 1000) {
            redis.delete(keys.subList(i, Math.min(keys.size(), i + 1000)));
        }
    }
}
