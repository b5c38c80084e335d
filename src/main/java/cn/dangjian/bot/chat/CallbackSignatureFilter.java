package cn.dangjian.bot.chat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.metrics.BotMetrics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification before any handler, as Bolt's request-verification middleware. A callback reaches the controller only
 * when its {@code timestamp} and {@code sign} headers are DingTalk's for this app, within the window (an hour old to
 * a few minutes ahead), its body is at most 64 KiB, and its sign has not come with another msgId before
 * ({@link SignLedger}): DingTalk signs only the timestamp, so a sign good for one message must not carry a second.
 * {@link WebhookConfiguration} maps it on the container's {@code /webhook/*}, so no spelling of the path slips past.
 */
class CallbackSignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CallbackSignatureFilter.class);

    static final int MAX_BODY = 64 * 1024;

    private final String secret;
    private final SignLedger ledger;
    private final Clock clock;
    private final JsonMapper json;
    private final BotMetrics metrics;

    CallbackSignatureFilter(String secret, SignLedger ledger, Clock clock, JsonMapper json, BotMetrics metrics) {
        this.secret = secret;
        this.ledger = ledger;
        this.clock = clock;
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String timestamp = request.getHeader("timestamp");
        String sign = request.getHeader("sign");
        Instant now = clock.instant();
        if (!Signature.valid(timestamp, sign, secret, now)) {
            log.warn("callback refused: bad or stale signature (timestamp {}, from {})", timestamp,
                    request.getRemoteAddr());
            metrics.callbackRefused("signature");
            refuse(response, HttpStatus.UNAUTHORIZED, "签名无效或已过期");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "消息体超过64KB");
            return;
        }
        String msgId = msgId(body);
        // a body without a msgId is no robot message: the controller refuses it, and it claims no sign
        if (msgId != null) {
            Instant expires = Instant.ofEpochMilli(Long.parseLong(timestamp.strip())).plus(Signature.WINDOW);
            SignLedger.Use use;
            try {
                use = ledger.claim(sign.strip(), msgId, now, expires);
            }
            catch (RuntimeException e) {
                // without the ledger a sign cannot be known unused: refuse rather than let a replay through;
                // nothing was read or stored, DingTalk or the member sends again
                log.error("msg {}: callback refused, the sign ledger in Redis is unavailable", msgId, e);
                refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试");
                return;
            }
            if (use == SignLedger.Use.REUSED) {
                log.warn("callback refused as forged: its sign (timestamp {}) was used before by another message; "
                        + "msgId {}, from {}", timestamp, msgId, request.getRemoteAddr());
                metrics.callbackRefused("sign_reused");
                refuse(response, HttpStatus.UNAUTHORIZED, "签名已被使用");
                return;
            }
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private String msgId(byte[] body) {
        try {
            JsonNode msgId = json.readTree(body).path("msgId");
            return msgId.isString() && !msgId.asString().isBlank() ? msgId.asString() : null;
        }
        catch (JacksonException e) {
            return null;
        }
    }

    /** The answer DingTalk's own errors have: {@code errcode} and {@code errmsg}. */
    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("errcode", status.value(), "errmsg", message)));
    }

    /** The request with the body this filter has read, for the controller to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
