package cn.dangjian.bot.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a chat message made regular before it is read: what a Chinese input method or DingTalk adds around the
 * words carries no meaning, so full-width letters, digits and punctuation become half-width, every kind of space
 * (DingTalk puts U+2005 after an @mention) becomes one, line breaks stay, leading @mentions go, and spaces between
 * Chinese words go: members type "支 委 会 2 次" as often as "支委会2次". Chinese quotes “”「」《》 stay: they mark a
 * topic.
 *
 * <p>Each character of the regular text remembers where it was typed ({@link #original}), because a topic is kept
 * exactly as the member typed it: “学条例 守规矩” keeps its space and its full-width punctuation.
 *
 * @param raw    the message as delivered
 * @param text   the regular text the parser reads
 * @param origin for each character of {@code text}, its index in {@code raw}
 */
record MessageText(String raw, String text, int[] origin) {

    private static final Pattern MENTIONS = Pattern.compile("^(?:@[^\\s,:]+(?:[\\s,:]+|$))++");

    /** What {@code \\s} matches: the whitespace a regular expression would trim. */
    static final String SPACES = " \t\n\u000B\f\r";

    /** {@code text} without the characters among {@code marks} at its end: a loop, not a search from every position. */
    static String withoutTrailing(String text, String marks) {
        int end = text.length();
        while (end > 0 && marks.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    static String normalise(String raw) {
        return of(raw).text;
    }

    static MessageText of(String raw) {
        if (raw == null) {
            return new MessageText("", "", new int[0]);
        }
        StringBuilder s = new StringBuilder(raw.length());
        int[] at = new int[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char regular;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                regular = (char) (c - 0xFEE0);
            }
            else if (c == '\uFFE5') {
                regular = '¥';
            }
            else if (c == '\u2212') {
                regular = '-';
            }
            else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            else if (c == '\n' || c == '\r') {
                // a line break ends a clause as a full stop does: "主题：学习党章" must not run into the next line
                regular = '\n';
            }
            else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                regular = ' ';
            }
            else {
                regular = c;
            }
            at[s.length()] = i;
            s.append(regular);
        }
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        if (from < to && s.charAt(from) == '@') {
            Matcher m = MENTIONS.matcher(s).region(from, to);
            if (m.lookingAt()) {
                from = m.end();
            }
        }
        return compactSpaces(raw, s, at, from, to);
    }

    /** Whether the member typed a space (or a line break) right before {@code text[i]}, which the text has dropped. */
    boolean spaceBefore(int i) {
        if (i <= 0 || i >= origin.length) {
            return false;
        }
        for (int j = origin[i - 1] + 1; j < origin[i]; j++) {
            if (Character.isWhitespace(raw.charAt(j)) || Character.isSpaceChar(raw.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** The typed text behind {@code text[start, end)}, without the zero-width characters input methods leave. */
    String original(int start, int end) {
        if (start >= end) {
            return "";
        }
        return raw.substring(origin[start], origin[end - 1] + 1).replaceAll("[\u200B\u200C\u200D\uFEFF]", "");
    }

    /**
     * Keeps one space only where it separates two Latin words or numbers ("demo branch"), or a month from an amount
     * ("党费 11月 2860": joined, 11月2860 reads as no date and no amount); drops it elsewhere, and at both ends.
     */
    private static MessageText compactSpaces(String raw, CharSequence text, int[] at, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] origin = new int[to - from];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n') {
                origin[out.length()] = at[i];
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < to && (text.charAt(end) == ' ' || text.charAt(end) == '\n')) {
                lineBreak |= text.charAt(end) == '\n';
                end++;
            }
            boolean inside = out.length() > 0 && end < to;
            if (inside && lineBreak) {
                origin[out.length()] = at[i];
                out.append('\n');
            }
            else if (inside && (latin(out.charAt(out.length() - 1)) && latin(text.charAt(end))
                    || out.charAt(out.length() - 1) == '月' && digits(text, end) >= 3)) {
                origin[out.length()] = at[i];
                out.append(' ');
            }
            i = end;
        }
        return new MessageText(raw, out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    /**
     * How long the number at {@code from} is, thousands separators included ("2,960"); in "28,5人" it is 28 alone, a
     * count following after a comma.
     */
    private static int digits(CharSequence text, int from) {
        int end = from;
        while (end < text.length()) {
            if (digit(text, end)) {
                end++;
            }
            else if (text.charAt(end) == ',' && end > from && digit(text, end + 1) && digit(text, end + 2)
                    && digit(text, end + 3) && !digit(text, end + 4)) {
                end += 4;
            }
            else {
                break;
            }
        }
        return end - from;
    }

    private static boolean digit(CharSequence text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
