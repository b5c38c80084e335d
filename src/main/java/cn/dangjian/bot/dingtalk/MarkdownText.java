package cn.dangjian.bot.dingtalk;

/**
 * Text that members typed, made safe to put into a Markdown message: it reads the same but cannot become the bot's
 * own link, image, heading, list, emphasis or HTML. The characters Markdown gives a meaning to become their
 * full-width forms (a '#' only where it would open a heading, at the start of the text: mid-line it is plain, and
 * the ids of records, #12, read as members type them), as a Chinese input method types them anyway (a backslash escape is not certain to be honoured by
 * DingTalk's renderer, and would show where it is not); "://" loses its colon to a full-width one, so that no
 * renderer makes a bare address a link; line breaks become spaces, so that member text never starts a line.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_[](){}<>!|~&";
    private static final String FULL_WIDTH = "＼｀＊＿［］（）｛｝＜＞！｜～＆";

    private MarkdownText() {
    }

    /** {@code text} as plain text inside Markdown; null stays null. */
    public static String literal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int special = SPECIAL.indexOf(c);
            if (special >= 0) {
                out.append(FULL_WIDTH.charAt(special));
            }
            else if (c == '#' && out.toString().isBlank()) {
                out.append('＃');
            }
            else if (c == '\n' || c == '\r') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
            else if (c == ':' && text.startsWith("//", i + 1)) {
                out.append('：');
            }
            else {
                out.append(c);
            }
        }
        // what would open a list or a quote at the start of a line
        if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
            out.setCharAt(0, out.charAt(0) == '-' ? '－' : out.charAt(0) == '+' ? '＋' : '＝');
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && out.charAt(digits) == '.') {
            out.setCharAt(digits, '．');
        }
        return out.toString();
    }
}
