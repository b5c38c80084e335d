package cn.dangjian.bot.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.dangjian.bot.dingtalk.Signature;
import cn.dangjian.bot.metrics.BotMetrics;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.redis.RoundTrip;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Verification before any handler, as Bolt's request-verification middleware. A callback reaches the controller only
 * when its {@code timestamp} and {@code sign} headers are DingTalk's for this app, within the window (an hour old to
 * a few minutes ahead), its body is at most 64 KiB and arrived within seconds, it is a robot message whose msgId is a
 * string fit for a key, and its sign has not come with another message before ({@link SignLedger}): DingTalk signs
 * only the timestamp, so a sign good for one message must not carry a second. A request without a good signature
 * costs nothing more: it is answered and its connection closed, its body never read.
 * {@link WebhookConfiguration} maps it on the container's {@code /webhook/*}, so no spelling of the path slips past.
 */
class CallbackSignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CallbackSignatureFilter.class);

    static final int MAX_BODY = 64 * 1024;

    /** The request attribute that carries the verified message to {@link WebhookServlet}. */
    static final String ADMITTED = "cn.dangjian.bot.chat.CallbackSignatureFilter.Admitted";

    /**
     * A callback let through: its message, and the sender's question read with the sign's claim (null when the
     * message's branch needs Redis to be known, and the conversation reads the question itself).
     */
    record Admitted(InboundMessage message, Questions.ReadAhead ahead) {
    }

    private final String secret;
    private final SignLedger ledger;
    private final StringRedisTemplate redis;
    private final BiFunction<InboundMessage, RoundTrip, Questions.ReadAhead> readAhead;
    private final Clock clock;
    private final JsonMapper json;
    private final BotMetrics metrics;
    /** Two keys of one name in a body are refused, not read as the last of them. */
    private final ObjectReader reader;
    /**
     * The body bound in one pass, as {@link #reader} then {@code treeToValue} would bind it, except that a field of
     * text given as a number or a boolean fails instead of being converted: such a body takes the two passes, which
     * tell a msgId that is not a string apart.
     */
    private final ObjectReader payloads;
    private final Duration bodyTime;

    /** {@code readAhead}: what the conversation reads first, sent in the claim's round trip ({@link Conversation}). */
    CallbackSignatureFilter(String secret, SignLedger ledger, StringRedisTemplate redis,
            BiFunction<InboundMessage, RoundTrip, Questions.ReadAhead> readAhead, Clock clock, JsonMapper json,
            BotMetrics metrics, Duration bodyTime) {
        this.secret = secret;
        this.ledger = ledger;
        this.redis = redis;
        this.readAhead = readAhead;
        this.clock = clock;
        this.json = json;
        this.metrics = metrics;
        this.reader = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.payloads = json.rebuild()
                .withCoercionConfig(LogicalType.Textual, texts -> texts
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build()
                .readerFor(CallbackPayload.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.bodyTime = bodyTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        String timestamp = request.getHeader("timestamp");
        String sign = request.getHeader("sign");
        Instant now = clock.instant();
        if (!Signature.valid(timestamp, sign, secret, now)) {
            log.warn("callback refused: bad or stale signature (timestamp {}, from {})", LogText.of(timestamp),
                    request.getRemoteAddr());
            metrics.callbackRefused("signature");
            // not a byte of the body is read, and the connection is closed so that the container does not read it
            // either: an unsigned upload dripping a byte at a time holds no worker
            refuseAndClose(request, response, HttpStatus.UNAUTHORIZED, "签名无效或已过期");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            refuseAndClose(request, response, HttpStatus.CONTENT_TOO_LARGE, "消息体超过64KB");
            return;
        }
        Body body = read(request, started + bodyTime.toNanos());
        if (body.refusal() != null) {
            log.warn("callback refused: {} (timestamp {}, from {})", body.refusal().getReasonPhrase(),
                    LogText.of(timestamp), request.getRemoteAddr());
            refuseAndClose(request, response, body.refusal(),
                    body.refusal() == HttpStatus.CONTENT_TOO_LARGE ? "消息体超过64KB" : "消息体发送过慢，已断开");
            return;
        }
        CallbackPayload payload;
        try {
            payload = payload(body.bytes());
        }
        catch (JacksonException e) {
            refuse(response, HttpStatus.BAD_REQUEST, "不是钉钉机器人消息");
            return;
        }
        if (payload == null) {
            // whatever else it says, a body without a msgId the ledger can hold claims no sign and runs nothing
            refuse(response, HttpStatus.BAD_REQUEST, "不是钉钉机器人消息：msgId须为1至" + BranchKeys.MAX_ID_LENGTH
                    + "个字符的单行文字");
            return;
        }
        if (!payload.isRobotMessage()) {
            refuse(response, HttpStatus.BAD_REQUEST, "不是钉钉机器人消息");
            return;
        }
        Instant expires = Instant.ofEpochMilli(Long.parseLong(timestamp.strip())).plus(Signature.WINDOW);
        InboundMessage message = payload.toInbound();
        SignLedger.Use use;
        Questions.ReadAhead ahead;
        try {
            // The claim and the conversation's first read go in one round trip: a sign's key and a branch's lie in
            // different slots of a cluster, so no script may hold both. The read writes nothing, so sending it before
            // the claim is decided changes nothing; what it read is used only once the claim lets the message in.
            RoundTrip trip = new RoundTrip(redis);
            SignLedger.Claim claim = ledger.claim(trip, sign.strip(), payload.msgId(), payload.digest(), now,
                    expires);
            ahead = readAhead.apply(message, trip);
            trip.send();
            use = claim.use();
        }
        catch (RuntimeException e) {
            // without the ledger a sign cannot be known unused: refuse rather than let a replay through;
            // nothing was read or stored, DingTalk or the member sends again
            log.error("msg {}: callback refused, the sign ledger in Redis is unavailable", payload.msgId(), e);
            refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试");
            return;
        }
        if (use == SignLedger.Use.REUSED) {
            log.warn("callback refused as forged: its sign (timestamp {}) was used before by another message; "
                    + "msgId {}, from {}", LogText.of(timestamp), payload.msgId(), request.getRemoteAddr());
            metrics.callbackRefused("sign_reused");
            refuse(response, HttpStatus.UNAUTHORIZED, "签名已被使用");
            return;
        }
        // the servlet answers this very message: the body is parsed once, so nothing reads it otherwise
        request.setAttribute(ADMITTED, new Admitted(message, ahead));
        chain.doFilter(request, response);
    }

    /**
     * The body's payload: bound in one pass when every field of text is a string (DingTalk's own callbacks), else read
     * as a tree first, so that a msgId which is not a string is told apart from a body that is not a robot message.
     * Null when the body has no msgId that is a string fit for a key, whatever else it says.
     */
    private CallbackPayload payload(byte[] bytes) {
        CallbackPayload payload;
        try {
            payload = payloads.readValue(bytes);
        }
        catch (JacksonException e) {
            JsonNode tree = reader.readTree(bytes);
            JsonNode msgId = tree == null ? null : tree.get("msgId");
            if (msgId == null || !msgId.isString() || !BranchKeys.isKeyId(msgId.asString())) {
                return null;
            }
            return json.treeToValue(tree, CallbackPayload.class);
        }
        return payload == null || !BranchKeys.isKeyId(payload.msgId()) ? null : payload;
    }

    /** The body as read, or why it was not: larger than 64 KiB, or still arriving at the deadline. */
    private record Body(byte[] bytes, HttpStatus refusal) {
    }

    /**
     * Reads at most {@link #MAX_BODY} bytes until {@code deadline} (System.nanoTime). A client that drips its body
     * holds a worker for the deadline and one read more (the connector's connection timeout), not for as long as it
     * likes: a captured header lets anyone start such an upload.
     */
    private static Body read(HttpServletRequest request, long deadline) throws IOException {
        InputStream in = request.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.max(256, Math.min(MAX_BODY, request.getContentLengthLong())));
        byte[] buffer = new byte[8192];
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                return new Body(null, HttpStatus.REQUEST_TIMEOUT);
            }
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, MAX_BODY + 1L - out.size()));
            if (read < 0) {
                return new Body(out.toByteArray(), null);
            }
            out.write(buffer, 0, read);
            if (out.size() > MAX_BODY) {
                return new Body(null, HttpStatus.CONTENT_TOO_LARGE);
            }
        }
    }

    /** A refusal after which the connection is closed: what is left of the body is never read. */
    private void refuseAndClose(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String message) throws IOException {
        UnreadBodies.leave(request);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refuse(response, status, message);
    }

    /** The answer DingTalk's own errors have: {@code errcode} and {@code errmsg}. */
    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("errcode", status.value(), "errmsg", message)));
    }
}
