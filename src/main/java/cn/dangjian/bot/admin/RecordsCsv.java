package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The records as CSV for Excel: RFC 4180 (comma, CRLF, quotes doubled inside quoted fields), UTF-8 with a byte order
 * mark — without it Excel reads the Chinese as the local code page.
 */
final class RecordsCsv {

    static final List<String> HEADER = List.of("id", "activity", "name", "date", "count", "unit", "participants",
            "topic", "amount", "senderId", "senderNick", "createdAt", "msgId");

    private RecordsCsv() {
    }

    static byte[] of(List<RecordView> records) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADER);
        for (RecordView r : records) {
            line(csv, Arrays.asList(Long.toString(r.id()), text(r.activity()), text(r.name()),
                    r.date().toString(), Integer.toString(r.count()), text(r.unit()),
                    r.participants() == null ? "" : r.participants().toString(), text(r.topic()),
                    r.amount() == null ? "" : r.amount().toPlainString(), text(r.senderId()), text(r.senderNick()),
                    r.createdAt().toString(), text(r.msgId())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Text typed in chat (a topic, a nick) that begins like a formula would run as one when the secretary opens the
     * file in Excel; a leading apostrophe makes Excel show it as the text it is.
     */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
