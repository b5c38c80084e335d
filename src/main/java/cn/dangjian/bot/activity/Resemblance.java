package cn.dangjian.bot.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much a text resembles each activity of the catalogue, simply enough to explain: the characters it shares with
 * the activity's closest word (its name or a synonym), each character counted once. Two shared characters at least
 * (one such as 会 says nothing). The parser suggests names by it when a message names no activity, and the
 * unrecognised messages are grouped by it, so that an admin sees which synonym is missing.
 */
public final class Resemblance {

    /**
     * The closest word of one activity: {@code shared} its characters found in the text, in the word's order;
     * {@code share} the part of the word's distinct characters they are.
     */
    public record Match(Activity activity, String word, String shared, double share) {

        public int sharedCount() {
            return shared.codePointCount(0, shared.length());
        }
    }

    /** A word with its characters each once. */
    private record Word(String text, String distinct) {
    }

    private final List<Activity> activities;
    private final List<List<Word>> words = new ArrayList<>();

    public Resemblance(Catalogue catalogue) {
        this.activities = catalogue.all();
        for (Activity activity : activities) {
            words.add(activity.words().stream().map(t -> new Word(t, distinct(t))).toList());
        }
    }

    /**
     * Per activity sharing at least two characters with the text, its closest word (most characters shared, then the
     * larger share of the word); the closest activities first, in catalogue order where they tie.
     */
    public List<Match> matches(String text) {
        List<Match> found = new ArrayList<>();
        for (int order = 0; order < activities.size(); order++) {
            Match best = null;
            for (Word word : words.get(order)) {
                StringBuilder shared = new StringBuilder();
                word.distinct.codePoints().filter(c -> text.indexOf(c) >= 0).forEach(shared::appendCodePoint);
                Match match = new Match(activities.get(order), word.text, shared.toString(),
                        (double) shared.codePointCount(0, shared.length()) / word.distinct.codePointCount(0,
                                word.distinct.length()));
                if (best == null || match.sharedCount() > best.sharedCount()
                        || match.sharedCount() == best.sharedCount() && match.share > best.share) {
                    best = match;
                }
            }
            if (best != null && best.sharedCount() >= 2) {
                found.add(best);
            }
        }
        // a stable sort: catalogue order where they tie
        found.sort(Comparator.comparingInt(Match::sharedCount).reversed()
                .thenComparing(Comparator.comparingDouble(Match::share).reversed()));
        return found;
    }

    private static String distinct(String text) {
        return text.codePoints().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
