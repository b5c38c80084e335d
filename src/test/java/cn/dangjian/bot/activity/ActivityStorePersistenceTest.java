package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ActivityStorePersistenceTest {

    @Test
    void recordsCountersAndUndosSurviveARedisRestartFromTheAppendOnlyFile() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (LocalRedis redis = LocalRedis.start()) {
            ActivityStore store = new ActivityStore(redis.template(), clock);
            List<ActivityRecord> logged = store.log("demo", List.of(
                    new Entry("branch_committee_meeting", LocalDate.of(2026, 3, 15), 1, 18, "《党章》专题学习", null),
                    new Entry("dues_collection", LocalDate.of(2026, 3, 16), 1, null, null, new BigDecimal("3200.50"))),
                    "member01", "张三", "msg-before-restart");
            ActivityRecord undone = store.log("demo",
                    List.of(new Entry("party_lecture", LocalDate.of(2026, 3, 18), 1, null, null, null)),
                    "member01", "张三", "msg-undone").get(0);
            store.undoLast("demo", "member01", "msg-undo");
            Tally before = store.tally("demo", 2026);

            redis.stopServer();
            redis.startServer();

            ActivityStore restarted = new ActivityStore(redis.template(), clock);
            assertThat(restarted.year("demo", 2026)).containsExactlyElementsOf(logged);
            assertThat(restarted.tally("demo", 2026)).isEqualTo(before).isEqualTo(restarted.rebuild("demo", 2026));
            assertThat(restarted.undo("demo", undone.id(), "member01", false, "msg-again"))
                    .isEqualTo(new ActivityStore.Undo.NotFound(undone.id()));
            assertThat(restarted.log("demo",
                    List.of(new Entry("party_lecture", LocalDate.of(2026, 3, 19), 1, null, null, null)),
                    "member01", "张三", "msg-before-restart")).isEqualTo(logged);
            assertThat(restarted.log("demo",
                    List.of(new Entry("party_lecture", LocalDate.of(2026, 3, 19), 1, null, null, null)),
                    "member02", null, "msg-after-restart").get(0).id()).isEqualTo(4);
        }
    }
}
