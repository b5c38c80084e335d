package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored activity of a branch. Field names are the admin API's contract:
 * {@code {id, activity, name, date, count, unit, participants, topic, amount, senderId, senderNick, createdAt, msgId}},
 * and since record version 2 also {@code eventId, datePrecision, words, version, evidence} (README, "The record").
 *
 * @param eventId       shared by the records of one message: the msgId that made them (the confirming message's for a
 *                      confirmed reading), or {@code rec:} and the first id of the batch when there was none
 * @param datePrecision {@link DatePrecision#MONTH} when the member named only the month; the date is then its 1st
 * @param words         the member's own words that made the record, as typed, at most {@link Entry#MAX_WORDS}
 *                      characters; null for records written before words were kept
 * @param version       1 when logged, one more with each edit
 * @param evidence      ids of the evidence attached to the record, in the order attached
 */
public record ActivityRecord(
        long id,
        String branchId,
        String activity,
        LocalDate date,
        int count,
        Integer participants,
        String topic,
        BigDecimal amount,
        String senderId,
        String senderNick,
        Instant createdAt,
        String msgId,
        String eventId,
        DatePrecision datePrecision,
        String words,
        int version,
        List<String> evidence) {

    public ActivityRecord {
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A record of the first version's fields: one message's event, a day's date, no words, not edited. */
    public ActivityRecord(long id, String branchId, String activity, LocalDate date, int count, Integer participants,
            String topic, BigDecimal amount, String senderId, String senderNick, Instant createdAt, String msgId) {
        this(id, branchId, activity, date, count, participants, topic, amount, senderId, senderNick, createdAt, msgId,
                msgId != null || id == 0 ? msgId : "rec:" + id, DatePrecision.DAY, null, 1, List.of());
    }

    ActivityRecord withId(long newId, String newEventId) {
        return new ActivityRecord(newId, branchId, activity, date, count, participants, topic, amount, senderId,
                senderNick, createdAt, msgId, newEventId, datePrecision, words, version, evidence);
    }
}
