package cn.dangjian.bot.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Catalogue;

/**
 * One record as the admin API gives it (contract: exactly these fields, in this order, absent facts null; record
 * version 2 added the last five, nothing before them changed). {@code name} and {@code unit} come from the catalogue;
 * a key no longer in it keeps its key as name. {@code datePrecision} is {@code day} or {@code month}.
 */
record RecordView(long id, String activity, String name, LocalDate date, int count, String unit,
        Integer participants, String topic, BigDecimal amount, String senderId, String senderNick, Instant createdAt,
        String msgId, String eventId, String datePrecision, String words, int version, List<String> evidence) {

    static RecordView of(ActivityRecord record, Catalogue catalogue) {
        Activity activity = catalogue.find(record.activity()).orElse(null);
        return new RecordView(record.id(), record.activity(), activity == null ? record.activity() : activity.name(),
                record.date(), record.count(), activity == null ? null : activity.unit(), record.participants(),
                record.topic(), record.amount(), record.senderId(), record.senderNick(), record.createdAt(),
                record.msgId(), record.eventId(), record.datePrecision().wire(), record.words(), record.version(),
                record.evidence());
    }
}
