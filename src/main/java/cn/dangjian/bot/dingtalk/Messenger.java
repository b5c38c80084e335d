package cn.dangjian.bot.dingtalk;

/**
 * Sends messages to DingTalk. A send that fails for a reason retrying can fix goes to a durable outbox and is
 * retried; it is never silently dropped.
 */
public interface Messenger {

    void send(Destination to, Message message);
}
