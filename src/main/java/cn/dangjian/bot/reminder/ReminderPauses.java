package cn.dangjian.bot.reminder;

import java.time.Instant;

import org.springframework.data.redis.core.StringRedisTemplate;

/** Branches whose secretary said 暂停提醒: {@code dj:{branch}:reminders:paused} holds who and when. */
public class ReminderPauses {

    private final StringRedisTemplate redis;

    public ReminderPauses(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String branchId) {
        return "dj:{" + branchId + "}:reminders:paused";
    }

    /** @return false when the branch was already paused */
    public boolean pause(String branchId, String by, Instant at) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(branchId), by + "|" + at));
    }

    /** @return false when the branch was not paused */
    public boolean resume(String branchId) {
        return Boolean.TRUE.equals(redis.delete(key(branchId)));
    }

    public boolean paused(String branchId) {
        return Boolean.TRUE.equals(redis.hasKey(key(branchId)));
    }
}
