package cn.dangjian.bot.chat;

/** The bot's answer to a message: short formal Chinese, as text or (where a list reads better) markdown. */
public record Reply(String title, String text, boolean markdown) {

    public static Reply text(String text) {
        return new Reply(null, text, false);
    }

    public static Reply markdown(String title, String text) {
        return new Reply(title, text, true);
    }
}
