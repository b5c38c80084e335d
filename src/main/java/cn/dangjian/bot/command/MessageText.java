package cn.dangjian.bot.command;

import java.util.regex.Pattern;

/**
 * The text of a chat message made regular before it is read: what a Chinese input method or DingTalk adds around the
 * words carries no meaning, so full-width letters, digits and punctuation become half-width, every kind of space
 * (DingTalk puts U+2005 after an @mention) becomes one, line breaks stay, leading @mentions go, and spaces between
 * Chinese words go: members type "支 委 会 2 次" as often as "支委会2次". Chinese quotes “”「」《》 stay: they mark a
 * topic.
 */
final class MessageText {

    private static final Pattern MENTIONS = Pattern.compile("^(?:@\\S+(?:[ \n]+|$))+");

    private MessageText() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                s.append((char) (c - 0xFEE0));
            }
            else if (c == '\uFFE5') {
                s.append('¥');
            }
            else if (c == '\u2212') {
                s.append('-');
            }
            else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            else if (c == '\n' || c == '\r') {
                // a line break ends a clause as a full stop does: "主题：学习党章" must not run into the next line
                s.append('\n');
            }
            else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                s.append(' ');
            }
            else {
                s.append(c);
            }
        }
        String text = s.toString().strip();
        if (text.startsWith("@")) {
            text = MENTIONS.matcher(text).replaceFirst("");
        }
        return compactSpaces(text).strip();
    }

    /** Keeps one space only where it separates two Latin words or numbers ("demo branch"); drops it elsewhere. */
    private static String compactSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (i > 0 && end < text.length() && latin(text.charAt(i - 1)) && latin(text.charAt(end))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
