package cn.dangjian.bot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.year.YearBook;

/**
 * Who sends a reminder, exactly once across instances: {@code dj:{branch}:sent:{kind}:{period}}, set if absent by the
 * instance that wins it ({@code claimed|instance|ms}), then marked with what happened ({@code sent|…},
 * {@code nothing_to_say|…}; {@code paused|…} at once for a paused branch). It lives longer than its period, so a restart within the period finds it. A
 * claim whose instance died before marking it is taken over once it is older than the claim lease.
 */
public class ReminderLedger {

    /**
     * SET NX, or take over a claim older than ARGV[3] ms since the epoch; a paused branch (KEYS[2]) is settled as
     * paused at once, and a branch whose year ARGV[5] is closed (a member of KEYS[3]) as year_closed: its records may
     * no longer change, so there is nothing to remind of. 0 lost, 1 won, 2 taken over, 3 paused, 4 year closed. One
     * round trip per branch and reminder. KEYS[2] and KEYS[3] are optional: the committees' digest ledger claims with
     * its key alone.
     */
    public static final RedisScript<Long> CLAIM = RedisScript.of("""
            local held = redis.call('GET', KEYS[1])
            if held then
              if string.sub(held, 1, 8) ~= 'claimed|' then
                return 0
              end
              local at = tonumber(string.match(held, '|(%d+)$'))
              if not at or at >= tonumber(ARGV[3]) then
                return 0
              end
            end
            if KEYS[2] and redis.call('EXISTS', KEYS[2]) == 1 then
              redis.call('SET', KEYS[1], ARGV[4], 'EX', ARGV[2])
              return 3
            end
            if KEYS[3] and redis.call('SISMEMBER', KEYS[3], ARGV[5]) == 1 then
              redis.call('SET', KEYS[1], ARGV[6], 'EX', ARGV[2])
              return 4
            end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            if held then
              return 2
            end
            return 1
            """, Long.class);

    /**
     * Replaces the value only while this instance's claim is still the one held: with the outcome, or with nothing
     * (ARGV[2] empty) to give the claim back. The committees' digest ledger settles its claims with it too.
     */
    public static final RedisScript<Long> SETTLE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              if ARGV[2] == '' then
                redis.call('DEL', KEYS[1])
              else
                redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
              end
              return 1
            end
            return 0
            """, Long.class);

    /**
     * A claim this instance holds; {@code settled}: the branch is paused or its year closed, and the ledger already
     * says so (nothing to send or settle); null when the reminder is this instance's to send.
     */
    record Claim(String key, String value, Reminders.Outcome settled) {
    }

    private final StringRedisTemplate redis;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final Duration lease;

    ReminderLedger(StringRedisTemplate redis, Duration lease) {
        this.redis = redis;
        this.lease = lease;
    }

    static String key(String branchId, ReminderKind kind, Period period) {
        return new BranchKeys(branchId).reminderSent(kind.key(), ReminderKind.periodKey(period));
    }

    /** Longer than the period: a month's key lives 62 days, a quarter's 123, a year's 400. */
    static Duration lifetime(ReminderKind kind) {
        return switch (kind) {
            case MONTHLY -> Duration.ofDays(62);
            case QUARTERLY -> Duration.ofDays(123);
            case YEARLY -> Duration.ofDays(400);
        };
    }

    /** The claim, if this instance wins the reminder. */
    java.util.Optional<Claim> claim(String branchId, ReminderKind kind, Period period, Instant now) {
        String key = key(branchId, kind, period);
        String value = "claimed|" + instance + "|" + now.toEpochMilli();
        Long won = redis.execute(CLAIM, List.of(key, ReminderPauses.key(branchId), YearBook.closedKey(branchId)), value,
                Long.toString(lifetime(kind).toSeconds()), Long.toString(now.minus(lease).toEpochMilli()),
                "paused|" + instance + "|" + now.toEpochMilli(), Integer.toString(period.year()),
                "year_closed|" + instance + "|" + now.toEpochMilli());
        if (won == null || won == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(key, value,
                won == 3 ? Reminders.Outcome.PAUSED : won == 4 ? Reminders.Outcome.YEAR_CLOSED : null));
    }

    /** Marks what became of the reminder ({@code sent}, {@code paused}, {@code nothing}, {@code refused}). */
    void settle(Claim claim, String outcome, Instant now) {
        redis.execute(SETTLE, List.of(claim.key()), claim.value(), outcome + "|" + instance + "|" + now.toEpochMilli());
    }

    /** Gives the reminder back, unsent, for the next sweep (of this or another instance) to send. */
    void release(Claim claim) {
        redis.execute(SETTLE, List.of(claim.key()), claim.value(), "");
    }

    /**
     * Whether this instance is the one to send an organisation-wide notice of the year (once across instances and
     * restarts): {@code dj:{organisation}:notice:{name}:{year}}, set if absent for longer than a year.
     */
    boolean once(String name, int year) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(BranchKeys.organisationNotice(name, year),
                instance, lifetime(ReminderKind.YEARLY)));
    }

    /** What the ledger says of a reminder: its outcome word, or null when nobody has it. */
    String outcome(String branchId, ReminderKind kind, Period period) {
        String value = redis.opsForValue().get(key(branchId, kind, period));
        return value == null ? null : value.substring(0, value.indexOf('|'));
    }
}
