package cn.dangjian.bot.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * What a meeting decides and a member may log beside it (接收预备党员, 转正, 确定发展对象, 表彰): a result that exists
     * once it was decided, and the year's 发展党员 or 表彰 wherever it was decided.
     */
    public static final Set<String> DECIDED_AT_MEETINGS = Set.of("new_member", "full_membership", "development_target",
            "activist_training", "commendation");

    /** Every word that names it: its synonyms, then its name. */
    public List<String> words() {
        List<String> words = new ArrayList<>(synonyms);
        words.add(name);
        return words;
    }

    /** Dues are counted in money: the record's amount, not its count, is what the report sums. */
    public boolean countsMoney() {
        return "元".equals(unit);
    }
}
