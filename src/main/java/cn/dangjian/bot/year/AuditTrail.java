package cn.dangjian.bot.year;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The branch's audit stream made readable: every create, undo, edit, attach and detach the store appended, every closing and reopening of
 * a year, with who, when, which record (its activity and date) and from which message. A year's trail holds the
 * changes to records dated in that year, and that year's closings and reopenings.
 */
@Component
public class AuditTrail {

    /** Entries read per call: a long stream comes in slices, never holding Redis up. */
    private static final int SLICE = 1000;

    /**
     * One change. {@code record}, {@code activity} and {@code recordDate} (as the record is now) are set for a create,
     * an undo, an edit and an attach or detach; {@code reason} for a reopening. An edit's {@code before} and
     * {@code after} hold the fields it changed (record field names, as in docs/records.md; null for an absent fact),
     * {@code version} the record's version it made; {@code evidence} is the evidence id attached or detached.
     */
    public record Entry(String id, Instant at, String action, String actor, String actorNick, Long record,
            String activity, java.time.LocalDate recordDate, int year, String reason, String msgId,
            Map<String, String> before, Map<String, String> after, Integer version, String evidence) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringRedisTemplate redis;
    private final ActivityStore store;

    public AuditTrail(StringRedisTemplate redis, ActivityStore store) {
        this.redis = redis;
        this.store = store;
    }

    /** The year's entries, oldest first. */
    public List<Entry> of(String branchId, int year) {
        List<MapRecord<String, Object, Object>> raw = new ArrayList<>();
        Range<String> range = Range.unbounded();
        while (true) {
            List<MapRecord<String, Object, Object>> slice = redis.opsForStream().range(YearBook.auditKey(branchId),
                    range, Limit.limit().count(SLICE));
            if (slice == null || slice.isEmpty()) {
                break;
            }
            raw.addAll(slice);
            if (slice.size() < SLICE) {
                break;
            }
            range = Range.rightUnbounded(Range.Bound.exclusive(slice.get(slice.size() - 1).getId().getValue()));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (MapRecord<String, Object, Object> entry : raw) {
            String record = text(entry.getValue(), "record");
            if (record != null) {
                ids.add(Long.parseLong(record));
            }
        }
        Map<Long, ActivityRecord> records = new HashMap<>();
        List<Long> wanted = new ArrayList<>(ids);
        for (int i = 0; i < wanted.size(); i += SLICE) {
            store.byIds(branchId, wanted.subList(i, Math.min(wanted.size(), i + SLICE)))
                    .forEach(r -> records.put(r.id(), r));
        }
        List<Entry> entries = new ArrayList<>();
        for (MapRecord<String, Object, Object> entry : raw) {
            Map<Object, Object> fields = entry.getValue();
            String recordId = text(fields, "record");
            ActivityRecord record = recordId == null ? null : records.get(Long.parseLong(recordId));
            String yearField = text(fields, "year");
            int entryYear = record != null ? record.date().getYear()
                    : yearField != null ? Integer.parseInt(yearField) : 0;
            if (entryYear != year) {
                continue;
            }
            String actorNick = text(fields, "actorNick");
            if (actorNick == null && record != null && "create".equals(text(fields, "action"))) {
                actorNick = record.senderNick();
            }
            String at = text(fields, "at");
            entries.add(new Entry(entry.getId().getValue(), at == null ? null : Instant.parse(at),
                    text(fields, "action"), text(fields, "actor"), actorNick,
                    recordId == null ? null : Long.parseLong(recordId), record == null ? null : record.activity(),
                    record == null ? null : record.date(), entryYear, text(fields, "reason"), text(fields, "msgId"),
                    changed(fields, "before"), changed(fields, "after"),
                    text(fields, "version") == null ? null : Integer.valueOf(text(fields, "version")),
                    text(fields, "evidence")));
        }
        return entries;
    }

    /** An edit's changed fields, as edit.lua wrote them (a JSON object of strings and nulls). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> changed(Map<Object, Object> fields, String name) {
        String json = text(fields, name);
        return json == null ? null : new java.util.TreeMap<>(JSON.readValue(json, Map.class));
    }

    private static String text(Map<Object, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
