package cn.dangjian.bot.dingtalk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DingTalk's message object ({@code msgtype} + content), as a callback's response body, a sessionWebhook POST and a
 * custom robot's {@code robot/send} carry it. A markdown's mentions become "@staffId" in the text (DingTalk notifies
 * a person only when the text names them too) and an {@code at} object.
 */
public final class MessageObject {

    private MessageObject() {
    }

    public static Map<String, Object> of(Message message) {
        if (message instanceof Message.Text text) {
            return Map.of("msgtype", "text", "text", Map.of("content", text.content()));
        }
        if (message instanceof Message.Markdown md) {
            List<String> mentions = md.mentions();
            if (mentions.isEmpty()) {
                return Map.of("msgtype", "markdown", "markdown", Map.of("title", md.title(), "text", md.text()));
            }
            StringBuilder text = new StringBuilder(md.text()).append("\n\n");
            mentions.forEach(id -> text.append('@').append(id).append(' '));
            Map<String, Object> markdown = new LinkedHashMap<>();
            markdown.put("title", md.title());
            markdown.put("text", text.toString().strip());
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("atUserIds", mentions);
            at.put("isAtAll", false);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("msgtype", "markdown");
            body.put("markdown", markdown);
            body.put("at", at);
            return body;
        }
        throw new IllegalArgumentException("a file or an image cannot travel as a message object; upload it and send "
                + "sampleFile or sampleImageMsg");
    }
}
