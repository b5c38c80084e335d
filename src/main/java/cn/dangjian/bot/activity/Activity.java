package cn.dangjian.bot.activity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One kind of activity of the catalogue. {@code key} is the stable identifier used in storage, the admin API and the
 * report templates; {@code name} and {@code synonyms} are what people type; {@code unit} is what a count means
 * (次, 人次, 名, 元 …); {@code section} is the report part it feeds; {@code cadence} is the default obligation;
 * {@code evidenceRequired} ({@code evidence: required}): an inspection asks each such activity for its proof (photos,
 * the sign-in sheet), so {@code 进度} names the records that have none.
 */
public record Activity(String key, String name, List<String> synonyms, String unit, String section, Cadence cadence,
        boolean evidenceRequired) {

    /** What a key may be: it names counter fields separated by ':' in Redis, so never holds one. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public Activity {
        synonyms = List.copyOf(synonyms);
    }

    /** Dues are counted in money: the record's amount, not its count, is what the report sums. */
    public boolean countsMoney() {
        return "元".equals(unit);
    }
}
