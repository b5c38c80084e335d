package cn.dangjian.bot.chat;

import java.util.Optional;

/**
 * The files members send (pictures, a file, a rich text's pictures) and what they say about them: the evidence
 * feature answers these around the conversation's own reading, in a branch's chat only.
 */
public interface Attachments {

    /**
     * The answer when the message is about files as a whole (files without words, 附件 #23, 删除 #23 的第2张照片,
     * 导出台账 …), or empty when its words are for the conversation to understand.
     */
    Optional<Reply> before(Turn turn);

    /** The answer to a message that carried files beside words the conversation answered, saying where they went. */
    Reply after(Turn turn, Reply reply);
}
