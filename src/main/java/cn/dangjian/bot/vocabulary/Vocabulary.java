package cn.dangjian.bot.vocabulary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.command.LearnedWords;

/**
 * The organisation's own words for its activities, learned from its members: when a member answers 是 to a reading the
 * bot reached by resemblance, the word that named the activity ("生活会", "支委碰头会") becomes a candidate of that
 * activity; confirmed by {@link #CONFIRMERS} different members, or approved by an organisation admin, it is learned and
 * read as a synonym from then on, by every instance (each rereads the words when their version changes, at most
 * {@link #REFRESH} late). A candidate only makes the bot ask. A learned word whose record is undone within
 * {@link #UNDONE_WITHIN} of being logged drops back to candidate. The catalogue always wins: the parser never lets a
 * member teach one of its words or a command ({@code Parser.teachable}).
 *
 * <p>Redis (one organisation, so one hash tag): {@code dj:{vocabulary}:words} word → activity, status, confirmations,
 * first and last confirmation, approver; {@code dj:{vocabulary}:by:<word>} staffId → nick of who confirmed it;
 * {@code dj:{vocabulary}:version}, raised by every change.
 */
@Component
public class Vocabulary {

    public static final int CONFIRMERS = 2;
    static final Duration REFRESH = Duration.ofSeconds(1);
    static final Duration UNDONE_WITHIN = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(Vocabulary.class);
    private static final String WORDS = "dj:{vocabulary}:words";
    private static final String VERSION = "dj:{vocabulary}:version";
    private static final String SEPARATOR = "\u001f";

    /** One taught word. {@code confirmedBy}: staffId → nick of each member who confirmed it. */
    public record Word(String word, String activity, boolean learned, int confirmations, Instant firstAt,
            Instant lastAt, String approvedBy, Map<String, String> confirmedBy) {
    }

