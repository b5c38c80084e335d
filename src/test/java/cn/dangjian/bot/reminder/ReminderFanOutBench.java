package cn.dangjian.bot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;

import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.dingtalk.BotInstances;

/**
 * The monthly reminder fanned out to thousands of branches against WireMock, measured against a baseline from the
 * same run: the same number of plain HTTP POSTs of a reminder-sized body to the same WireMock. Run by
 * {@code bench/reminders/run.sh}; {@code -Dbranches=N} changes the count, {@code -Drobots=R} the shared robots.
 */
public final class ReminderFanOutBench {

    static final int BRANCHES = Integer.getInteger("branches", 2000);
    static final int SHARED_ROBOTS = Integer.getInteger("robots", 5);
    static final Instant NOW = LocalDateTime.of(2026, 3, 25, 10, 0).atZone(MutableClock.ZONE).toInstant();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 25);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ReminderFanOutBench() {
    }

    enum Shape { GROUPS, ROBOT_PER_BRANCH, SHARED_ROBOTS }

    record Measure(long millis, long allocatedBytes, long heapAfterBytes) {
        double perBranchMicros() {
            return millis * 1000.0 / BRANCHES;
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("dj-bench-reminders");
        try (BotInstances instances = new BotInstances()) {
            stub(instances);
            String base = "http://127.0.0.1:" + instances.dingtalk.port();
            System.out.printf("%d branches, monthly reminder of %s, DingTalk on WireMock %s%n%n", BRANCHES, TODAY, base);

            Measure[] groups = fanOut(instances, work, Shape.GROUPS, true, base);
            if (Boolean.getBoolean("groupsOnly")) {
                System.out.println();
                System.out.printf("median of %d rounds; each round = %d plain POSTs (baseline) then the fan-out, same "
                        + "JVM and WireMock%n", ROUNDS, BRANCHES);
                report("enterprise robot, one group per branch", groups);
                return;
            }
            Measure[] ownRobots = fanOut(instances, work, Shape.ROBOT_PER_BRANCH, true, base);
            Measure[] sharedOff = fanOut(instances, work, Shape.SHARED_ROBOTS, false, base);
            Measure[] sharedOn = fanOut(instances, work, Shape.SHARED_ROBOTS, true, base);

            System.out.println();
            System.out.printf("median of %d rounds; each round = %d plain POSTs (baseline) then the fan-out, same JVM "
                    + "and WireMock%n", ROUNDS, BRANCHES);
            report("enterprise robot, one group per branch", groups);
            report("custom robot per branch, pace on", ownRobots);
            report("custom robots, " + SHARED_ROBOTS + " shared, pace off", sharedOff);
            report("custom robots, " + SHARED_ROBOTS + " shared, pace on (fan-out only)", sharedOn);

            double interval = 60.0 / 20 + 0.05;
            long perRobot = (BRANCHES + SHARED_ROBOTS - 1) / SHARED_ROBOTS;
            System.out.println();
            System.out.println("pacing math (DingTalk's side, not waited for):");
            System.out.printf("  custom robot: at most 20 a minute, one slot every %.2f s per robot%n", interval);
            System.out.printf("    one robot per branch : every robot sends 1 message  -> all delivered at once%n");
            System.out.printf("    %d shared robots      : %d messages each           -> last slot at +%.0f s "
                    + "(%.1f min); measured from the outbox: +%.0f s%n", SHARED_ROBOTS, perRobot,
                    (perRobot - 1) * interval, (perRobot - 1) * interval / 60, lastSlotSeconds);
            System.out.printf("  enterprise robot: bot.reminders.sends-per-second=10 (default) -> %d branches in "
                    + "%.0f s; DingTalk's ~20 calls/s per API per app -> no less than %.0f s%n", BRANCHES,
                    BRANCHES / 10.0, BRANCHES / 20.0);
        }
        finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static final int ROUNDS = Integer.getInteger("rounds", 3);

    static double lastSlotSeconds;

    static void report(String name, Measure[] m) {
        Measure total = m[0];
        Measure compute = m[1];
        Measure baseline = m[2];
        System.out.printf("%-52s: %5d ms (%4.0f µs/branch) vs baseline %5d ms = %.2f ×; compute only %4d ms = %.2f ×; "
                + "allocated %5.1f MB (%4.1f KB/branch); heap in use after %3.0f MB%n", name, total.millis(),
                total.perBranchMicros(), baseline.millis(), (double) total.millis() / baseline.millis(),
                compute.millis(), (double) compute.millis() / baseline.millis(), total.allocatedBytes() / 1e6,
                total.allocatedBytes() / 1e3 / BRANCHES, total.heapAfterBytes() / 1e6);
    }

    static Measure median(List<Measure> measures) {
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(java.util.Comparator.comparingLong(Measure::millis));
        return sorted.get(sorted.size() / 2);
    }

    static void stub(BotInstances instances) {
        instances.dingtalk.stubFor(post(urlEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"bench-token\",\"expireIn\":7200}")));
        instances.dingtalk.stubFor(post(urlEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(okJson("{\"processQueryKey\":\"bench\"}")));
        instances.dingtalk.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        instances.dingtalk.stubFor(post(urlEqualTo("/baseline")).willReturn(okJson("{\"processQueryKey\":\"bench\"}")));
    }

    /** The same number of sequential POSTs, of the size of a group push, with nothing computed. */
    static Measure baseline(String base, boolean warmUp) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"robotCode\":\"dingRobot\",\"openConversationId\":\"cidBranch0001\",\"msgKey\":\"sampleMarkdown\","
                + "\"msgParam\":\"" + "x".repeat(480) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/baseline"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        for (int i = 0; warmUp && i < BRANCHES / 2; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return measure(() -> {
            for (int i = 0; i < BRANCHES; i++) {
                http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        });
    }

    /** Starts a bot on a branches file of the shape, seeds a month of records, warms up, then measures one fan-out. */
    static Measure[] fanOut(BotInstances instances, Path work, Shape shape, boolean paced, String base)
            throws Exception {
        Path config = work.resolve(shape + "-" + paced);
        Files.createDirectories(config);
        Files.copy(Path.of("bot-config/activities.yml"), config.resolve("activities.yml"));
        Files.copy(Path.of("bot-config/reminders.yml"), config.resolve("reminders.yml"));
        ReminderConfigs.copyReportTemplates(config);
        ReminderConfigs.copyCalendar(config);
        Files.writeString(config.resolve("branches.yml"), branches(shape, "http://127.0.0.1:" + instances.dingtalk.port()));
        ConfigurableApplicationContext bot = instances.start(NOW, Map.of(
                "bot.config-dir", config.toString(),
                "bot.reminders.enabled", false,
                "bot.reminders.sends-per-second", 0,
                "bot.dingtalk.custom-robot.paced", paced,
                "logging.level.root", "WARN"));
        try {
            StringRedisTemplate redis = bot.getBean(StringRedisTemplate.class);
            redis.getConnectionFactory().getConnection().serverCommands().flushAll();
            seed(bot);
            Reminders reminders = bot.getBean(Reminders.class);
            reminders.runDue(ReminderKind.MONTHLY); // warm-up
            baseline(base, true);
            List<Measure> totals = new ArrayList<>();
            List<Measure> baselines = new ArrayList<>();
            List<Measure> computes = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                forget(redis);
                instances.dingtalk.resetRequests();
                baselines.add(baseline(base, false));
                instances.dingtalk.resetRequests();
                totals.add(measure(() -> {
                    Reminders.Run run = reminders.runDue(ReminderKind.MONTHLY);
                    if (run.total() != BRANCHES) {
                        throw new IllegalStateException("the run covered " + run.total() + " branches: "
                                + run.outcomes());
                    }
                }));
                computes.add(measure(() -> computeOnly(bot)));
            }
            int delivered = instances.dingtalk.findAll(postRequestedFor(urlPathEqualTo(shape == Shape.GROUPS
                    ? "/v1.0/robot/groupMessages/send" : "/robot/send"))).size();
            long parked = redis.opsForZSet().zCard("dj:{outbox}:due");
            if (delivered + parked != BRANCHES) {
                throw new IllegalStateException(delivered + " delivered and " + parked + " parked of " + BRANCHES);
            }
            if (shape == Shape.SHARED_ROBOTS && paced) {
                Set<ZSetOperations.TypedTuple<String>> last = redis.opsForZSet().reverseRangeWithScores("dj:{outbox}:due", 0, 0);
                lastSlotSeconds = last.isEmpty() ? 0
                        : (last.iterator().next().getScore() - NOW.toEpochMilli()) / 1000.0;
                System.out.printf("  pace on, %d shared robots: %d sent at once, %d parked in the outbox for their slots%n",
                        SHARED_ROBOTS, delivered, parked);
            }
            return new Measure[] {median(totals), median(computes), median(baselines)};
        }
        finally {
            bot.close();
        }
    }

    /** What the run computes, without the ledger or any send: tally, progress, text for every branch. */
    static void computeOnly(ConfigurableApplicationContext bot) {
        ActivityStore store = bot.getBean(ActivityStore.class);
        Catalogue catalogue = bot.getBean(Catalogue.class);
        int texts = 0;
        for (Branch branch : bot.getBean(Branches.class).all()) {
            Progress progress = Progress.of(Progress.Scope.MONTH, TODAY, catalogue, branch.obligations(),
                    store.tally(branch.id(), 2026));
            texts += ReminderText.compose(branch, ReminderKind.MONTHLY, progress, TODAY, true).isPresent() ? 1 : 0;
        }
        if (texts != BRANCHES) {
            throw new IllegalStateException(texts + " texts for " + BRANCHES + " branches");
        }
    }

    static void forget(StringRedisTemplate redis) {
        Set<String> keys = redis.keys("dj:{*}:sent:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
        redis.delete(List.of("dj:{outbox}:due", "dj:{outbox}:parcels"));
        Set<String> lanes = redis.keys("dj:{pace}:*");
        if (lanes != null && !lanes.isEmpty()) {
            redis.delete(lanes);
        }
    }

    /** A third of the branches have done everything this month, a third some of it, a third nothing. */
    static void seed(ConfigurableApplicationContext bot) {
        ActivityStore store = bot.getBean(ActivityStore.class);
        for (int i = 0; i < BRANCHES; i++) {
            List<Entry> entries = new ArrayList<>();
            if (i % 3 != 2) {
                entries.add(new Entry("branch_committee_meeting", TODAY.minusDays(10), 1, 7, null, null));
            }
            if (i % 3 == 0) {
                entries.add(new Entry("theme_party_day", TODAY.minusDays(5), 1, 20, "学习党章", null));
                entries.add(new Entry("dues_collection", TODAY.minusDays(3), 1, null, null, new BigDecimal("3200.00")));
            }
            if (!entries.isEmpty()) {
                store.log(id(i), entries, "secretary" + i, "书记" + i, "bench-seed-" + i);
            }
        }
    }

    static String id(int i) {
        return String.format("b%05d", i);
    }

    static String branches(Shape shape, String base) {
        StringBuilder yaml = new StringBuilder("defaults:\n  hasCommittee: true\n  hasPartyGroups: false\nbranches:\n");
        for (int i = 0; i < BRANCHES; i++) {
            yaml.append("  - id: ").append(id(i)).append('\n')
                    .append("    name: 第").append(i + 1).append("党支部\n")
                    .append("    conversations: [cid").append(id(i)).append("]\n")
                    .append("    secretaries: [secretary").append(i).append("]\n");
            if (shape != Shape.GROUPS) {
                int robot = shape == Shape.ROBOT_PER_BRANCH ? i : i % SHARED_ROBOTS;
                yaml.append("    customRobot:\n")
                        .append("      webhook: ").append(base).append("/robot/send?access_token=robot").append(robot).append('\n')
                        .append("      secret: SECbench").append(robot).append('\n');
            }
        }
        return yaml.toString();
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    static Measure measure(Work work) throws Exception {
        System.gc();
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        work.run();
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return new Measure(millis, allocated, runtime.totalMemory() - runtime.freeMemory());
    }
}
