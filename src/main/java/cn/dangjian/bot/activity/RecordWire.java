package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record as it travels between the store and its Lua scripts, both ways: its {@link #FIELDS} in that order, joined
 * by the unit separator, '' for an absent one (the id of a record not yet stored is absent). One string a record is a
 * tenth of the replies to build and decode that a string per field would be. The scripts get this field list from
 * the header the store prepends to them ({@link #luaFields()}), so it is written here only.
 */
final class RecordWire {

    /** A control character nobody types; the store takes it out of free text, so it can join fields. */
    static final String SEPARATOR = "\u001f";

    /** The record hash's field names, in wire order. */
    static final List<String> FIELDS = List.of("id", "activity", "date", "count", "participants", "topic",
            "amountFen", "senderId", "senderNick", "createdAt", "msgId", "eventId", "datePrecision", "words", "version",
            "evidence");

    /** Between the ids of a record's evidence: ids are letters, digits, '-' and '_'. */
    static final String EVIDENCE_SEPARATOR = ",";

    private RecordWire() {
    }

    /** The record on the wire; it must hold no {@link #SEPARATOR} (the store's checks see to that). */
    static String encode(ActivityRecord r) {
        List<String> fields = new ArrayList<>(FIELDS.size());
        fields.add(r.id() == 0 ? "" : Long.toString(r.id()));
        fields.add(r.activity());
        fields.add(r.date().toString());
        fields.add(Integer.toString(r.count()));
        fields.add(r.participants() == null ? "" : r.participants().toString());
        fields.add(orEmpty(r.topic()));
        fields.add(r.amount() == null ? "" : Long.toString(fen(r.amount())));
        fields.add(r.senderId());
        fields.add(orEmpty(r.senderNick()));
        fields.add(r.createdAt().toString());
        fields.add(orEmpty(r.msgId()));
        fields.add(orEmpty(r.eventId()));
        fields.add(r.datePrecision().wire());
        fields.add(orEmpty(r.words()));
        fields.add(Integer.toString(r.version()));
        fields.add(String.join(EVIDENCE_SEPARATOR, r.evidence()));
        return String.join(SEPARATOR, fields);
    }

    /** What a member said, without who, when or which id: two messages that say the same encode the same. */
    static String content(ActivityRecord r) {
        return String.join(SEPARATOR, r.activity(), r.date().toString(), Integer.toString(r.count()),
                r.participants() == null ? "" : r.participants().toString(), orEmpty(r.topic()),
                r.amount() == null ? "" : Long.toString(fen(r.amount())));
    }

    /**
     * A record as the scripts read it: every field of {@link #FIELDS}, '' for one the hash lacks. A record written
     * before version 2 lacks the new ones and reads with their defaults: its message's msgId as event id
     * ({@code rec:} and its id without one), a day's precision, no words, version 1, no evidence.
     */
    static ActivityRecord decode(String branchId, Object line) {
        String text = line.toString();
        String[] f = text.split(SEPARATOR, -1);
        if (f.length != FIELDS.size()) {
            throw new IllegalStateException("a record of branch " + branchId + " reads as " + f.length + " fields: "
                    + text);
        }
        String msgId = emptyToNull(f[10]);
        String eventId = !f[11].isEmpty() ? f[11] : msgId != null ? msgId : "rec:" + f[0];
        return new ActivityRecord(Long.parseLong(f[0]), branchId, f[1], date(f[2]), Integer.parseInt(f[3]),
                f[4].isEmpty() ? null : Integer.valueOf(f[4]), emptyToNull(f[5]),
                f[6].isEmpty() ? null : BigDecimal.valueOf(Long.parseLong(f[6]), 2), f[7], emptyToNull(f[8]),
                instant(f[9]), msgId, eventId, DatePrecision.ofWire(f[12]), emptyToNull(f[13]),
                f[14].isEmpty() ? 1 : Integer.parseInt(f[14]),
                f[15].isEmpty() ? List.of() : List.of(f[15].split(EVIDENCE_SEPARATOR)));
    }

    /** The field list as a Lua table constructor, for the scripts' header. */
    static String luaFields() {
        return FIELDS.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "{", "}"));
    }

    /** An amount in fen, as records and counters hold it. */
    static long fen(BigDecimal amount) {
        try {
            return amount.movePointRight(2).longValueExact();
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount + " is not a whole number of fen", e);
        }
    }

    /*
     * LocalDate.parse and Instant.parse go through DateTimeFormatter, some microseconds each: most of the time of
     * reading a year of records. These read exactly what LocalDate/Instant.toString() wrote, and leave anything
     * else to the formatter.
     */
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    private static Instant instant(String text) {
        int end = text.length() - 1;
        if (end >= 19 && text.charAt(10) == 'T' && text.charAt(end) == 'Z' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && (end == 19 || text.charAt(19) == '.' && end <= 29 && end > 20)) {
            long seconds = date(text.substring(0, 10)).toEpochDay() * 86_400 + number(text, 11, 13) * 3600L
                    + number(text, 14, 16) * 60L + number(text, 17, 19);
            int nanos = end == 19 ? 0 : number(text, 20, end) * (int) Math.pow(10, 9 - (end - 20));
            return Instant.ofEpochSecond(seconds, nanos);
        }
        return Instant.parse(text);
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
