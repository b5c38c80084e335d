package cn.dangjian.bot.branch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * The one place a branch's effective shape is resolved: {@code branches.yml} where it says, else what a secretary
 * answered in chat ({@code dj:{b}:shape}), else unknown. Whatever counts obligations (progress, reminders, drafts,
 * committees, the admin API) reads the branch through {@link #effective}, so they agree. A branch whose configuration
 * says both costs no Redis read; many branches are read in one pipeline.
 */
@Component
public class Shapes {

    private static final RedisScript<Long> ANSWER = script("shape.lua");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final StringRedisTemplate redis;

    public Shapes(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The branch with its effective shape and the calendar that follows from it. */
    public Branch effective(Branch branch) {
        if (branch.profile().shape().unknown().isEmpty()) {
            return branch;
        }
        Map<Object, Object> stored = redis.opsForHash().entries(new BranchKeys(branch.id()).shape());
        return shaped(branch, stored);
    }

    /** {@link #effective} of many branches, in one round trip for those whose configuration leaves something open. */
    public List<Branch> effective(List<Branch> branches) {
        List<Branch> open = branches.stream().filter(b -> !b.profile().shape().unknown().isEmpty()).toList();
        if (open.isEmpty()) {
            return branches;
        }
        List<Object> answers = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Branch branch : open) {
                connection.hashCommands().hGetAll(new BranchKeys(branch.id()).shape()
                        .getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        Map<String, Map<Object, Object>> byId = new java.util.HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> stored = (Map<Object, Object>) answers.get(i);
            byId.put(open.get(i).id(), stored == null ? Map.of() : stored);
        }
        List<Branch> result = new ArrayList<>(branches.size());
        for (Branch branch : branches) {
            Map<Object, Object> stored = byId.get(branch.id());
            result.add(stored == null ? branch : shaped(branch, stored));
        }
        return result;
    }

    /**
     * Stores a secretary's answer where the configuration is silent on {@code subject}, with its entry in the audit
     * stream: false when it was already so (nothing changes). The configuration always wins: its subjects are not
     * stored.
     */
    public boolean answer(Branch branch, Shape.Subject subject, boolean has, String actor, String actorNick,
            String msgId, Instant at) {
        if (branch.profile().shape().of(subject).source() == Shape.Source.CONFIG) {
            throw new IllegalArgumentException("branches.yml says whether " + branch.id() + " has " + subject);
        }
        BranchKeys keys = new BranchKeys(branch.id());
        Long changed = redis.execute(ANSWER, List.of(keys.shape(), keys.audit()), subject.key(), has ? "1" : "0",
                actor, actorNick == null ? "" : actorNick, at.toString(), msgId == null ? "" : msgId,
                Integer.toString(at.atZone(CHINA).getYear()));
        return changed != null && changed == 1L;
    }

    /** The configured shape with the answers stored for its silent subjects (the template's strings, as a pipeline's). */
    private static Branch shaped(Branch branch, Map<Object, Object> stored) {
        Shape shape = branch.profile().shape();
        for (Shape.Subject subject : Shape.Subject.values()) {
            Object value = stored.get(subject.key());
            if (value != null) {
                Object by = stored.get(subject.key() + "By");
                Object at = stored.get(subject.key() + "At");
                shape = shape.answered(subject, "1".equals(value.toString()), by == null ? null : by.toString(),
                        at == null ? null : Instant.parse(at.toString()));
            }
        }
        return branch.shaped(shape);
    }

    private static RedisScript<Long> script(String name) {
        try (InputStream in = new ClassPathResource(name, Shapes.class).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), Long.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the shape script " + name + " is missing from the build", e);
        }
    }
}
