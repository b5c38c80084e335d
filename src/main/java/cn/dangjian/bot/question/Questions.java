package cn.dangjian.bot.question;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.redis.RoundTrip;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot's pending questions, in Redis so that any instance reads the answer: at most one per sender and branch
 * ({@code dj:{b}:question:{sender}}), kept for its kind's {@link Question.Kind#keep()}. Asking again replaces it.
 * Taking it for an answer is one script, so two instances given one reply (or two replies at once) take it once, and
 * the answering msgId keeps what it took for a day ({@code dj:{b}:answered:{msgId}}): a redelivered answer is read
 * against the same question and answered the same.
 */
@Component
public class Questions {

    /** As long as the store remembers a delivery. */
    static final Duration REMEMBER_ANSWER = Duration.ofDays(1);

    /** Between the question's id and its JSON, so that the scripts compare the id without reading the JSON. */
    private static final String SEPARATOR = "\u001f";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    /**
     * The question this msgId already took or found gone (a redelivery is read against what its first delivery was),
     * or else the sender's pending question.
     */
    private static final RedisScript<String> OPEN = RedisScript.of("""
            return (KEYS[2] and redis.call('GET', KEYS[2])) or redis.call('GET', KEYS[1]) or false
            """, String.class);

    /**
     * Takes the question {@code ARGV[1]} for the answer {@code KEYS[2]}: the one this msgId already took, or else the
     * pending one if it is still that question. When it was taken by another answer, replaced or expired, the answer
     * keeps the question {@code ARGV[3]} marked {@link #GONE} so that its redelivery is read against it and finds it
     * gone again, instead of being read as a message of its own.
     */
    private static final RedisScript<String> TAKE = RedisScript.of("""
            local taken = redis.call('GET', KEYS[2])
            if taken then
              return taken
            end
            local pending = redis.call('GET', KEYS[1])
            if pending and string.sub(pending, 1, #ARGV[1] + 1) == ARGV[1] .. '\\31' then
              redis.call('DEL', KEYS[1])
              redis.call('SET', KEYS[2], pending, 'EX', ARGV[2])
              return pending
            end
            redis.call('SET', KEYS[2], '!' .. ARGV[3], 'EX', ARGV[2])
            return false
            """, String.class);

    /** Marks an answer's question that was gone when the answer came. */
    private static final String GONE = "!";

    private final StringRedisTemplate redis;

    public Questions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Asks the sender {@code question}, replacing any question pending. */
    public void ask(String branchId, String senderId, Question question) {
        redis.opsForValue().set(new BranchKeys(branchId).question(senderId), encode(question),
                question.kind().keep());
    }

    /**
     * The question the sender's message {@code msgId} is read against: the one pending, or the one this msgId already
     * answered (a redelivery). One round trip.
     */
    public Optional<Question> open(String branchId, String senderId, String msgId) {
        return opened(redis.execute(OPEN, openKeys(branchId, senderId, msgId)), branchId, senderId, msgId);
    }

    /**
     * The same read sent in {@code trip}, with commands of other keys: the webhook reads it with the callback's sign
     * claim, one round trip for both. A read Redis refused (a server that has not loaded the script yet) is made
     * again on its own.
     */
    public ReadAhead open(RoundTrip trip, String branchId, String senderId, String msgId) {
        RoundTrip.Answer<String> stored = trip.evalSha(OPEN, openKeys(branchId, senderId, msgId));
        return new ReadAhead(branchId, () -> {
            String read;
            try {
                read = stored.get();
            }
            catch (DataAccessException e) {
                return open(branchId, senderId, msgId);
            }
            return opened(read, branchId, senderId, msgId);
        });
    }

    /** A sender's question read ahead in a {@link RoundTrip}, in the branch it was read in. */
    public static final class ReadAhead {

        private final String branchId;
        private final Supplier<Optional<Question>> question;

        private ReadAhead(String branchId, Supplier<Optional<Question>> question) {
            this.branchId = branchId;
            this.question = question;
        }

        public String branchId() {
            return branchId;
        }

        /** The question, once the round trip is sent. */
        public Optional<Question> question() {
            return question.get();
        }
    }

    private static List<String> openKeys(String branchId, String senderId, String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        return msgId == null || msgId.isBlank() ? List.of(keys.question(senderId))
                : List.of(keys.question(senderId), keys.answered(msgId));
    }

    private static Optional<Question> opened(String stored, String branchId, String senderId, String msgId) {
        try {
            return Optional.ofNullable(stored).map(s -> decode(s.startsWith(GONE) ? s.substring(GONE.length()) : s));
        }
        catch (JacksonException e) {
            // a question that cannot be read back is no question: the message is read as if none were pending
            log.warn("msg {}: the pending question of {} in {} cannot be read: {}", msgId, senderId, branchId,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Takes {@code question} for the answer {@code msgId}, once: empty when another answer took it, a newer question
     * replaced it or it expired; the same question again for the same msgId.
     */
    public Optional<Question> take(String branchId, String senderId, Question question, String msgId) {
        BranchKeys keys = new BranchKeys(branchId);
        String answer = msgId == null || msgId.isBlank() ? "-" + question.id() : msgId;
        String taken = redis.execute(TAKE, List.of(keys.question(senderId), keys.answered(answer)), question.id(),
                Long.toString(REMEMBER_ANSWER.toSeconds()), encode(question));
        return Optional.ofNullable(taken).filter(t -> !t.startsWith(GONE)).map(Questions::decode);
    }

    /** The sender said something else: the question is no longer open. */
    public void drop(String branchId, String senderId) {
        redis.delete(key(branchId, senderId));
    }

    /**
     * The sender's pending question, for a script that writes the branch's keys anyway to drop in the same step (the
     * store's log): one round trip for the branch.
     */
    public String key(String branchId, String senderId) {
        return new BranchKeys(branchId).question(senderId);
    }

    /** The question as the store keeps it, for a script that asks it in a step of its own. */
    static String encode(Question question) {
        if (question.id() == null || question.id().contains(SEPARATOR)) {
            throw new IllegalArgumentException("a question needs an id without the separator: " + question.id());
        }
        return question.id() + SEPARATOR + JSON.writeValueAsString(question);
    }

    private static Question decode(String stored) {
        return JSON.readValue(stored.substring(stored.indexOf(SEPARATOR) + 1), Question.class);
    }
}
