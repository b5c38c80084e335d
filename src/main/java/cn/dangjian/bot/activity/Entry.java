package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a member said the branch did, before it is stored: the facts the parser understood. Absent facts are null;
 * {@code count} defaults to 1, {@code precision} to a day's. {@code words} are the member's own words for it (the
 * clause, as typed); when the parser gives none, the whole message is kept.
 * <p>
 * The bounds are what one record of a branch may say, far above any real branch and far below what would overflow a
 * counter: the parser answers a member who goes past them, the store refuses them in Java and again in its scripts,
 * before anything is written.
 */
public record Entry(String activity, LocalDate date, int count, Integer participants, String topic, BigDecimal amount,
        DatePrecision precision, String words) {

    /** Times (or 人次, 名) in one record. */
    public static final int MAX_COUNT = 1000;

    /** People at one activity. */
    public static final int MAX_PARTICIPANTS = 10_000;

    /** Yuan in one record of dues: a branch's year of dues is some thousands, not millions. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

    /** Characters of a topic: a title, not a text. */
    public static final int MAX_TOPIC = 100;

    /** Characters of the member's words kept with a record: a clause or a short message; a longer one is cut. */
    public static final int MAX_WORDS = 500;

    public Entry {
        precision = precision == null ? DatePrecision.DAY : precision;
    }

    /** A day's entry, without the member's words. */
    public Entry(String activity, LocalDate date, int count, Integer participants, String topic, BigDecimal amount) {
        this(activity, date, count, participants, topic, amount, DatePrecision.DAY, null);
    }

    public Entry withWords(String newWords) {
        return new Entry(activity, date, count, participants, topic, amount, precision, newWords);
    }
}
