package cn.dangjian.bot.chat;

/**
 * What a message or a request said, made fit for one log line: a msgId or a header with a line break must not write
 * a forged line of its own into the log, nor a 60,000-character id a page.
 */
final class LogText {

    private static final int MAX = 160;

    private LogText() {
    }

    static String of(String said) {
        if (said == null) {
            return "-";
        }
        StringBuilder line = new StringBuilder(Math.min(said.length(), MAX) + 16);
        for (int i = 0; i < said.length() && line.length() < MAX; i++) {
            char c = said.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || Character.getType(c) == Character.FORMAT) {
                        line.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        line.append(c);
                    }
                }
            }
        }
        if (line.length() >= MAX && said.length() > MAX) {
            line.append("…(").append(said.length()).append(" characters)");
        }
        return line.toString();
    }
}
