package cn.dangjian.bot.unrecognised;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;

/** The branch's stream of unrecognised messages in Redis: what is kept, for how long, how many. */
class UnrecognisedMessagesTest extends BotTest {

    static final String KEY = "dj:{demo}:unrecognised";

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    MutableClock clock;

    @Autowired
    UnrecognisedMessages unrecognised;

    @BeforeEach
    void fresh() {
        clock.set(TODAY);
        redis.delete(KEY);
    }

    /** The other tests of the context sign their callbacks from today on. */
    @AfterEach
    void backToToday() {
        clock.set(TODAY);
    }

    @Test
    void aMessageIsKeptWithWhoWhenWhatAndTheAnswerUnderTheBotsTime() {
        unrecognised.keep(message("m1", "看望困难群众"));

        List<UnrecognisedMessage> kept = unrecognised.since("demo", clock.instant().minus(Duration.ofDays(1)));

        assertThat(kept).containsExactly(message("m1", "看望困难群众"));
        assertThat(redis.opsForStream().range(KEY, org.springframework.data.domain.Range.unbounded()))
                .singleElement().satisfies(e -> assertThat(e.getId().getTimestamp()).isEqualTo(clock.millis()));
    }

    @Test
    void messagesComeNewestFirstAndARedeliveryOnce() {
        unrecognised.keep(message("m1", "一"));
        clock.advance(Duration.ofMinutes(1));
        unrecognised.keep(message("m2", "二"));
        unrecognised.keep(message("m2", "二"));

        assertThat(unrecognised.since("demo", Instant.EPOCH)).extracting(UnrecognisedMessage::msgId)
                .containsExactly("m2", "m1");
    }

    @Test
    void anInstanceWhoseClockIsBehindStillKeepsItsMessage() {
        unrecognised.keep(message("m1", "一"));
        clock.set(TODAY.minusSeconds(30));
        unrecognised.keep(message("m2", "二"));

        assertThat(redis.opsForStream().size(KEY)).isEqualTo(2);
    }

    @Test
    void afterNinetyDaysAMessageIsNeitherListedNorKept() {
        unrecognised.keep(message("old", "九十一天前"));
        clock.advance(Duration.ofDays(91));

        assertThat(unrecognised.since("demo", Instant.EPOCH)).isEmpty();

        unrecognised.keep(message("new", "今天"));
        assertThat(unrecognised.since("demo", Instant.EPOCH)).extracting(UnrecognisedMessage::msgId)
                .containsExactly("new");
        assertThat(redis.opsForStream().size(KEY)).as("trimmed when written").isEqualTo(1);
        assertThat(redis.getExpire(KEY)).as("seconds the key lives on if nothing more is written")
                .isBetween(Duration.ofDays(90).minusMinutes(1).toSeconds(), Duration.ofDays(90).toSeconds());
    }

    @Test
    void aFloodIsCappedAtRoughlyTheCap() {
        UnrecognisedMessages capped = new UnrecognisedMessages(redis, clock, 10);
        for (int i = 0; i < 400; i++) {
            capped.keep(message("m" + i, "第" + i + "条"));
        }

        // Redis trims whole nodes of the stream (100 entries each): cheap, and never more than a node over the cap
        assertThat(redis.opsForStream().size(KEY)).isBetween(10L, 110L);
        assertThat(capped.since("demo", Instant.EPOCH).get(0).msgId()).isEqualTo("m399");
    }

    @Test
    void aMessageThatCannotBeKeptDoesNotFailTheAnswer() {
        redis.opsForValue().set(KEY, "not a stream");
        try {
            unrecognised.keep(message("m1", "一"));
        }
        finally {
            redis.delete(KEY);
        }
        redis.opsForStream().add(StreamRecords.string(Map.of("msgId", "x")).withStreamKey(KEY));
        assertThat(unrecognised.since("demo", Instant.EPOCH)).singleElement()
                .satisfies(m -> assertThat(m.text()).isEmpty());
    }

    @Test
    void aVeryLongMessageIsKeptCut() {
        unrecognised.keep(message("m1", "长".repeat(5000)));

        assertThat(unrecognised.since("demo", Instant.EPOCH).get(0).text())
                .hasSize(UnrecognisedMessages.LONGEST + 1).endsWith("长…");
    }

    private UnrecognisedMessage message(String msgId, String text) {
        return new UnrecognisedMessage("demo", msgId, clock.instant(), "member01", "王芳", "text", text,
                "未能识别这条消息中的支部活动，未作记录。");
    }
}
