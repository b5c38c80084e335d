package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.EvidenceCounts;
import cn.dangjian.bot.redis.BranchKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which files are attached to which record, in Redis ({@code dj:{branchId}:ev:…}, see {@link BranchKeys}): each
 * record's list of {@link Evidence}, the branch's distinct files against its quota, and an audit stream. Attaching,
 * removing and moving are each one Lua script, so the limits are checked and the change made in one atomic step. An
 * undone record keeps its list: undoing is a soft delete, and the files come back if the record ever does.
 */
@Component
public class EvidenceStore implements EvidenceCounts {

    /** What an attachment came to. */
    public enum Outcome { OK, ALREADY, NORECORD, UNDONE, FULL, QUOTA, CHANGED }

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ATTACH = script("attach.lua");
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> DETACH = script("detach.lua");

    private final StringRedisTemplate redis;
    private final EvidenceProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvidenceStore(StringRedisTemplate redis, EvidenceProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    public Outcome attach(String branchId, long recordId, Evidence file) {
        BranchKeys keys = new BranchKeys(branchId);
        List<?> reply = redis.execute(ATTACH, List.of(keys.evidence(recordId), keys.evidenceFiles(),
                keys.evidenceBytes(), keys.evidenceAudit(), keys.record(recordId)), json.writeValueAsString(file),
                file.sha256(), Long.toString(file.size()), Integer.toString(properties.maxFiles()),
                Long.toString(properties.branchQuota().toBytes()), file.by(), clock.instant().toString(),
                Long.toString(recordId));
        return Outcome.valueOf(String.valueOf(reply.get(0)).toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Takes the file at {@code index} (0-based, as {@link #of} lists them) off the record; {@link Outcome#CHANGED}
     * when that place no longer holds the file {@code sha256} (the list changed since it was read).
     */
    public Outcome remove(String branchId, long recordId, int index, String sha256, String actor) {
        return detach(branchId, recordId, index, sha256, actor, null);
    }

    /** Moves the file at {@code index} of record {@code from} to record {@code to}, as {@link #remove} names it. */
    public Outcome move(String branchId, long from, int index, String sha256, long to, String actor) {
        return detach(branchId, from, index, sha256, actor, to);
    }

    private Outcome detach(String branchId, long from, int index, String sha256, String actor, Long to) {
        BranchKeys keys = new BranchKeys(branchId);
        String raw = redis.opsForList().index(keys.evidence(from), index);
        if (raw == null || !decode(raw).sha256().equals(sha256)) {
            return Outcome.CHANGED;
        }
        List<String> scriptKeys = to == null ? List.of(keys.evidence(from), keys.evidenceAudit())
                : List.of(keys.evidence(from), keys.evidenceAudit(), keys.evidence(to), keys.record(to));
        List<?> reply = redis.execute(DETACH, scriptKeys, Integer.toString(index), raw, actor,
                clock.instant().toString(), Long.toString(from), Integer.toString(properties.maxFiles()),
                to == null ? "" : Long.toString(to));
        return Outcome.valueOf(String.valueOf(reply.get(0)).toUpperCase(java.util.Locale.ROOT));
    }

    /** The record's files, in the order they were attached. */
    public List<Evidence> of(String branchId, long recordId) {
        List<String> items = redis.opsForList().range(new BranchKeys(branchId).evidence(recordId), 0, -1);
        return items == null ? List.of() : items.stream().map(this::decode).toList();
    }

    /** The files of many records in one round trip, by record id (records without files are left out). */
    public Map<Long, List<Evidence>> of(String branchId, List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        BranchKeys keys = new BranchKeys(branchId);
        List<Object> lists = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Long id : recordIds) {
                connection.listCommands().lRange(raw(keys.evidence(id)), 0, -1);
            }
            return null;
        });
        Map<Long, List<Evidence>> files = new LinkedHashMap<>();
        for (int i = 0; i < recordIds.size(); i++) {
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) lists.get(i);
            if (items != null && !items.isEmpty()) {
                List<Evidence> decoded = new ArrayList<>(items.size());
                items.forEach(item -> decoded.add(decode(item)));
                files.put(recordIds.get(i), decoded);
            }
        }
        return files;
    }

    @Override
    public Map<Long, Integer> counts(String branchId, List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        BranchKeys keys = new BranchKeys(branchId);
        List<Object> lengths = redis.executePipelined((RedisCallback<Object>) connection -> {
            recordIds.forEach(id -> connection.listCommands().lLen(raw(keys.evidence(id))));
            return null;
        });
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < recordIds.size(); i++) {
            long count = ((Number) lengths.get(i)).longValue();
            if (count > 0) {
                counts.put(recordIds.get(i), (int) count);
            }
        }
        return counts;
    }

    /** The bytes of the distinct files the branch keeps. */
    public long bytes(String branchId) {
        String bytes = redis.opsForValue().get(new BranchKeys(branchId).evidenceBytes());
        return bytes == null ? 0 : Long.parseLong(bytes);
    }

    /** Whether any record of the branch points at the file (a refused attachment may then forget new bytes). */
    public boolean kept(String branchId, String sha256) {
        return redis.opsForHash().hasKey(new BranchKeys(branchId).evidenceFiles(), sha256);
    }

    private static byte[] raw(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    Evidence decode(String item) {
        try {
            return json.readValue(item, Evidence.class);
        }
        catch (DataAccessException | tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("an evidence item reads as " + item, e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static RedisScript<List> script(String name) {
        try (InputStream in = new ClassPathResource(name, EvidenceStore.class).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), List.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the evidence script " + name + " is missing from the build", e);
        }
    }
}
