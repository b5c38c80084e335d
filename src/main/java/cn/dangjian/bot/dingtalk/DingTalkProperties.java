package cn.dangjian.bot.dingtalk;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.dingtalk.*}: the app's credentials, the robot, where DingTalk's APIs are (tests and the emulator point
 * them at a local server), how messages arrive ({@code http} callback or {@code stream}) and how replies leave
 * ({@code body} of the callback's response, or a POST to the message's {@code session} webhook).
 */
@ConfigurationProperties("bot.dingtalk")
public record DingTalkProperties(
        @DefaultValue("http") Mode mode,
        String appKey,
        String appSecret,
        String robotCode,
        @DefaultValue("https://api.dingtalk.com") URI apiUrl,
        @DefaultValue("https://oapi.dingtalk.com") URI oapiUrl,
        @DefaultValue("body") ReplyMode replyMode) {

    public enum Mode { HTTP, STREAM }

    public enum ReplyMode { BODY, SESSION }
}
