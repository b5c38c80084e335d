package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a reader of a draft notices first: its length, a sentence said twice, a phrase worn out. */
final class DraftChecks {

    private DraftChecks() {
    }

    /** Characters of text, without Markdown marks, table rows and line breaks. */
    static int length(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                text.append(line.replaceAll("^#+ ", "").replace("**", ""));
            }
        }
        return text.codePointCount(0, text.length());
    }

    /** Sentences (up to 。；：) of ten characters or more that occur twice. */
    static List<String> repeatedSentences(String markdown) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String sentence : markdown.replace("**", "").split("[。；：\n]")) {
            String s = sentence.strip();
            if (s.length() >= 10 && !s.startsWith("|") && !seen.add(s)) {
                repeated.add(s);
            }
        }
        return repeated;
    }

    static int occurrences(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            n++;
        }
        return n;
    }
}
