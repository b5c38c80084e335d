package cn.dangjian.bot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * Branches whose secretary said 暂停提醒: {@code dj:{branch}:reminders:paused} holds who and when. A pause or resume
 * is idempotent per msgId: its outcome is kept for a day, so a message DingTalk delivers again changes nothing and is
 * answered the same.
 */
public class ReminderPauses {

    /** What a pause or resume did: {@code DONE}, or {@code ALREADY} (it was paused, or was not). */
    public enum Change { DONE, ALREADY }

    static final Duration REMEMBER_MESSAGES = Duration.ofDays(1);

    private static final RedisScript<String> CHANGE = RedisScript.of("""
            local earlier = redis.call('GET', KEYS[2])
            if earlier then
              return earlier
            end
            local outcome = 'ALREADY'
            if ARGV[1] == 'pause' then
              if redis.call('SET', KEYS[1], ARGV[2], 'NX') then
                outcome = 'DONE'
              end
            elseif redis.call('DEL', KEYS[1]) == 1 then
              outcome = 'DONE'
            end
            redis.call('SET', KEYS[2], outcome, 'EX', tonumber(ARGV[3]))
            return outcome
            """, String.class);

    private final StringRedisTemplate redis;

    public ReminderPauses(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String branchId) {
        return new BranchKeys(branchId).remindersPaused();
    }

    public Change pause(String branchId, String by, Instant at, String msgId) {
        return change("pause", branchId, by + "|" + at, msgId);
    }

    public Change resume(String branchId, String msgId) {
        return change("resume", branchId, "", msgId);
    }

    private Change change(String action, String branchId, String value, String msgId) {
        String outcome = redis.execute(CHANGE, List.of(key(branchId),
                new BranchKeys(branchId).reminderChange(msgId)), action, value,
                Long.toString(REMEMBER_MESSAGES.toSeconds()));
        return Change.valueOf(outcome);
    }

    public boolean paused(String branchId) {
        return Boolean.TRUE.equals(redis.hasKey(key(branchId)));
    }
}
