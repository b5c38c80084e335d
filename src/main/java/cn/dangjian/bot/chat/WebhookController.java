package cn.dangjian.bot.chat;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's robot HTTP callback, behind {@link CallbackSignatureFilter}: by the time this runs the signature, its
 * window, the sign's single use and the body's size (at most 64 KiB) have been checked, and the body has been read into
 * the {@link CallbackPayload} this answers.
 */
@RestController
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "http", matchIfMissing = true)
class WebhookController {

    private final Conversation conversation;
    private final Replier replier;

    WebhookController(Conversation conversation, Replier replier) {
        this.conversation = conversation;
        this.replier = replier;
    }

    @PostMapping(path = "/webhook/dingtalk", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> callback(
            @RequestAttribute(CallbackSignatureFilter.PAYLOAD) CallbackPayload payload) {
        InboundMessage message = payload.toInbound();
        Reply reply = conversation.handle(message);
        return replier.answerCallback(message, reply)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.ok(Map.of()));
    }
}
