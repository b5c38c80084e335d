package cn.dangjian.bot.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.dangjian.bot.dingtalk.Signature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification before any handler, as Bolt's request-verification middleware: a callback whose {@code timestamp} and
 * {@code sign} headers are not DingTalk's for this app, or are outside the window, is answered 401 here and reaches
 * no controller. {@link WebhookConfiguration} maps it on the container's {@code /webhook/*}, so no spelling of the
 * path slips past it.
 */
class CallbackSignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CallbackSignatureFilter.class);

    private final String secret;
    private final Clock clock;
    private final JsonMapper json;

    CallbackSignatureFilter(String secret, Clock clock, JsonMapper json) {
        this.secret = secret;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String timestamp = request.getHeader("timestamp");
        if (!Signature.valid(timestamp, request.getHeader("sign"), secret, clock.instant())) {
            log.warn("callback refused: bad or stale signature (timestamp {}, from {})", timestamp,
                    request.getRemoteAddr());
            refuse(response, HttpStatus.UNAUTHORIZED, "签名无效或已过期");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The answer DingTalk's own errors have: {@code errcode} and {@code errmsg}. */
    void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("errcode", status.value(), "errmsg", message)));
    }
}
