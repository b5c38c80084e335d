/**
 * A local stand-in for DingTalk, only in the {@code local} profile: a web page that looks like a branch's group chat,
 * whose server side talks to the bot exactly as DingTalk does. It signs and POSTs robot callbacks to
 * {@code /webhook/dingtalk}, and answers the DingTalk calls the bot makes (access token, group and one-to-one sends,
 * media upload, sessionWebhook), so the bot's real {@code dingtalk} code runs against it unchanged.
 */
package cn.dangjian.bot.emulator;