    /** A member confirmed the word: one more confirmation, and learned once enough different members have. */
    private static final RedisScript<String> CONFIRM = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            local status, count, first, approved = 'candidate', 0, ARGV[5], ''
            if current then
              local f = {}
              for part in string.gmatch(current .. '\\31', '([^\\31]*)\\31') do f[#f + 1] = part end
              if f[1] ~= ARGV[2] then return 'other' end
              status, count, first, approved = f[2], tonumber(f[3]), f[4], f[6]
            end
            redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
            count = count + 1
            if status == 'candidate' and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[6]) then status = 'learned' end
            redis.call('HSET', KEYS[1], ARGV[1], table.concat({ARGV[2], status, tostring(count), first, ARGV[5], approved}, '\\31'))
            redis.call('INCR', KEYS[3])
            return status
            """, String.class);

    /** An admin's approval (ARGV[2] 'learned') or an undone record's demotion ('candidate', its confirmers forgotten). */
    private static final RedisScript<Long> SET_STATUS = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then return 0 end
            local f = {}
            for part in string.gmatch(current .. '\\31', '([^\\31]*)\\31') do f[#f + 1] = part end
            f[2] = ARGV[2]
            if ARGV[2] == 'candidate' then
              f[6] = ''
              redis.call('DEL', KEYS[2])
            else
              f[6] = ARGV[3]
            end
            redis.call('HSET', KEYS[1], ARGV[1], table.concat(f, '\\31'))
            redis.call('INCR', KEYS[3])
            return 1
            """, Long.class);

    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            local removed = redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('DEL', KEYS[2])
            if removed == 1 then redis.call('INCR', KEYS[3]) end
            return removed
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Catalogue catalogue;
    private final Clock clock;

    private volatile LearnedWords words = LearnedWords.NONE;
    private volatile String version;
    private volatile Instant checked = Instant.EPOCH;

    public Vocabulary(StringRedisTemplate redis, Catalogue catalogue, Clock clock) {
        this.redis = redis;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The words as the parser reads them: rebuilt when another instance (or this one) changed them, checked at most
     * once per {@link #REFRESH}; the words in hand when Redis cannot be reached.
     */
    public LearnedWords words() {
        Instant now = Instant.now();
        if (now.isBefore(checked.plus(REFRESH))) {
            return words;
        }
        checked = now;
        try {
            // no version at all: nothing was ever taught, or Redis was emptied
            String current = Optional.ofNullable(redis.opsForValue().get(VERSION)).orElse("");
            if (!current.equals(version)) {
                List<LearnedWords.Word> all = new ArrayList<>();
                for (Word w : read(false)) {
                    catalogue.find(w.activity())
                            .ifPresent(a -> all.add(new LearnedWords.Word(w.word(), a, w.learned())));
                }
                words = new LearnedWords(all);
                version = current;
            }
        }
        catch (RuntimeException e) {
            log.warn("the organisation's words could not be reread, the last ones are used: {}", e.toString());
        }
        return words;
    }

    /** The member answered 是 (or its number) to a reading that {@code teaches}; true when the word is learned now. */
    public boolean confirmed(Command.Teaching teaches, String staffId, String nick) {
        if (teaches == null || teaches.word() == null || catalogue.find(teaches.activity()).isEmpty()) {
            return false;
        }
        String status = redis.execute(CONFIRM, List.of(WORDS, by(teaches.word()), VERSION), teaches.word(),
                teaches.activity(), staffId, nick == null ? "" : nick, clock.instant().toString(),
                Integer.toString(CONFIRMERS));
        checked = Instant.EPOCH;
        return "learned".equals(status);
    }

    /** An organisation admin approves a word: learned at once. False when there is no such word. */
    public boolean approve(String word, String approver) {
        return setStatus(word, "learned", approver);
    }

    /** An organisation admin removes a word, candidate or learned. False when there is no such word. */
    public boolean remove(String word) {
        Long removed = redis.execute(REMOVE, List.of(WORDS, by(word), VERSION), word);
        checked = Instant.EPOCH;
        return removed != null && removed > 0;
    }

    /**
     * A record was undone: when it was logged less than {@link #UNDONE_WITHIN} before and its words hold a learned
     * word of its activity, that word produced a wrong record and drops back to candidate.
     */
    public void undone(ActivityRecord record) {
        if (record.words() == null || record.createdAt() == null
                || record.createdAt().plus(UNDONE_WITHIN).isBefore(clock.instant())) {
            return;
        }
        String named = withoutCatalogueWords(record.words(), record.activity());
        for (Word w : read(false)) {
            if (w.learned() && w.activity().equals(record.activity()) && named.contains(w.word())) {
                log.info("learned word {} of {} dropped back to candidate: record #{} undone", w.word(), w.activity(),
                        record.id());
                setStatus(w.word(), "candidate", "");
            }
        }
    }

    /**
     * The words with the activity's own catalogue words (its name, its synonyms) blanked out, longest first: a
     * learned word found only inside them ("生活会" in "组织生活会") did not make the record.
     */
    private String withoutCatalogueWords(String words, String activity) {
        Optional<Activity> known = catalogue.find(activity);
        if (known.isEmpty()) {
            return words;
        }
        List<String> own = new ArrayList<>(known.get().synonyms());
        own.add(known.get().name());
        own.sort(java.util.Comparator.comparingInt(String::length).reversed());
        String left = words;
        for (String word : own) {
            left = left.replace(word, "\u0000");
        }
        return left;
    }

    public Optional<Word> find(String word) {
        return list().stream().filter(w -> w.word().equals(word)).findFirst();
    }

    /** Every word, learned ones first, then by activity in catalogue order and by word. */
    public List<Word> list() {
        return read(true);
    }

    /** The words, with who confirmed each only when asked: the parser's rereading needs one command, not one a word. */
    private List<Word> read(boolean confirmers) {
        Map<Object, Object> all = redis.opsForHash().entries(WORDS);
        List<Word> words = new ArrayList<>();
        for (Map.Entry<Object, Object> e : all.entrySet()) {
            String[] f = ((String) e.getValue()).split(SEPARATOR, -1);
            Map<String, String> by = new LinkedHashMap<>();
            if (confirmers) {
                redis.<String, String>opsForHash().entries(by((String) e.getKey())).forEach(by::put);
            }
            words.add(new Word((String) e.getKey(), f[0], "learned".equals(f[1]), Integer.parseInt(f[2]),
                    Instant.parse(f[3]), Instant.parse(f[4]), f[5].isEmpty() ? null : f[5], by));
        }
        List<String> order = catalogue.all().stream().map(a -> a.key()).toList();
        words.sort(Comparator.comparing((Word w) -> !w.learned()).thenComparing(w -> order.indexOf(w.activity()))
                .thenComparing(Word::word));
        return words;
    }

    private boolean setStatus(String word, String status, String approver) {
        Long done = redis.execute(SET_STATUS, List.of(WORDS, by(word), VERSION), word, status, approver);
        checked = Instant.EPOCH;
        return done != null && done > 0;
    }

    private static String by(String word) {
        return "dj:{vocabulary}:by:" + word;
    }
}
