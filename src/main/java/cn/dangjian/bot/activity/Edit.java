package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts an edit changes, each checked as it is set ({@link IllegalArgumentException} for what no record may hold,
 * as {@link ActivityStore#log} refuses it); facts not set stay as they are. Setting participants, a topic or an amount
 * to null clears it. Immutable: each setter returns a new edit.
 */
public final class Edit {

    /** The record's field names (as {@link RecordWire} has them) and their new values, '' for a cleared fact. */
    private final Map<String, String> fields;

    private Edit(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** An edit that changes nothing yet. */
    public static Edit of() {
        return new Edit(new LinkedHashMap<>());
    }

    public Edit activity(String key) {
        if (key == null || !Activity.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid activity key '" + key + "'");
        }
        return with("activity", key);
    }

    /** A day's date. */
    public Edit date(LocalDate date) {
        return dated(date, DatePrecision.DAY);
    }

    /** A month's date: the record is dated the month's 1st and said as the month. */
    public Edit month(YearMonth month) {
        return dated(month.atDay(1), DatePrecision.MONTH);
    }

    public Edit count(int count) {
        if (count < 1 || count > Entry.MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1 to " + Entry.MAX_COUNT + ", was " + count);
        }
        return with("count", Integer.toString(count));
    }

    public Edit participants(Integer participants) {
        if (participants != null && (participants < 0 || participants > Entry.MAX_PARTICIPANTS)) {
            throw new IllegalArgumentException("participants must be 0 to " + Entry.MAX_PARTICIPANTS + ", was "
                    + participants);
        }
        return with("participants", participants == null ? "" : participants.toString());
    }

    /** A topic as one line; a blank one clears it. */
    public Edit topic(String topic) {
        String line = ActivityStore.oneLine(topic);
        if (line != null && line.codePointCount(0, line.length()) > Entry.MAX_TOPIC) {
            throw new IllegalArgumentException("topic longer than " + Entry.MAX_TOPIC + " characters");
        }
        return with("topic", line == null || line.isBlank() ? "" : line);
    }

    public Edit amount(BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(Entry.MAX_AMOUNT) > 0)) {
            throw new IllegalArgumentException("amount must be 0 to " + Entry.MAX_AMOUNT + ", was " + amount);
        }
        return with("amountFen", amount == null ? "" : Long.toString(RecordWire.fen(amount)));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The new date when the edit sets one. */
    LocalDate newDate() {
        String date = fields.get("date");
        return date == null ? null : LocalDate.parse(date);
    }

    Map<String, String> fields() {
        return fields;
    }

    private Edit dated(LocalDate date, DatePrecision precision) {
        if (date == null || date.getYear() < 1970 || date.getYear() > 9999) {
            throw new IllegalArgumentException("date " + date + " is out of range");
        }
        return with("date", date.toString()).with("datePrecision", precision.wire());
    }

    private Edit with(String field, String value) {
        Map<String, String> next = new LinkedHashMap<>(fields);
        next.put(field, value);
        return new Edit(next);
    }

    @Override
    public String toString() {
        return "Edit" + fields;
    }
}
