package cn.dangjian.bot.chat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk's robot HTTP callback, behind {@link CallbackSignatureFilter}: by the time this runs the signature, its
 * window, the sign's single use and the body's size (at most 64 KiB) have been checked.
 */
@RestController
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "http", matchIfMissing = true)
class WebhookController {

    private final Conversation conversation;
    private final Replier replier;
    private final JsonMapper json;

    WebhookController(Conversation conversation, Replier replier, JsonMapper json) {
        this.conversation = conversation;
        this.replier = replier;
        this.json = json;
    }

    @PostMapping(path = "/webhook/dingtalk", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> callback(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        CallbackPayload payload;
        try {
            payload = json.readValue(bytes, CallbackPayload.class);
        }
        catch (JacksonException e) {
            return error(HttpStatus.BAD_REQUEST, "不是钉钉机器人消息");
        }
        if (payload == null || !payload.isRobotMessage()) {
            return error(HttpStatus.BAD_REQUEST, "不是钉钉机器人消息");
        }
        InboundMessage message = payload.toInbound();
        Reply reply = conversation.handle(message);
        return replier.answerCallback(message, reply)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.ok(Map.of()));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("errcode", status.value(), "errmsg", message));
    }
}
