package cn.dangjian.bot.chat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.dingtalk.DingTalkProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk's robot HTTP callback. The signature and its one-hour window are checked before anything else is read;
 * the body is bounded because the signature does not cover it.
 */
@RestController
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "http", matchIfMissing = true)
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    static final int MAX_BODY = 64 * 1024;

    private final Conversation conversation;
    private final Replier replier;
    private final DingTalkProperties dingtalk;
    private final JsonMapper json;
    private final Clock clock;

    WebhookController(Conversation conversation, Replier replier, DingTalkProperties dingtalk, JsonMapper json,
            Clock clock) {
        this.conversation = conversation;
        this.replier = replier;
        this.dingtalk = dingtalk;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/webhook/dingtalk", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> callback(@RequestHeader(name = "timestamp", required = false) String timestamp,
            @RequestHeader(name = "sign", required = false) String sign, InputStream body) throws IOException {
        if (!Signature.valid(timestamp, sign, dingtalk.appSecret(), clock.instant())) {
            log.warn("callback refused: bad or stale signature (timestamp {})", timestamp);
            return error(HttpStatus.UNAUTHORIZED, "签名无效或已过期");
        }
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "消息体超过64KB");
        }
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
