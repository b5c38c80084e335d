package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.redis.BranchKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which files a record holds, and what they are. The record itself lists its files' SHA-256 in the order attached
 * ({@link ActivityRecord#evidence()}, attached and detached by {@link ActivityStore} with the record's audit); the
 * branch keeps each distinct file's details (kind, name, type, size, who sent it) in {@code dj:{b}:ev:files}, and
 * their bytes against its quota. A file new to the branch is admitted (quota) before a record takes it and forgotten
 * again when the record does not; an undone record keeps its list, as it keeps its other facts.
 */
@Component
public class EvidenceStore {

    /** What an attachment, removal or move came to. */
    public enum Outcome { OK, ALREADY, NORECORD, CLOSED, FULL, QUOTA, CHANGED }

    private static final RedisScript<String> ADMIT = script("admit.lua");
    private static final RedisScript<String> FORGET = script("forget.lua");

    private final StringRedisTemplate redis;
    private final ActivityStore records;
    private final EvidenceProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvidenceStore(StringRedisTemplate redis, ActivityStore records, EvidenceProperties properties) {
        this.redis = redis;
        this.records = records;
        this.properties = properties;
    }

    /** The most files one record may hold: the configured limit, within what the record store takes. */
    public int maxFiles() {
        return Math.min(properties.maxFiles(), ActivityStore.MAX_EVIDENCE);
    }

    public Outcome attach(String branchId, long recordId, Evidence file) {
        List<ActivityRecord> found = records.byIds(branchId, List.of(recordId));
        if (found.isEmpty()) {
            return Outcome.NORECORD;
        }
        if (found.get(0).evidence().contains(file.sha256())) {
            return Outcome.ALREADY;
        }
        if (found.get(0).evidence().size() >= maxFiles()) {
            return Outcome.FULL;
        }
        BranchKeys keys = new BranchKeys(branchId);
        String admitted = redis.execute(ADMIT, List.of(keys.evidenceFiles(), keys.evidenceBytes()), file.sha256(),
                json.writeValueAsString(file), Long.toString(file.size()),
                Long.toString(properties.branchQuota().toBytes()));
        if ("quota".equals(admitted)) {
            return Outcome.QUOTA;
        }
        Outcome outcome = outcome(records.attachEvidence(branchId, recordId, file.sha256(), file.by(), true, null));
        if (outcome != Outcome.OK && outcome != Outcome.ALREADY && "new".equals(admitted)) {
            redis.execute(FORGET, List.of(keys.evidenceFiles(), keys.evidenceBytes()), file.sha256(),
                    Long.toString(file.size()));
        }
        return outcome;
    }

    /**
     * Takes the file at {@code index} (0-based, as {@link #of} lists them) off the record; {@link Outcome#CHANGED}
     * when that place no longer holds the file {@code sha256} (the list changed since it was read).
     */
    public Outcome remove(String branchId, long recordId, int index, String sha256, String actor) {
        if (!at(branchId, recordId, index, sha256)) {
            return Outcome.CHANGED;
        }
        return outcome(records.detachEvidence(branchId, recordId, sha256, actor, true, null));
    }

    /**
     * Moves the file at {@code index} of record {@code from} to record {@code to}, as {@link #remove} names it. It is
     * attached to {@code to} first: a failure halfway leaves it on both records, never on none.
     */
    public Outcome move(String branchId, long from, int index, String sha256, long to, String actor) {
        if (!at(branchId, from, index, sha256)) {
            return Outcome.CHANGED;
        }
        List<ActivityRecord> target = records.byIds(branchId, List.of(to));
        if (!target.isEmpty() && target.get(0).evidence().size() >= maxFiles()) {
            return Outcome.FULL;
        }
        Outcome attached = outcome(records.attachEvidence(branchId, to, sha256, actor, true, null));
        if (attached != Outcome.OK && attached != Outcome.ALREADY) {
            return attached;
        }
        return outcome(records.detachEvidence(branchId, from, sha256, actor, true, null));
    }

    private boolean at(String branchId, long recordId, int index, String sha256) {
        List<ActivityRecord> found = records.byIds(branchId, List.of(recordId));
        return !found.isEmpty() && index < found.get(0).evidence().size()
                && found.get(0).evidence().get(index).equals(sha256);
    }

    private static Outcome outcome(ActivityStore.Change change) {
        if (change instanceof ActivityStore.Change.Done) {
            return Outcome.OK;
        }
        if (change instanceof ActivityStore.Change.Unchanged) {
            return Outcome.ALREADY;
        }
        if (change instanceof ActivityStore.Change.ClosedYear) {
            return Outcome.CLOSED;
        }
        if (change instanceof ActivityStore.Change.EvidenceFull) {
            return Outcome.FULL;
        }
        // not found, undone, or (never with anyone) another's
        return Outcome.NORECORD;
    }

    /** The record's files, in the order they were attached (an undone record's too). */
    public List<Evidence> of(String branchId, long recordId) {
        List<ActivityRecord> found = records.byIds(branchId, List.of(recordId));
        return found.isEmpty() ? List.of() : of(branchId, found).getOrDefault(recordId, List.of());
    }

    /** The files of these records, by record id (records without files are left out), in one round trip. */
    public Map<Long, List<Evidence>> of(String branchId, List<ActivityRecord> held) {
        LinkedHashSet<String> shas = new LinkedHashSet<>();
        held.forEach(r -> shas.addAll(r.evidence()));
        if (shas.isEmpty()) {
            return Map.of();
        }
        List<String> order = new ArrayList<>(shas);
        List<Object> details = redis.opsForHash().multiGet(new BranchKeys(branchId).evidenceFiles(),
                new ArrayList<>(order));
        Map<String, Evidence> bySha = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            if (details.get(i) != null) {
                bySha.put(order.get(i), decode(details.get(i).toString()));
            }
        }
        Map<Long, List<Evidence>> files = new LinkedHashMap<>();
        for (ActivityRecord record : held) {
            List<Evidence> own = record.evidence().stream().map(bySha::get).filter(java.util.Objects::nonNull)
                    .toList();
            if (!own.isEmpty()) {
                files.put(record.id(), own);
            }
        }
        return files;
    }

    /** The bytes of the distinct files the branch keeps. */
    public long bytes(String branchId) {
        String bytes = redis.opsForValue().get(new BranchKeys(branchId).evidenceBytes());
        return bytes == null ? 0 : Long.parseLong(bytes);
    }

    Evidence decode(String item) {
        try {
            return json.readValue(item, Evidence.class);
        }
        catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("evidence details read as " + item, e);
        }
    }

    private static RedisScript<String> script(String name) {
        try (InputStream in = new ClassPathResource(name, EvidenceStore.class).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), String.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the evidence script " + name + " is missing from the build", e);
        }
    }
}
