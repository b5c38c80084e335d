package cn.dangjian.bot.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.dingtalkoauth2_1_0.Client;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenResponseBody;

import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enterprise app's access token, fetched once and shared by every send until shortly before it expires. Many
 * sends needing it at once wait for one fetch; a token DingTalk rejects is dropped and fetched again.
 */
class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private record Token(String value, Instant expiresAt, Instant refreshAt) {
    }

    private final Client oauth;
    private final DingTalkProperties properties;
    private final Clock clock;
    private final Counter fetches;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token current;

    AccessTokens(Client oauth, DingTalkProperties properties, Clock clock, MeterRegistry meters) {
        this.oauth = oauth;
        this.properties = properties;
        this.clock = clock;
        this.fetches = Counter.builder(BotMetrics.TOKEN_FETCHES).description("access tokens fetched").register(meters);
    }

    /** A valid token, fetched now only if there is none or the cached one is about to expire. */
    String get() throws SendFailure {
        Token token = current;
        if (token != null && clock.instant().isBefore(token.refreshAt())) {
            return token.value();
        }
        lock.lock();
        try {
            token = current;
            Instant now = clock.instant();
            if (token != null && now.isBefore(token.refreshAt())) {
                return token.value();
            }
            try {
                current = fetch(now);
                return current.value();
            }
            catch (SendFailure failure) {
                // inside the refresh margin the old token still works: use it rather than fail the send
                if (token != null && now.isBefore(token.expiresAt())) {
                    log.warn("Refreshing the DingTalk access token failed, using the current one until it expires: {}",
                            failure.getMessage());
                    return token.value();
                }
                throw failure;
            }
        }
        finally {
            lock.unlock();
        }
    }

    /** DingTalk rejected {@code token}: forget it, unless another send has already replaced it. */
    void invalidate(String token) {
        lock.lock();
        try {
            if (current != null && current.value().equals(token)) {
                current = null;
            }
        }
        finally {
            lock.unlock();
        }
    }

    private Token fetch(Instant now) throws SendFailure {
        if (!properties.hasAppCredentials()) {
            // the message is not at fault: keep it in the outbox while an operator sets the credentials
            throw SendFailure.retryable("bot.dingtalk.app-key and app-secret are not set");
        }
        GetAccessTokenResponseBody body;
        try {
            fetches.increment();
            body = oauth.getAccessTokenWithOptions(new GetAccessTokenRequest()
                    .setAppKey(properties.appKey())
                    .setAppSecret(properties.appSecret()), new HashMap<>(), DingTalkClients.runtime(properties))
                    .getBody();
        }
        catch (Exception e) {
            SendFailure failure = OpenApiFailures.of("access token", e);
            // a wrong key or secret is an operator's fix, not the message's fault: retry until they fix it
            log.error("Fetching the DingTalk access token failed: {}", failure.getMessage());
            throw SendFailure.retryable(failure.getMessage());
        }
        if (body == null || body.getAccessToken() == null || body.getAccessToken().isBlank()) {
            throw SendFailure.retryable("access token: DingTalk answered without a token");
        }
        Duration lifetime = Duration.ofSeconds(body.getExpireIn() == null ? 7200 : body.getExpireIn());
        Duration margin = properties.tokenRefreshMargin();
        if (margin.compareTo(lifetime.dividedBy(2)) > 0) {
            margin = lifetime.dividedBy(2);
        }
        Instant expiresAt = now.plus(lifetime);
        log.info("Fetched a DingTalk access token valid for {} s", lifetime.toSeconds());
        return new Token(body.getAccessToken(), expiresAt, expiresAt.minus(margin));
    }
}
