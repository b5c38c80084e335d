package cn.dangjian.bot.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records of a progress's range that lack their proof: those of an obligation whose catalogue entry says
 * {@code evidence: required}, holding no photo or file. Read only when some obligation of the range asks for evidence,
 * so that a branch whose catalogue asks for none pays nothing for it.
 */
public record MissingEvidence(Map<String, List<ActivityRecord>> byActivity) {

    public static final MissingEvidence NONE = new MissingEvidence(Map.of());

    public MissingEvidence {
        byActivity = Map.copyOf(byActivity);
    }

    public static MissingEvidence of(ActivityStore store, String branchId, Progress progress) {
        Set<String> asked = progress.items().stream().filter(i -> i.activity().evidenceRequired())
                .map(i -> i.activity().key()).collect(Collectors.toSet());
        if (asked.isEmpty()) {
            return NONE;
        }
        Map<String, List<ActivityRecord>> missing = new LinkedHashMap<>();
        asked.forEach(key -> missing.put(key, List.of()));
        store.between(branchId, progress.from(), progress.to()).stream()
                .filter(r -> asked.contains(r.activity()) && r.evidence().isEmpty())
                .collect(Collectors.groupingBy(ActivityRecord::activity, LinkedHashMap::new, Collectors.toList()))
                .forEach(missing::put);
        return new MissingEvidence(missing);
    }

    /** Whether the activity's records are asked for evidence at all. */
    public boolean asked(String activity) {
        return byActivity.containsKey(activity);
    }

    /** The activity's records without evidence, oldest first (empty when none, or when none is asked). */
    public List<ActivityRecord> of(String activity) {
        return byActivity.getOrDefault(activity, List.of());
    }

    /** The records without evidence, of every activity asked. */
    public int size() {
        return byActivity.values().stream().mapToInt(List::size).sum();
    }
}
