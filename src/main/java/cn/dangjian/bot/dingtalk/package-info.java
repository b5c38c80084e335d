/**
 * The only code that knows DingTalk's URLs and JSON. {@link cn.dangjian.bot.dingtalk.Messenger} sends a
 * {@link cn.dangjian.bot.dingtalk.Message} to a {@link cn.dangjian.bot.dingtalk.Destination}: a group or users through
 * the enterprise robot (official SDK, cached access token, media upload for files), a sessionWebhook, or a
 * 自定义机器人 (signed, paced to 20 a minute). A push that fails for a reason retrying can fix waits in a Redis outbox
 * and is retried with backoff until it goes or is given up, logged and counted; secrets and tokens never reach a log.
 */
package cn.dangjian.bot.dingtalk;
