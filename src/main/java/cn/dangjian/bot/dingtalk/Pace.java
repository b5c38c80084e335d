package cn.dangjian.bot.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * Spaces sends out across every instance: each send reserves the next free slot of its lane in Redis, at least
 * {@code interval} after the previous one. A 自定义机器人 is one lane (20 a minute); the reminders' fan-out another.
 */
public class Pace {

    private static final RedisScript<Long> RESERVE = RedisScript.of("""
            local now = tonumber(ARGV[1])
            local interval = tonumber(ARGV[2])
            local free = tonumber(redis.call('GET', KEYS[1]) or '0')
            local slot = math.max(now, free)
            redis.call('SET', KEYS[1], tostring(slot + interval), 'PX', slot + interval - now + 60000)
            return slot
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public Pace(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Reserves the next slot of {@code lane} and returns when it is: now, or later when the lane is busy. */
    public Instant reserve(String lane, Duration interval) {
        Long slot = redis.execute(RESERVE, List.of(BranchKeys.paceLane(lane)),
                Long.toString(clock.millis()), Long.toString(interval.toMillis()));
        return Instant.ofEpochMilli(slot);
    }
}
