package cn.dangjian.bot.year;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.report.DraftKind;
import cn.dangjian.bot.report.Drafts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final drafts of a closed year, both kinds, as the report feature made them when the year was closed: Markdown,
 * the Word file, the chat summary and the model's numbers as JSON ({@code dj:{branchId}:archive:{year}}). A closed
 * year's draft is always this one, never a new one; a closing again after a reopening replaces it.
 */
@Component
public class DraftArchive {

    /** One archived draft. */
    public record Archived(DraftKind kind, String fileName, String markdown, byte[] docx, String summary,
            String model, Instant archivedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Drafts drafts;
    private final StringRedisTemplate redis;
    private final Clock clock;

    public DraftArchive(Drafts drafts, StringRedisTemplate redis, Clock clock) {
        this.drafts = drafts;
        this.redis = redis;
        this.clock = clock;
    }

    static String key(String branchId, int year) {
        return new BranchKeys(branchId).draftArchive(year);
    }

    /** Makes both drafts of the year from the store and keeps them; returns them. */
    public List<Archived> archive(Branch branch, int year) {
        Instant at = clock.instant();
        Map<String, String> fields = new HashMap<>();
        fields.put("archivedAt", at.toString());
        List<Archived> archived = new java.util.ArrayList<>();
        for (DraftKind kind : DraftKind.values()) {
            Drafts.Composed composed = drafts.compose(branch, year, kind);
            Archived one = new Archived(kind, composed.fileName(), drafts.markdown(composed), drafts.docx(composed),
                    drafts.summary(composed), JSON.writeValueAsString(composed.model()), at);
            fields.put(kind.key() + ".fileName", one.fileName());
            fields.put(kind.key() + ".md", one.markdown());
            fields.put(kind.key() + ".docx", Base64.getEncoder().encodeToString(one.docx()));
            fields.put(kind.key() + ".summary", one.summary());
            fields.put(kind.key() + ".model", one.model());
            archived.add(one);
        }
        // one HSET: a reader never finds one kind of a closing beside the other kind of an earlier one
        redis.opsForHash().putAll(key(branch.id(), year), fields);
        return archived;
    }

    /** The archived draft of that kind, if the year was ever closed with its drafts archived. */
    public Optional<Archived> read(String branchId, int year, DraftKind kind) {
        List<Object> values = redis.opsForHash().multiGet(key(branchId, year), List.of(kind.key() + ".fileName",
                kind.key() + ".md", kind.key() + ".docx", kind.key() + ".summary", kind.key() + ".model",
                "archivedAt"));
        if (values.get(0) == null || values.get(2) == null) {
            return Optional.empty();
        }
        return Optional.of(new Archived(kind, values.get(0).toString(), values.get(1).toString(),
                Base64.getDecoder().decode(values.get(2).toString()), values.get(3).toString(),
                values.get(4).toString(), Instant.parse(values.get(5).toString())));
    }

    /**
     * The closed year's final draft of that kind: the archived one, or, when archiving failed at closing, made and
     * archived now (the year's records cannot have changed since).
     */
    public Archived finalDraft(Branch branch, int year, DraftKind kind) {
        return read(branch.id(), year, kind).or(() -> archive(branch, year).stream().filter(a -> a.kind() == kind)
                .findFirst()).orElseThrow();
    }

    /** When the year's drafts were archived, if they were. */
    public Optional<Instant> archivedAt(String branchId, int year) {
        Object at = redis.opsForHash().get(key(branchId, year), "archivedAt");
        return Optional.ofNullable(at).map(a -> Instant.parse(a.toString()));
    }
}
