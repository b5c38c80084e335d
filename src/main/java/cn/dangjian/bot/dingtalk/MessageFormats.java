package cn.dangjian.bot.dingtalk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Message} in DingTalk's two spellings: the OpenAPI's {@code msgKey} + {@code msgParam} (a JSON string), and
 * the {@link MessageObject} that a sessionWebhook or a 自定义机器人 takes.
 */
final class MessageFormats {

    private final JsonMapper json;

    MessageFormats(JsonMapper json) {
        this.json = json;
    }

    String msgKey(Message message) {
        if (message instanceof Message.Text) {
            return "sampleText";
        }
        if (message instanceof Message.Markdown) {
            return "sampleMarkdown";
        }
        if (message instanceof Message.Image) {
            return "sampleImageMsg";
        }
        return "sampleFile";
    }

    /** {@code mediaId} is the upload's id for a file, ignored otherwise. */
    String msgParam(Message message, String mediaId) {
        Map<String, Object> param = new LinkedHashMap<>();
        if (message instanceof Message.Text t) {
            param.put("content", t.content());
        }
        else if (message instanceof Message.Markdown m) {
            param.put("title", m.title());
            param.put("text", m.text());
        }
        else if (message instanceof Message.File f) {
            param.put("mediaId", mediaId);
            param.put("fileName", f.fileName());
            param.put("fileType", fileType(f.fileName()));
        }
        else if (message instanceof Message.Image) {
            param.put("photoURL", mediaId);
        }
        return json.writeValueAsString(param);
    }

    /** The body of a sessionWebhook or 自定义机器人 POST. A file has no such form: callers refuse it before. */
    String messageObject(Message message) {
        return json.writeValueAsString(MessageObject.of(message));
    }

    static String fileType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "file" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
