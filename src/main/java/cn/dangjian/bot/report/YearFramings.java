package cn.dangjian.bot.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dangjian.bot.config.YamlNode;

/**
 * What a year is in the Party's calendar, as a draft's opening and its 下步打算 say it, from
 * {@code bot-config/report/years.yml}: the guiding line (党的二十大和二十届历次全会精神), the plenum or congress cited by
 * name, and the year's milestone (“十五五”开局之年). Read at start; a bad file stops the start with file and line.
 */
public final class YearFramings {

    private static final Logger log = LoggerFactory.getLogger(YearFramings.class);

    /**
     * @param year      the year it frames
     * @param guidance  深入学习贯彻党的二十大和二十届历次全会精神
     * @param focus     党的二十届四中全会精神
     * @param milestone “十五五”开局之年; empty when the entry was borrowed from an earlier year
     * @param plan      what the plans of a draft written for this year say it studies, where that is not simply
     *                  学习贯彻 its focus (2027: 迎接党的二十一大 before October, 学习贯彻 after); else empty
     * @param borrowed  whether the year had no entry of its own
     */
    public record Framing(int year, String guidance, String focus, String milestone, boolean borrowed, String plan) {

        public Framing(int year, String guidance, String focus, String milestone, boolean borrowed) {
            this(year, guidance, focus, milestone, borrowed, "");
        }
    }

    private final TreeMap<Integer, Framing> years = new TreeMap<>();

    public YearFramings(Map<Integer, Framing> years) {
        this.years.putAll(years);
        if (this.years.isEmpty()) {
            throw new IllegalArgumentException("no year framing");
        }
    }

    public static YearFramings load(Path file) {
        YamlNode root = YamlNode.load(file);
        Map<Integer, Framing> years = new TreeMap<>();
        root.required("years").entries().forEach((key, node) -> {
            int year;
            try {
                year = Integer.parseInt(key);
            }
            catch (NumberFormatException e) {
                throw node.problem("'" + key + "' is not a year");
            }
            years.put(year, new Framing(year, node.requiredText("guidance"), node.requiredText("focus"),
                    node.optionalText("milestone").orElse(""), false, node.optionalText("plan").orElse("")));
        });
        if (years.isEmpty()) {
            throw root.problem("years: at least one year is needed");
        }
        return new YearFramings(years);
    }

    /**
     * The year's framing; a year without an entry borrows the nearest earlier one (or the earliest) without its
     * milestone, which belongs to that other year, and the log says so, so that an operator adds the year.
     */
    public Framing of(int year) {
        Framing own = years.get(year);
        if (own != null) {
            return own;
        }
        Map.Entry<Integer, Framing> nearest = years.floorEntry(year);
        Framing source = nearest != null ? nearest.getValue() : years.firstEntry().getValue();
        log.warn("bot-config/report/years.yml has no entry for {}: the draft uses {}'s guidance and focus, and no"
                + " milestone", year, source.year());
        return new Framing(year, source.guidance(), source.focus(), "", true);
    }
}
