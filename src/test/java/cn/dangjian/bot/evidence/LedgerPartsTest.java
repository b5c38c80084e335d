package cn.dangjian.bot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.ActivityRecord;

/** A ledger too big for one DingTalk file goes by quarter, a quarter too big in parts of whole meetings. */
class LedgerPartsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aYearThatFitsIsOneZip() {
        List<LedgerRequests.Part> parts = LedgerRequests.parts("台账", MB, List.of(meeting(3, 5 * MB), meeting(9, 5 * MB)));
        assertThat(parts).singleElement().satisfies(p -> assertThat(p.fileName()).isEqualTo("台账.zip"));
    }

    @Test
    void aBigYearGoesByQuarterAndABigQuarterInParts() {
        List<Ledger.Meeting> meetings = new ArrayList<>();
        meetings.add(meeting(1, 12 * MB));
        meetings.add(meeting(2, 12 * MB));
        meetings.add(meeting(5, 3 * MB));
        meetings.add(meeting(11, 1 * MB));

        List<LedgerRequests.Part> parts = LedgerRequests.parts("台账", 2 * MB, meetings);

        assertThat(parts).extracting(LedgerRequests.Part::fileName).containsExactly("台账（第一季度之一）.zip",
                "台账（第一季度之二）.zip", "台账（第二季度）.zip", "台账（第四季度）.zip");
        assertThat(parts).allSatisfy(p -> assertThat(p.meetings().stream().flatMap(m -> m.files().stream())
                .mapToLong(Evidence::size).sum()).isLessThanOrEqualTo(LedgerRequests.CHAT_FILE_LIMIT));
    }

    private static Ledger.Meeting meeting(int month, long bytes) {
        ActivityRecord record = new ActivityRecord(month, "demo", "theme_party_day", LocalDate.of(2026, month, 10), 1,
                null, null, null, "member01", "王芳", Instant.parse("2026-01-01T00:00:00Z"), "m" + month);
        Evidence file = new Evidence("a".repeat(64), Evidence.Kind.PHOTO, "", "jpg", bytes, "member01", "王芳",
                Instant.parse("2026-01-01T00:00:00Z"), "m");
        return new Ledger.Meeting(record, List.of(file));
    }
}
