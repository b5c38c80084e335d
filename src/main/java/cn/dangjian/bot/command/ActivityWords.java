package cn.dangjian.bot.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Resemblance;

/**
 * The names and synonyms of the catalogue, indexed once for the webhook: finding the activities a message names, and
 * the closest names when it names none.
 */
final class ActivityWords {

    /**
     * Where a message names an activity. {@code resembled}: not by one of its words, but by a slip that sounds like one
     * (之委会) or by words that resemble it; the bot asks before it stores such a reading.
     */
    record Mention(int start, int end, Activity activity, boolean resembled, String teaches) {

        Mention(int start, int end, Activity activity) {
            this(start, end, activity, false, null);
        }

        Mention(int start, int end, Activity activity, boolean resembled) {
            this(start, end, activity, resembled, null);
        }
    }

    private record Word(String text, Activity activity) {
    }

    private final Catalogue catalogue;
    private final Resemblance resemblance;
    private final Map<Character, List<Word>> byFirstChar = new HashMap<>();
    private final Map<String, Activity> byText = new HashMap<>();
    /** The words of three characters or more, by every character that sounds like their first. */
    private final Map<Character, List<Word>> bySoundOfFirstChar = new HashMap<>();

    ActivityWords(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.resemblance = new Resemblance(catalogue);
        for (Activity activity : catalogue.all()) {
            for (String text : activity.words()) {
                byText.put(text, activity);
                byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(new Word(text, activity));
                for (String said : withAspect(text)) {
                    byFirstChar.get(text.charAt(0)).add(new Word(said, activity));
                }
                if (text.length() >= 3) {
                    for (char alike : Homophones.of(text.charAt(0))) {
                        bySoundOfFirstChar.computeIfAbsent(alike, c -> new ArrayList<>()).add(new Word(text, activity));
                    }
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

    /**
     * 支委 alone is the committee's members ("3名支委", "与支委谈心") except where a meeting is said to be held or is
     * listed by its day: "开了支委", "12月1日支委", a line opening with it ("支委 11月30号 5人").
     */
    private static final Finder SHORT_COMMITTEE = Finder.of(
            "(?:(?<=开了|召开|开完|开过|开个|开|[日号.])|^)支委(?![会汇绘惠慧员委成们扩碰例议])");

    /** The activity of a catalogue key the parser names itself (a 党小组 that "开了个会"). */
    Activity activity(String key) {
        return catalogue.get(key);
    }

    boolean isWord(String text) {
        return byText.containsKey(text);
    }

    /** The activity a word of the catalogue names, or null. */
    Activity activityOf(String word) {
        return byText.get(word);
    }

    /**
     * The activities named in the text, in order. The longest word wins wherever words overlap, so 书记讲党课 is one
     * mention and not 讲党课 plus 党课; words that do not overlap are all kept ("召开支委会和党员大会" names two).
     */
    List<Mention> find(CharSequence text) {
        return find(text, LearnedWords.NONE);
    }

    /**
     * As {@link #find(CharSequence)}, with the organisation's taught words: a learned one names its activity as a
     * synonym does, a candidate makes a resembled mention (the bot asks); a word of the catalogue always wins where
     * they overlap.
     */
    List<Mention> find(CharSequence text, LearnedWords learned) {
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
        Matcher committee = SHORT_COMMITTEE.matcher(text);
        for (int from = 0; SHORT_COMMITTEE.find(committee, text, from); from = committee.end()) {
            found.add(new Mention(committee.start(), committee.end(), catalogue.get("branch_committee_meeting")));
        }
        int exact = found.size();
        soundingAlike(text, found, exact);
        for (Mention taught : learned.find(text)) {
            if (found.subList(0, exact).stream().noneMatch(m -> m.start < taught.end && taught.start < m.end)) {
                found.add(taught);
            }
        }
        if (found.size() < 2) {
            return found;
        }
        // the longest first; where an exact word and a slip are as long, the exact word
        found.sort(Comparator.comparingInt((Mention m) -> m.start - m.end)
                .thenComparing(Mention::resembled).thenComparingInt(Mention::start));
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
        double bestShare = matches.isEmpty() ? 0 : matches.get(0).share();
        return matches.stream().filter(m -> close(m, best, bestShare)).limit(limit).map(m -> m.activity().name())
                .toList();
    }

    /**
     * Words typed with characters that sound like the catalogue's (主体党日, 之为会 for 支委会): at most half of a word's
     * characters replaced, at least one kept.
     */
    private void soundingAlike(CharSequence text, List<Mention> found, int exact) {
        for (int i = 0; i < text.length(); i++) {
            List<Word> words = bySoundOfFirstChar.get(text.charAt(i));
            if (words == null) {
                continue;
            }
            for (Word word : words) {
                int slips = slips(text, i, word.text);
                if (slips > 0 && slips <= (word.text.length() + 1) / 2 && slips < word.text.length()
                        && !extendsWord(text, i, word.text, found.subList(0, exact))) {
                    found.add(new Mention(i, i + word.text.length(), word.activity, true));
                }
            }
        }
    }

    /**
     * A slip at an end of what overlaps a word typed right is the next character, not a slip: "支委会已开" is 支委会
     * and 已, not 支委会议 misspelt; "主体党日活动" slips inside and stays one.
     */
    private static boolean extendsWord(CharSequence text, int at, String word, List<Mention> exact) {
        int end = at + word.length();
        boolean slipAtStart = text.charAt(at) != word.charAt(0);
        boolean slipAtEnd = text.charAt(end - 1) != word.charAt(word.length() - 1);
        for (Mention m : exact) {
            if (m.start < end && at < m.end && (slipAtStart && m.start > at || slipAtEnd && m.end < end)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of {@code word} are typed at {@code at} by one that sounds alike; -1 where one differs. */
    private static int slips(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return -1;
        }
        int slips = 0;
        for (int i = 0; i < word.length(); i++) {
            char typed = text.charAt(at + i);
            if (typed != word.charAt(i)) {
                if (!Homophones.alike(typed, word.charAt(i))) {
                    return -1;
                }
                slips++;
            }
        }
        return slips;
    }

    /**
     * The activities a text that names none resembles closely enough to ask about, each placed where the text says
     * it: the shortest stretch holding the characters it shares with the activity's closest word. Those sharing the
     * most characters (at least two) and nearly as much of their word as the closest, when there are at most
     * {@code limit} (more say nothing in particular); none whose stretch is much longer than the word, since characters
     * scattered over a sentence say nothing. {@code text} has its dates, counts and titles masked: "全体党员参加" is not
     * a 全体党员大会.
     */
    private static final double CLOSE_SHARE = 0.2;

    /** What may become a word of the organisation: a short name ("生活会", "支委碰头会"), not a stretch of a sentence. */
    private static final java.util.regex.Pattern TEACHABLE = java.util.regex.Pattern.compile(
            "[\\p{IsHan}&&[^了个过的一次着和与及在把被给又也都就还很]]{2,8}");

    static boolean teachable(String word) {
        return TEACHABLE.matcher(word).matches();
    }

    /**
     * Nearly as close as the closest: as many characters (one fewer when the closest shares four or more, and not its
     * whole word) and nearly as much of its word. 党支部会议 is 支部党员会议 or 支部委员会议 alike; 廉政主题教育 is
     * 廉政教育, not 廉政教育基地; 支部开了个委员会 is 支部委员会.
     */
    private static boolean close(Resemblance.Match match, int best, double bestShare) {
        int fewer = best >= 4 && bestShare < 1 ? 1 : 0;
        return match.sharedCount() >= best - fewer && match.share() >= bestShare - CLOSE_SHARE;
    }

    List<Mention> resembling(String text, int limit) {
        List<Resemblance.Match> matches = resemblance.matches(text);
        int best = matches.isEmpty() ? 0 : matches.get(0).sharedCount();
        double bestShare = matches.isEmpty() ? 0 : matches.get(0).share();
        List<Mention> close = new ArrayList<>();
        for (Resemblance.Match match : matches) {
            // as many characters, and nearly as much of its word: 支部会 is 支部大会 or 支部委员会 alike
            if (!close(match, best, bestShare)) {
                continue;
            }
            if (close.size() == limit) {
                return List.of();
            }
            int[] window = window(text, match.shared());
            if (window != null && window[1] - window[0] <= match.word().length() * 2
                    && text.substring(window[0], window[1]).chars().noneMatch(c -> ",。;!?\n".indexOf(c) >= 0)) {
                String said = text.substring(window[0], window[1]);
                close.add(new Mention(window[0], window[1], match.activity(), true, teachable(said) ? said : null));
            }
        }
        return close;
    }

    /** The shortest [start, end) of the text holding every character of {@code chars}; null when it holds none. */
    private static int[] window(String text, String chars) {
        int[] best = null;
        for (int start = 0; start < text.length(); start++) {
            if (chars.indexOf(text.charAt(start)) < 0) {
                continue;
            }
            java.util.Set<Character> missing = new java.util.HashSet<>();
            for (char c : chars.toCharArray()) {
                missing.add(c);
            }
            for (int end = start; end < text.length(); end++) {
                missing.remove(text.charAt(end));
                if (missing.isEmpty()) {
                    if (best == null || end + 1 - start < best[1] - best[0]) {
                        best = new int[] {start, end + 1};
                    }
                    break;
                }
            }
        }
        return best;
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
