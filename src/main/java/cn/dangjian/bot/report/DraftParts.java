package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.report.DraftModel.ActivityYear;
import cn.dangjian.bot.report.DraftModel.Part;
import cn.dangjian.bot.report.DraftModel.Point;

/**
 * The themed parts of 履职情况 each voice tells: which points exist (only those the year's events or highlights
 * feed), and for a 述职报告 the secretary's own acts that open each part.
 */
final class DraftParts {

    private DraftParts() {
    }

    static List<Part> parts(DraftKind kind, Catalogue catalogue, Map<String, ActivityYear> facts,
            List<String> highlights) {
        Map<String, List<String>> placed = placeHighlights(highlights);
        List<Part> parts = new ArrayList<>();
        for (Outline.Theme theme : Outline.THEMES) {
            List<ActivityYear> own = kind == DraftKind.DUTY_REPORT ? ownActs(theme, facts) : List.of();
            List<List<ActivityYear>> groups = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Outline.PointSpec spec : theme.points()) {
                groups.add(spec.activities().stream().map(facts::get)
                        .filter(f -> f != null && !saidAsOwn(f, own))
                        .map(f -> own.contains(f) && Outline.IN_PERSON.contains(f.key()) ? f.withOthersTopics() : f)
                        .toList());
                keys.add(spec.key());
            }
            groups.add(catalogue.all().stream()
                    .filter(a -> a.section().equals(theme.section()) && !Outline.PLACED.containsKey(a.key()))
                    .map(a -> facts.get(a.key()))
                    .filter(f -> f != null)
                    .toList());
            keys.add(Outline.OTHER);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (!groups.get(i).isEmpty()) {
                    points.add(new Point(keys.get(i), Chinese.numeral(points.size() + 1) + "是", groups.get(i)));
                }
            }
            if (points.size() == 1) {
                Point only = points.get(0);
                points.set(0, new Point(only.key(), "", only.facts()));
            }
            List<String> said = placed.getOrDefault(theme.key(), List.of());
            if (!points.isEmpty() || !own.isEmpty() || !said.isEmpty()) {
                parts.add(new Part(theme.key(), Chinese.numeral(parts.size() + 1), own, points, said));
            }
        }
        return parts;
    }

    /** The secretary's own acts of a theme, in catalogue order of the outline. */
    private static List<ActivityYear> ownActs(Outline.Theme theme, Map<String, ActivityYear> facts) {
        List<ActivityYear> own = new ArrayList<>();
        for (Outline.PointSpec spec : theme.points()) {
            for (String key : spec.activities()) {
                ActivityYear f = facts.get(key);
                if (f != null && (Outline.CHAIRED.contains(key) || Outline.LIFE_MEETING.equals(key)
                        || Outline.IN_PERSON.contains(key) && f.own() > 0)) {
                    own.add(f);
                }
            }
        }
        return List.copyOf(own);
    }

    /** A chaired meeting, or an act the secretary did every time, is said once: as the secretary's. */
    private static boolean saidAsOwn(ActivityYear fact, List<ActivityYear> own) {
        return own.contains(fact) && (Outline.CHAIRED.contains(fact.key())
                || Outline.IN_PERSON.contains(fact.key()) && fact.own() == fact.count());
    }

    /** Each highlight to the theme whose words it uses most; one that names none goes to the organisation's part. */
    private static Map<String, List<String>> placeHighlights(List<String> highlights) {
        Map<String, List<String>> placed = new HashMap<>();
        for (String highlight : highlights) {
            String best = "organization";
            int most = 0;
            for (Outline.Theme theme : Outline.THEMES) {
                int hits = (int) theme.words().stream().filter(highlight::contains).count();
                if (hits > most) {
                    most = hits;
                    best = theme.key();
                }
            }
            placed.computeIfAbsent(best, k -> new ArrayList<>()).add(sentence(highlight));
        }
        return placed;
    }

    /** A highlight as typed, ending as a sentence does. */
    private static String sentence(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "。.;；，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

}
