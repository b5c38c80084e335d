package cn.dangjian.bot.chat;

/** The bot's answer to a message: short formal Chinese, as text or (where a list reads better) markdown. */
public record Reply(String title, String text, boolean markdown) {

    private static final char SEPARATOR = '\u0000';

    public static Reply text(String text) {
        return new Reply(null, text, false);
    }

    public static Reply markdown(String title, String text) {
        return new Reply(title, text, true);
    }

    /** A compact form to remember the answer given to a msgId. */
    String encode() {
        return (markdown ? "m" : "t") + (title == null ? "" : title) + SEPARATOR + text;
    }

    static Reply decode(String encoded) {
        int split = encoded.indexOf(SEPARATOR);
        String title = encoded.substring(1, split);
        return new Reply(title.isEmpty() ? null : title, encoded.substring(split + 1), encoded.charAt(0) == 'm');
    }
}
