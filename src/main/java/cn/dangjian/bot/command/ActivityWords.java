package cn.dangjian.bot.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Resemblance;

/**
 * The names and synonyms of the catalogue, indexed once for the webhook: finding the activities a message names, and
 * the closest names when it names none.
 */
final class ActivityWords {

    /** Where a message names an activity. */
    record Mention(int start, int end, Activity activity) {
    }

    private record Word(String text, Activity activity) {
    }

    private final Catalogue catalogue;
    private final Resemblance resemblance;
    private final Map<Character, List<Word>> byFirstChar = new HashMap<>();
    private final Map<String, Activity> byText = new HashMap<>();

    ActivityWords(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.resemblance = new Resemblance(catalogue);
        for (Activity activity : catalogue.all()) {
            List<String> texts = new ArrayList<>(activity.synonyms());
            texts.add(activity.name());
            for (String text : texts) {
                byText.put(text, activity);
                byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(new Word(text, activity));
                for (String said : withAspect(text)) {
                    byFirstChar.get(text.charAt(0)).add(new Word(said, activity));
                }
            }
        }
    }

    /**
     * A word that begins with its verb is also said with 了 after the verb: 重温了入党誓词, 讲了党课, 交了党费, 收缴了党费.
     * (The 了 stays visible to the speech acts: see {@link LogReader}.)
     */
    private static List<String> withAspect(String word) {
        List<String> said = new ArrayList<>();
        if (word.length() >= 3 && VERB_FIRST.indexOf(word.charAt(0)) >= 0) {
            said.add(word.charAt(0) + "了" + word.substring(1));
            if (TWO_CHARACTER_VERBS.contains(word.substring(0, 2))) {
                said.add(word.substring(0, 2) + "了" + word.substring(2));
            }
        }
        return said;
    }

    /** The first characters of the catalogue's words that are verbs (讲党课, 交党费, 重温入党誓词, 观看警示教育片 …). */
    private static final String VERB_FIRST = "讲上交收缴重观签走慰确接发办过研";
    private static final java.util.Set<String> TWO_CHARACTER_VERBS = java.util.Set.of("重温", "观看", "签订", "走访",
            "慰问", "确定", "接收", "发展", "收缴", "缴纳", "研究");

    /** The activity of a catalogue key the parser names itself (a 党小组 that "开了个会"). */
    Activity activity(String key) {
        return catalogue.get(key);
    }

    boolean isWord(String text) {
        return byText.containsKey(text);
    }

    /**
     * The activities named in the text, in order. The longest word wins wherever words overlap, so 书记讲党课 is one
     * mention and not 讲党课 plus 党课; words that do not overlap are all kept ("召开支委会和党员大会" names two).
     */
    List<Mention> find(CharSequence text) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<Word> words = byFirstChar.get(text.charAt(i));
            if (words == null) {
                continue;
            }
            for (Word word : words) {
                if (startsWith(text, i, word.text)) {
                    found.add(new Mention(i, i + word.text.length(), word.activity));
                }
            }
        }
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt((Mention m) -> m.start - m.end).thenComparingInt(Mention::start));
        boolean[] taken = new boolean[text.length()];
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            if (!overlaps(taken, m)) {
                kept.add(m);
                for (int i = m.start; i < m.end; i++) {
                    taken[i] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /**
     * Up to {@code limit} activity names closest to a text that names none, by {@link Resemblance}: those sharing the
     * most characters with one of their words (at least two: one shared character such as 会 says nothing), ordered by
     * the larger share of that word. Names sharing fewer characters than the best are left out: "开了个支部会" suggests
     * the two 支部 meetings, not 先进党支部.
     */
    List<String> closest(String text, int limit) {
        List<Resemblance.Match> matches = resemblance.matches(text);
        int best = matches.isEmpty() ? 0 : matches.get(0).sharedCount();
        return matches.stream().filter(m -> m.sharedCount() == best).limit(limit).map(m -> m.activity().name())
                .toList();
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(boolean[] taken, Mention m) {
        for (int i = m.start; i < m.end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
