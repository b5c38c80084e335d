package cn.dangjian.bot.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private record Word(String text, String distinct, int length) {
    }

    private final List<Activity> activities;
    /** Each activity's words, as indices into {@link #all}. */
    private final List<int[]> wordsOf = new ArrayList<>();
    private final List<Word> all = new ArrayList<>();
    /**
     * For each character, the words that hold it: a text's characters are looked up once each, rather than every word
     * of the catalogue searched in the text, which was most of what an unrecognised message cost.
     */
    private final Map<Integer, int[]> holding = new HashMap<>();
    private static final int[] NONE = {};

    public Resemblance(Catalogue catalogue) {
        this.activities = catalogue.all();
        Map<Integer, List<Integer>> holders = new HashMap<>();
        for (Activity activity : activities) {
            int[] ids = new int[activity.words().size()];
            for (int i = 0; i < ids.length; i++) {
                String text = activity.words().get(i);
                String distinct = distinct(text);
                ids[i] = all.size();
                distinct.codePoints().forEach(c -> holders.computeIfAbsent(c, k -> new ArrayList<>()).add(all.size()));
                all.add(new Word(text, distinct, distinct.codePointCount(0, distinct.length())));
            }
            wordsOf.add(ids);
        }
        holders.forEach((c, ids) -> holding.put(c, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Per activity sharing at least two characters with the text, its closest word (most characters shared, then the
     * larger share of the word); the closest activities first, in catalogue order where they tie.
     */
    public List<Match> matches(String text) {
        int[] shared = new int[all.size()];
        text.codePoints().distinct().forEach(c -> {
            for (int id : holding.getOrDefault(c, NONE)) {
                shared[id]++;
            }
        });
        List<Match> found = new ArrayList<>();
        for (int order = 0; order < activities.size(); order++) {
            int best = -1;
            for (int id : wordsOf.get(order)) {
                if (best < 0 || shared[id] > shared[best]
                        || shared[id] == shared[best] && share(shared, id) > share(shared, best)) {
                    best = id;
                }
            }
            if (best >= 0 && shared[best] >= 2) {
                Word word = all.get(best);
                StringBuilder chars = new StringBuilder();
                word.distinct.codePoints().filter(c -> text.indexOf(c) >= 0).forEach(chars::appendCodePoint);
                found.add(new Match(activities.get(order), word.text, chars.toString(), share(shared, best)));
            }
        }
        // a stable sort: catalogue order where they tie
        found.sort(Comparator.comparingInt(Match::sharedCount).reversed()
                .thenComparing(Comparator.comparingDouble(Match::share).reversed()));
        return found;
    }

    private double share(int[] shared, int id) {
        return (double) shared[id] / all.get(id).length;
    }

    private static String distinct(String text) {
        return text.codePoints().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
