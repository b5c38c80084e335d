package cn.dangjian.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Activity;

/**
 * The words an organisation taught the bot (see the vocabulary feature), as a trie: finding them in a message costs
 * the length of the message times the length of the longest word, whatever their number. A {@code learned} word is a
 * synonym; a candidate only makes the bot ask. Immutable: a new set replaces the old one whole.
 */
public final class LearnedWords {

    /** A taught word, the activity it names, and whether it is learned (else a candidate). */
    public record Word(String text, Activity activity, boolean learned) {
    }

    public static final LearnedWords NONE = new LearnedWords(List.of());

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Word word;
    }

    private final Node root = new Node();
    private final int size;

    public LearnedWords(List<Word> words) {
        for (Word word : words) {
            Node node = root;
            for (char c : word.text().toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            node.word = word;
        }
        this.size = words.size();
    }

    public int size() {
        return size;
    }

    /** Every taught word found in the text (overlapping ones too), as mentions; a candidate's is a resembled one. */
    List<ActivityWords.Mention> find(CharSequence text) {
        List<ActivityWords.Mention> found = new java.util.ArrayList<>();
        if (size == 0) {
            return found;
        }
        for (int i = 0; i < text.length(); i++) {
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.word != null) {
                    found.add(new ActivityWords.Mention(i, j + 1, node.word.activity(), !node.word.learned(),
                            node.word.text()));
                }
            }
        }
        return found;
    }
}
