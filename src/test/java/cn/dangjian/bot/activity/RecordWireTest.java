package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordWireTest {

    static final ActivityRecord FULL = new ActivityRecord(23, "demo", "dues_collection", LocalDate.of(2026, 3, 1), 1,
            18, "学习《条例》", new BigDecimal("3200.50"), "member01", "王芳", Instant.parse("2026-03-20T02:00:00.123Z"),
            "msg-1", "msg-1", DatePrecision.MONTH, "3月份党费收齐了，\n共3200.5元", 3, List.of("ev-1", "ev_2"));

    @Test
    void aRecordReadsBackAsItWasWritten() {
        assertThat(RecordWire.decode("demo", RecordWire.encode(FULL))).isEqualTo(FULL);
    }

    @Test
    void absentFactsTravelAsEmptyFieldsAndComeBackAsNull() {
        ActivityRecord bare = new ActivityRecord(7, "demo", "theme_party_day", LocalDate.of(2026, 3, 2), 1, null,
                null, null, "member01", null, Instant.parse("2026-03-20T02:00:00Z"), null);

        String wire = RecordWire.encode(bare);

        assertThat(wire.split(RecordWire.SEPARATOR, -1)).hasSize(RecordWire.FIELDS.size());
        assertThat(RecordWire.decode("demo", wire)).isEqualTo(bare);
    }

    @Test
    void aRecordWrittenBeforeVersionTwoReadsWithTheDefaultsOfItsNewFields() {
        // what the scripts read from a hash that has only the first eleven fields
        String line = String.join(RecordWire.SEPARATOR, "5", "heart_to_heart_talk", "2026-03-19", "5", "", "", "",
                "member02", "李明", "2026-03-20T02:00:00Z", "msg-5", "", "", "", "", "");
        String withoutMsgId = String.join(RecordWire.SEPARATOR, "6", "heart_to_heart_talk", "2026-03-19", "5", "", "",
                "", "member02", "", "2026-03-20T02:00:00Z", "", "", "", "", "", "");

        ActivityRecord record = RecordWire.decode("demo", line);

        assertThat(record).isEqualTo(new ActivityRecord(5, "demo", "heart_to_heart_talk", LocalDate.of(2026, 3, 19), 5,
                null, null, null, "member02", "李明", Instant.parse("2026-03-20T02:00:00Z"), "msg-5", "msg-5",
                DatePrecision.DAY, null, 1, List.of()));
        assertThat(RecordWire.decode("demo", withoutMsgId).eventId()).isEqualTo("rec:6");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsAnError() {
        assertThatThrownBy(() -> RecordWire.decode("demo", "1\u001fdues_collection"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 fields");
    }

    @Test
    void theContentLeavesOutWhoAndWhen() {
        ActivityRecord other = new ActivityRecord(24, "demo", FULL.activity(), FULL.date(), FULL.count(),
                FULL.participants(), FULL.topic(), FULL.amount(), "member02", "李强", Instant.now(), "msg-2");

        assertThat(RecordWire.content(other)).isEqualTo(RecordWire.content(FULL));
    }
}
