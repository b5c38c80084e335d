package cn.dangjian.bot.report;

import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Service;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * What a secretary says stood out in the year (亮点：… / 成效：…), kept per branch and year in Redis, in the order
 * said, for the year's draft: records count what happened, a highlight says what it achieved. A redelivered message
 * adds nothing; adding and remembering the delivery are one step, so an answered highlight is never lost.
 */
@Service
public class Highlights {

    /** A highlight is a sentence or two of a report, not an essay. */
    public static final int MAX_LENGTH = 300;
    /** Enough for any year; a draft with more would read as a list. */
    public static final int MAX_PER_YEAR = 30;
    static final Duration REMEMBER_DELIVERY = Duration.ofDays(1);

    /** What adding said: the highlight's number in the year, or that it was there already or the year is full. */
    public sealed interface Added {
        record Kept(int number) implements Added {
        }

        record AlreadyKept() implements Added {
        }

        record YearFull() implements Added {
        }
    }

    private static final DefaultRedisScript<Long> ADD = new DefaultRedisScript<>(
            "if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end\n"
                    + "if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[3]) then redis.call('DEL', KEYS[1]) return -1 end\n"
                    + "return redis.call('RPUSH', KEYS[2], ARGV[1])", Long.class);

    private final StringRedisTemplate redis;

    public Highlights(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Added add(String branchId, int year, String text, String msgId) {
        Long result = redis.execute(ADD, List.of(new BranchKeys(branchId).highlightMessage(msgId), key(branchId, year)),
                text, String.valueOf(REMEMBER_DELIVERY.toSeconds()), String.valueOf(MAX_PER_YEAR));
        long n = result == null ? 0 : result;
        return n > 0 ? new Added.Kept((int) n) : n == 0 ? new Added.AlreadyKept() : new Added.YearFull();
    }

    public List<String> of(String branchId, int year) {
        List<String> all = redis.opsForList().range(key(branchId, year), 0, -1);
        return all == null ? List.of() : List.copyOf(all);
    }

    private static String key(String branchId, int year) {
        return new BranchKeys(branchId).highlights(year);
    }
}
