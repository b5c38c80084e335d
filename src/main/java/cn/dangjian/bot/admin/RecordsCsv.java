package cn.dangjian.bot.admin;

import java.util.Arrays;
import java.util.List;

import static cn.dangjian.bot.admin.Csv.text;

/** The records as CSV, one line per record, the JSON's fields as columns (the evidence ids comma-separated, as records hold them). */
final class RecordsCsv {

    static final List<String> HEADER = List.of("id", "activity", "name", "date", "count", "unit", "participants",
            "topic", "amount", "senderId", "senderNick", "createdAt", "msgId", "eventId", "datePrecision", "words",
            "version", "evidence");

    private RecordsCsv() {
    }

    static byte[] of(List<RecordView> records) {
        return Csv.of(HEADER, records.stream().map(r -> Arrays.asList(Long.toString(r.id()), text(r.activity()),
                text(r.name()), r.date().toString(), Integer.toString(r.count()), text(r.unit()),
                r.participants() == null ? "" : r.participants().toString(), text(r.topic()),
                r.amount() == null ? "" : r.amount().toPlainString(), text(r.senderId()), text(r.senderNick()),
                r.createdAt().toString(), text(r.msgId()), text(r.eventId()), r.datePrecision(), text(r.words()),
                Integer.toString(r.version()), text(String.join(",", r.evidence())))).toList());
    }
}
