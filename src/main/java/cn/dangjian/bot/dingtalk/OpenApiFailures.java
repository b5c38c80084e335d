package cn.dangjian.bot.dingtalk;

import java.util.Locale;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaUnretryableException;

/**
 * Turns what the official SDK throws into a {@link SendFailure}. DingTalk's OpenAPI answers an error with a non-2xx
 * status and {@code {"code","message","requestid"}}; a rejected token is {@code InvalidAuthentication} (HTTP 400 or
 * 401), throttling is HTTP 429 or 403 with a {@code …QpsLimit…} code, a monthly quota is {@code …ApiCountLimit…}.
 */
final class OpenApiFailures {

    private OpenApiFailures() {
    }

    static SendFailure of(String call, Exception e) {
        if (e instanceof TeaException tea) {
            Integer status = tea.getStatusCode();
            String code = tea.getCode() == null ? "" : tea.getCode();
            String what = call + " failed: HTTP " + status + " " + code + " " + firstLine(tea.getMessage());
            String lower = code.toLowerCase(Locale.ROOT);
            if (lower.contains("invalidauthentication") || (status != null && status == 401)) {
                return SendFailure.tokenRejected(what);
            }
            if (status == null || status == 429 || status >= 500 || lower.contains("qpslimit")
                    || lower.contains("countlimit") || lower.contains("throttl") || lower.contains("flowcontrol")) {
                return SendFailure.retryable(what);
            }
            return SendFailure.permanent(what);
        }
        if (e instanceof TeaUnretryableException network) {
            Throwable cause = network.getCause() == null ? network : network.getCause();
            return SendFailure.retryable(call + " failed: " + cause.getClass().getSimpleName() + " "
                    + firstLine(cause.getMessage()));
        }
        // anything else (an unreadable answer, a proxy's HTML page) is transient as far as we can tell
        return SendFailure.retryable(call + " failed: " + e.getClass().getSimpleName() + " " + firstLine(e.getMessage()));
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
