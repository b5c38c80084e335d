package cn.dangjian.bot.chat;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The robot message as DingTalk sends it, in HTTP callbacks and over Stream alike (dingtalk.md §1; field names exact).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackPayload(
        String msgtype,
        Text text,
        String msgId,
        Long createAt,
        String conversationType,
        String conversationId,
        String conversationTitle,
        String senderId,
        String senderNick,
        String senderStaffId,
        String robotCode,
        String sessionWebhook,
        Long sessionWebhookExpiredTime) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String content) {
    }

    /** What every robot message has; anything else is not one. */
    public boolean isRobotMessage() {
        return present(msgtype) && present(msgId) && present(conversationId)
                && ("1".equals(conversationType) || "2".equals(conversationType));
    }

    public InboundMessage toInbound() {
        return new InboundMessage(
                msgId,
                msgtype,
                text == null ? null : text.content(),
                conversationId,
                "2".equals(conversationType),
                conversationTitle,
                // people outside the organisation have no staffId; their DingTalk id still tells them apart
                present(senderStaffId) ? senderStaffId : senderId,
                present(senderNick) ? senderNick : "成员",
                robotCode,
                sessionWebhook,
                sessionWebhookExpiredTime == null ? null : Instant.ofEpochMilli(sessionWebhookExpiredTime),
                createAt == null ? null : Instant.ofEpochMilli(createAt));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
