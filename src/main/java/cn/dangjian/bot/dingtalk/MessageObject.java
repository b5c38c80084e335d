package cn.dangjian.bot.dingtalk;

import java.util.Map;

/**
 * DingTalk's message object ({@code msgtype} + content), as a callback's response body, a sessionWebhook POST and a
 * custom robot's {@code robot/send} carry it.
 */
public final class MessageObject {

    private MessageObject() {
    }

    public static Map<String, Object> of(Message message) {
        if (message instanceof Message.Text text) {
            return Map.of("msgtype", "text", "text", Map.of("content", text.content()));
        }
        if (message instanceof Message.Markdown md) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("title", md.title(), "text", md.text()));
        }
        throw new IllegalArgumentException("a file cannot travel as a message object; upload it and send sampleFile");
    }
}
