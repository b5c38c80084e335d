package cn.dangjian.bot.chat;

import java.util.Optional;

/**
 * What the bot says about the parts of a message it cannot read. The words of a message are read whatever carried
 * them (a text, a rich text's text parts, DingTalk's transcript of a voice message); in a branch's chat pictures and
 * files are evidence ({@link Attachments}); elsewhere, and videos anywhere, they get a polite answer and never make a
 * message fail.
 */
final class NonTextReplies {

    static final String PICTURE = "已收到图片。目前我只能读懂文字，请用文字告诉我开展了什么活动。";
    static final String SILENT_AUDIO = "已收到语音，但未能识别出其中的文字。请再说一遍，或用文字告诉我开展了什么活动。";
    static final String OTHER = "抱歉，目前只能识别文字和语音消息。请用文字告诉我支部开展的活动，例如“3月15日召开支委会，7人参加”；"
            + "发送“帮助”查看用法。";

    /** A transcript longer than this is shown cut: the member only needs to see whether it was heard right. */
    private static final int TRANSCRIPT_SHOWN = 60;

    private NonTextReplies() {
    }

    /** The answer to a message without words to read, or empty when its words are to be understood. */
    static Optional<Reply> withoutWords(InboundMessage message) {
        String type = message.msgType();
        boolean words = message.text() != null && !message.text().isBlank();
        if ("text".equals(type) || words) {
            return Optional.empty();
        }
        if (!message.pictures().isEmpty()) {
            return Optional.of(Reply.text(PICTURE));
        }
        if ("audio".equals(type)) {
            return Optional.of(Reply.text(SILENT_AUDIO));
        }
        if ("file".equals(type) || "video".equals(type)) {
            return Optional.of(Reply.text("已收到" + ("file".equals(type) ? "文件" : "视频")
                    + "。目前我只能读懂文字，请用文字告诉我开展了什么活动。"));
        }
        return Optional.of(Reply.text(OTHER));
    }

    /**
     * The answer to the words, told what else was there: a voice message's answer begins with what DingTalk heard
     * (a misheard 支委会 is then seen, not guessed).
     */
    static Reply annotated(InboundMessage message, Reply reply) {
        if (!"audio".equals(message.msgType()) || message.text() == null) {
            return reply;
        }
        String heard = message.text().strip();
        if (heard.length() > TRANSCRIPT_SHOWN) {
            heard = heard.substring(0, TRANSCRIPT_SHOWN) + "…";
        }
        String before = "语音识别为：“" + heard + "”" + (reply.markdown() ? "\n\n" : "\n");
        return new Reply(reply.title(), before + reply.text(), reply.markdown(), reply.unrecognised());
    }
}
