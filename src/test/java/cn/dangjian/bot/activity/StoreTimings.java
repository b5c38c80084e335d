package cn.dangjian.bot.activity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.springframework.data.redis.core.RedisCallback;

import com.sun.management.OperatingSystemMXBean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Rough timings of the store against a real local redis-server, with a PING round trip through the same template
 * as the baseline: one log call (one EVALSHA), reading a year of 10,000 records, and redis-server CPU per log under
 * load. Run by {@code bench/store/run.sh}; not a test.
 */
public final class StoreTimings {

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (LocalRedis redis = LocalRedis.start()) {
            StringRedisTemplate template = redis.template();
            ActivityStore store = new ActivityStore(template, Clock.system(ZoneId.of("Asia/Shanghai")));
            Random random = new Random(1);

            long[] ping = new long[2_000];
            for (int i = 0; i < ping.length; i++) {
                long t = System.nanoTime();
                template.execute((RedisCallback<String>) c -> c.ping());
                ping[i] = System.nanoTime() - t;
            }

            // each message says something of its own (the number in the topic): the same content again from the same
            // sender within minutes would be answered from the first, not stored
            long[] log = new long[records];
            for (int i = 0; i < records; i++) {
                Entry entry = new Entry(i % 10 == 0 ? "dues_collection" : "branch_committee_meeting",
                        LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)), 1, random.nextInt(40),
                        "学习贯彻党的二十届四中全会精神（" + i + "）", i % 10 == 0 ? new BigDecimal("3200.50") : null);
                long t = System.nanoTime();
                store.log("bench", List.of(entry), "member" + (i % 30), "党员" + (i % 30), "bench-" + i);
                log[i] = System.nanoTime() - t;
            }

            long[] year = new long[20];
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long redisPid = Long.parseLong(template.execute((RedisCallback<Properties>) c -> c.serverCommands()
                    .info("server")).getProperty("process_id"));
            int read = 0;
            for (int i = 0; i < 5; i++) {
                store.year("bench", 2025);
            }
            long redisCpu = cpuMillis(redisPid);
            long jvmCpu = os.getProcessCpuTime();
            for (int i = 0; i < year.length; i++) {
                long t = System.nanoTime();
                read = store.year("bench", 2025).size();
                year[i] = System.nanoTime() - t;
            }
            double redisPerRead = (cpuMillis(redisPid) - redisCpu) / (double) year.length;
            double jvmPerRead = (os.getProcessCpuTime() - jvmCpu) / 1e6 / year.length;
            long[] rebuild = new long[5];
            for (int i = 0; i < rebuild.length; i++) {
                long t = System.nanoTime();
                store.rebuild("bench", 2025);
                rebuild[i] = System.nanoTime() - t;
            }

            System.out.printf("PING round trip (baseline): median %.3f ms, p99 %.3f ms%n", ms(ping, 50), ms(ping, 99));
            System.out.printf("log one record:  median %.3f ms, p99 %.3f ms (%.1fx PING median)%n", ms(log, 50),
                    ms(log, 99), ms(log, 50) / ms(ping, 50));
            System.out.printf("year of %d records: median %.1f ms, best %.1f ms (%.0fx PING median)%n", read,
                    ms(year, 50), ms(year, 0), ms(year, 50) / ms(ping, 50));
            System.out.printf("  CPU per read: redis-server %.0f ms, this JVM %.0f ms (load average now %.1f on %d cores)%n",
                    redisPerRead, jvmPerRead, os.getSystemLoadAverage(), os.getAvailableProcessors());
            System.out.printf("rebuild of that year: median %.1f ms%n", ms(rebuild, 50));

            // What a log costs Redis itself under load (the webhook's budget), against a PING sent the same way
            int calls = 40_000;
            double pingCpu = redisMicrosPerCall(redisPid, calls,
                    i -> template.execute((RedisCallback<String>) c -> c.ping()));
            template.execute((RedisCallback<Object>) c -> {
                c.serverCommands().resetConfigStats();
                return null;
            });
            double logCpu = redisMicrosPerCall(redisPid, calls, i -> store.log("load",
                    List.of(new Entry("theme_day", null, 1, 15 + i % 10, "第" + i + "次", null)), "member" + i % 30, "党员",
                    "load-" + i));
            System.out.printf("redis-server CPU from 16 threads: log %.1f us, PING %.1f us (%.1fx)%n", logCpu, pingCpu,
                    logCpu / pingCpu);
            // the log's commands, its script's own calls included (two rounds of calls logs; a record with
            // participants, no question to close)
            Properties stats = template.execute((RedisCallback<Properties>) c -> c.serverCommands().info("commandstats"));
            long commands = 0;
            for (String name : stats.stringPropertyNames()) {
                if (!name.matches("cmdstat_(evalsha|eval|info|config.*)")) {
                    commands += Long.parseLong(stats.getProperty(name).replaceAll("^calls=(\\d+),.*", "$1"));
                }
            }
            System.out.printf("Redis commands per log, the script's included: %.2f%n", commands / (2.0 * calls));
        }
    }

    /** Microseconds of redis-server CPU per call, from 16 threads at once, after a round to warm up. */
    private static double redisMicrosPerCall(long redisPid, int calls, IntConsumer call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            double cpu = 0;
            for (int round = 0; round < 2; round++) {
                int offset = round * calls;
                long before = cpuMillis(redisPid);
                List<Future<?>> threads = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    int first = offset + t * (calls / 16);
                    threads.add(pool.submit(() -> {
                        for (int i = first; i < first + calls / 16; i++) {
                            call.accept(i);
                        }
                    }));
                }
                for (Future<?> thread : threads) {
                    thread.get();
                }
                cpu = (cpuMillis(redisPid) - before) * 1e3 / calls;
            }
            return cpu;
        }
        finally {
            pool.shutdown();
        }
    }

    /**
     * CPU time of a process so far (Linux /proc, clock ticks of 10 ms): on a shared machine the wall time of a read
     * says as much about the neighbours as about the read.
     */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
