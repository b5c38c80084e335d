package cn.dangjian.bot.chat;

/**
 * The bot's answer to a message: short formal Chinese, as text or (where a list reads better) markdown.
 *
 * @param unrecognised the message stored nothing and was not chit-chat: the conversation keeps it, with this answer,
 *                     for the organisation's admins ({@code GET /api/v1/unrecognised}), so that the catalogue can
 *                     learn the words members use. Set by the handler that decides the answer.
 */
public record Reply(String title, String text, boolean markdown, boolean unrecognised) {

    public static Reply text(String text) {
        return new Reply(null, text, false, false);
    }

    public static Reply markdown(String title, String text) {
        return new Reply(title, text, true, false);
    }

    /** This answer, to a message that stored nothing and was not chit-chat. */
    public Reply markedUnrecognised() {
        return new Reply(title, text, markdown, true);
    }
}
