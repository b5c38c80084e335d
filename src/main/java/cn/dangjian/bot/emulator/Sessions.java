package cn.dangjian.bot.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sessionWebhooks handed to the bot with each callback. DingTalk keeps one usable for about 90 minutes; so does
 * the emulator, so that a bot which wrongly uses an expired one sees the same refusal.
 */
@Component
@Profile("local")
class Sessions {

    static final Duration LIFETIME = Duration.ofMinutes(90);

    record Session(String chat, Instant expiresAt) {
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for a message in this chat; returns its token. */
    String open(String chat) {
        Instant now = clock.instant();
        open.values().removeIf(s -> s.expiresAt().isBefore(now));
        String token = UUID.randomUUID().toString().replace("-", "");
        open.put(token, new Session(chat, now.plus(LIFETIME)));
        return token;
    }

    Instant expiresAt(String token) {
        return open.get(token).expiresAt();
    }

    /** The chat of a session still usable now. */
    Optional<String> chat(String token) {
        Session session = token == null ? null : open.get(token);
        if (session == null || session.expiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session.chat());
    }
}
