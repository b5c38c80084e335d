package cn.dangjian.bot.dingtalk;

import static cn.dangjian.bot.redis.BranchKeys.OUTBOX_DUE;
import static cn.dangjian.bot.redis.BranchKeys.OUTBOX_PARCELS;
import static cn.dangjian.bot.redis.BranchKeys.OUTBOX_UNREADABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;


import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable outbox: parcels in a Redis hash, their due times in a sorted set. Claiming moves a parcel's due time a
 * lease ahead in the same atomic step, so two instances never work on one parcel, and a parcel whose instance died
 * mid-send comes back when the lease runs out. Redis runs with AOF, so a restart loses nothing.
 */
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);


    private static final RedisScript<Long> PUT = RedisScript.of("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            return 1
            """, Long.class);

    private static final RedisScript<List> CLAIM = RedisScript.of("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            local claimed = {}
            for _, id in ipairs(ids) do
              local parcel = redis.call('HGET', KEYS[1], id)
              if parcel then
                redis.call('ZADD', KEYS[2], ARGV[3], id)
                table.insert(claimed, id)
                table.insert(claimed, parcel)
              else
                redis.call('ZREM', KEYS[2], id)
              end
            end
            return claimed
            """, List.class);

    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('HDEL', KEYS[1], ARGV[1])
            return redis.call('ZREM', KEYS[2], ARGV[1])
            """, Long.class);

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Destination.Group.class, name = "group"),
            @JsonSubTypes.Type(value = Destination.Users.class, name = "users"),
            @JsonSubTypes.Type(value = Destination.Session.class, name = "session"),
            @JsonSubTypes.Type(value = Destination.CustomRobot.class, name = "customRobot")})
    private interface DestinationTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Message.Text.class, name = "text"),
            @JsonSubTypes.Type(value = Message.Markdown.class, name = "markdown"),
            @JsonSubTypes.Type(value = Message.File.class, name = "file"),
            @JsonSubTypes.Type(value = Message.Image.class, name = "image")})
    private interface MessageTypes {
    }

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    Outbox(StringRedisTemplate redis) {
        this.redis = redis;
        // files travel as base64 of their bytes, so a retry after a restart can upload them again
        this.json = JsonMapper.builder()
                .addMixIn(Destination.class, DestinationTypes.class)
                .addMixIn(Message.class, MessageTypes.class)
                .build();
    }

    void put(Parcel parcel, Instant due) {
        redis.execute(PUT, List.of(OUTBOX_PARCELS, OUTBOX_DUE), parcel.id(), json.writeValueAsString(parcel),
                Long.toString(due.toEpochMilli()));
    }

    /** Up to {@code limit} parcels due at {@code now}, hidden from other instances for {@code lease}. */
    List<Parcel> claim(Instant now, Duration lease, int limit) {
        List<?> raw = redis.execute(CLAIM, List.of(OUTBOX_PARCELS, OUTBOX_DUE), Long.toString(now.toEpochMilli()),
                Integer.toString(limit), Long.toString(now.plus(lease).toEpochMilli()));
        List<Parcel> parcels = new ArrayList<>();
        if (raw == null) {
            return parcels;
        }
        for (int i = 0; i + 1 < raw.size(); i += 2) {
            String id = raw.get(i).toString();
            String payload = raw.get(i + 1).toString();
            try {
                parcels.add(json.readValue(payload, Parcel.class));
            }
            catch (JacksonException e) {
                // set aside for an operator rather than dropped, and out of the way of the parcels that can be sent
                redis.opsForHash().put(OUTBOX_UNREADABLE, id, payload);
                remove(id);
                log.error("Outbox parcel {} cannot be read and was moved to {}: {}", id, OUTBOX_UNREADABLE,
                        e.getOriginalMessage());
            }
        }
        return parcels;
    }

    void remove(String id) {
        redis.execute(REMOVE, List.of(OUTBOX_PARCELS, OUTBOX_DUE), id);
    }

    long size() {
        Long size = redis.opsForZSet().zCard(OUTBOX_DUE);
        return size == null ? 0 : size;
    }
}
