package cn.dangjian.bot.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.branch.Shapes;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.redis.RoundTrip;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.SlotHash;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * The store and a committee's progress on a real Redis Cluster of three masters, started here from the embedded
 * redis-server binary (cluster-enabled, CLUSTER ADDSLOTS and MEET by hand, as redis-cli --cluster create does): each
 * branch's keys share one slot (the hash tag), so the store's scripts run as they do on one server, and the committee's
 * pipelined read reaches every node.
 */
class ClusterModeTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int NODES = 3;

    static final List<RedisServer> servers = new ArrayList<>();
    static final List<Integer> ports = new ArrayList<>();
    static LettuceConnectionFactory factory;
    static StringRedisTemplate redis;

    @BeforeAll
    static void aClusterOfThreeMasters() throws Exception {
        for (int i = 0; i < NODES; i++) {
            int port = BotTest.freePort();
            Path dir = Files.createTempDirectory("dj-cluster-" + i);
            RedisServer server = RedisServer.newRedisServer()
                    .executableProvider(ExecutableProvider.newJarResourceProvider(
                            Files.createDirectories(dir.resolve("bin")).toFile()))
                    .port(port).bind("127.0.0.1")
                    .setting("dir " + dir).setting("appendonly no").setting("save \"\"")
                    .setting("cluster-enabled yes").setting("cluster-config-file nodes.conf")
                    .setting("cluster-node-timeout 5000")
                    .build();
            server.start();
            servers.add(server);
            ports.add(port);
        }
        for (int i = 0; i < NODES; i++) {
            int from = i * SlotHash.SLOT_COUNT / NODES;
            int to = (i + 1) * SlotHash.SLOT_COUNT / NODES;
            RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", ports.get(i)));
            try (StatefulRedisConnection<String, String> node = client.connect()) {
                node.sync().clusterAddSlots(IntStream.range(from, to).toArray());
                for (int other : ports) {
                    node.sync().clusterMeet("127.0.0.1", other);
                }
            }
            finally {
                client.shutdown();
            }
        }
        awaitClusterOk();
        RedisClusterConfiguration cluster = new RedisClusterConfiguration(
                ports.stream().map(p -> "127.0.0.1:" + p).toList());
        factory = new LettuceConnectionFactory(cluster);
        factory.afterPropertiesSet();
        factory.start();
        redis = new StringRedisTemplate(factory);
    }

    private static void awaitClusterOk() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int port : ports) {
            RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", port));
            try (StatefulRedisConnection<String, String> node = client.connect()) {
                while (!node.sync().clusterInfo().contains("cluster_state:ok")
                        || !node.sync().clusterInfo().contains("cluster_known_nodes:" + NODES)) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the cluster did not come up: " + node.sync().clusterInfo());
                    }
                    Thread.sleep(100);
                }
            }
            finally {
                client.shutdown();
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (factory != null) {
            factory.destroy();
        }
        for (RedisServer server : servers) {
            server.stop();
        }
    }

    @Test
    void branchesSpreadOverTheNodesLogUndoAndAreReadAsOnOneServer() throws IOException {
        Clock clock = Clock.fixed(LocalDate.of(2026, 3, 20).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        ActivityStore store = new ActivityStore(redis, clock);
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Path file = Files.writeString(Files.createTempDirectory("dj-cluster-config").resolve("branches.yml"), """
                committees:
                  - {id: dw, name: 机关党委}
                defaults:
                  hasPartyGroups: false
                branches:
                """ + IntStream.range(0, 12).mapToObj(i -> "  - {id: b" + i + ", name: 第" + (i + 1)
                + "党支部, committee: dw}\n").reduce("", String::concat));
        Committees committees = Committees.load(file);
        Branches branches = Branches.load(file, catalogue);
        List<String> ids = committees.branchIds(committees.byId("dw").orElseThrow());

        for (int i = 0; i < ids.size(); i++) {
            List<Entry> entries = new ArrayList<>();
            for (int month = 1; month <= (i % 3) + 1; month++) {
                entries.add(new Entry("theme_party_day", LocalDate.of(2026, month, 5), 1, 10, "主题" + i, null));
            }
            store.log(ids.get(i), entries, "sec" + i, "书记", "msg-" + i);
            // a redelivery changes nothing, as on one server (the delivery key shares the branch's slot)
            store.log(ids.get(i), entries, "sec" + i, "书记", "msg-" + i);
        }
        ActivityRecord extra = store.log("b0", List.of(new Entry("dues_collection", LocalDate.of(2026, 3, 1), 1, null,
                null, new java.math.BigDecimal("100.00"))), "sec0", "书记", "msg-extra").get(0);
        assertThat(store.undoLast("b0", "sec0", "msg-undo")).isInstanceOf(ActivityStore.Undo.Done.class);

        assertThat(ids.stream().map(id -> SlotHash.getSlot("dj:{" + id + "}:seq") * NODES / SlotHash.SLOT_COUNT)
                .distinct()).as("the branches' slots are on every node").hasSize(NODES);
        assertThat(store.year("b2", 2026)).extracting(ActivityRecord::date)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5));
        assertThat(store.byIds("b0", List.of(extra.id()))).hasSize(1);
        assertThat(store.tally("b0", 2026).count("dues_collection")).isZero();

        Board board = new CommitteeProgress(committees, branches, store, catalogue, new Shapes(redis))
                .board(committees.byId("dw").orElseThrow(), LocalDate.of(2026, 3, 20));
        assertThat(board.standings()).hasSize(12);
        for (Standing standing : board.standings()) {
            int index = Integer.parseInt(standing.branch().id().substring(1));
            long themeDays = standing.year().items().stream()
                    .filter(item -> item.activity().key().equals("theme_party_day")).findFirst().orElseThrow().done();
            assertThat(themeDays).as(standing.branch().id()).isEqualTo(index % 3 + 1);
        }
    }

    /**
     * Issue 22: the webhook sends a callback's sign claim (a key of no branch) and the sender's question read (a
     * branch's keys) in one round trip. On a cluster the two lie on different nodes; each goes to its own, and a
     * node that has not loaded the question's script yet is read the usual way.
     */
    @Test
    void aSignsClaimAndABranchsQuestionGoInOneRoundTripEachToItsNode() {
        String sign = "dj:sign:cluster-test";
        String branch = IntStream.range(0, 50).mapToObj(i -> "b" + i)
                .filter(id -> node("dj:{" + id + "}:question:m1") != node(sign)).findFirst().orElseThrow();
        Questions questions = new Questions(redis);
        questions.ask(branch, "m1", Question.confirm("asked", List.of(new Entry("theme_party_day",
                LocalDate.of(2026, 3, 20), 1, null, null, null)), null));

        RoundTrip trip = new RoundTrip(redis);
        RoundTrip.Answer<Boolean> claimed = trip.setIfAbsent(sign, "msg1", Duration.ofMinutes(1));
        Questions.ReadAhead ahead = questions.open(trip, branch, "m1", "msg1");
        trip.send();

        assertThat(claimed.get()).isTrue();
        assertThat(ahead.question()).hasValueSatisfying(question -> assertThat(question.id()).isEqualTo("asked"));
        RoundTrip again = new RoundTrip(redis);
        RoundTrip.Answer<Boolean> claimedAgain = again.setIfAbsent(sign, "msg2", Duration.ofMinutes(1));
        again.send();
        assertThat(claimedAgain.get()).as("the sign is taken").isFalse();
        assertThat(redis.opsForValue().get(sign)).isEqualTo("msg1");
    }

    private static int node(String key) {
        return SlotHash.getSlot(key) * NODES / SlotHash.SLOT_COUNT;
    }
}
