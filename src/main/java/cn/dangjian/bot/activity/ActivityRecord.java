package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored activity of a branch. Field names are the admin API's contract:
 * {@code {id, activity, name, date, count, unit, participants, topic, amount, senderId, senderNick, createdAt, msgId}}.
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
        String msgId) {
}
