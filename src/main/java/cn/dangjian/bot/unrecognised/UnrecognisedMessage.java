package cn.dangjian.bot.unrecognised;

import java.time.Instant;

/**
 * A message that stored nothing and was not chit-chat, as kept for the organisation's admins: who wrote what, when,
 * and what the bot answered.
 *
 * @param type the DingTalk msgtype it came as (text, richText, audio): a voice message misheard is a miss of its own
 */
public record UnrecognisedMessage(String branchId, String msgId, Instant at, String senderId, String senderNick,
        String type, String text, String answer) {
}
