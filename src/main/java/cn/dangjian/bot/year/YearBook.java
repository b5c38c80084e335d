package cn.dangjian.bot.year;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.report.Drafts;

/**
 * Which years of a branch are closed (Redis, {@code dj:{branchId}:year:{year}} and the set {@code dj:{branchId}:closed}).
 * Closing and reopening are one script each, with their entry in the branch's audit stream; every log and undo looks
 * at the set first.
 */
@Component
public class YearBook {

    /** What a close or reopen did. */
    public enum Change { DONE, AGAIN, ALREADY }

    private static final RedisScript<String> CLOSE = script("close.lua");
    private static final RedisScript<String> REOPEN = script("reopen.lua");

    private final StringRedisTemplate redis;

    public YearBook(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The set of the branch's closed years: one key, in the branch's slot, that reminders check in their claim. */
    public static String closedKey(String branchId) {
        return new BranchKeys(branchId).closedYears();
    }

    static String yearKey(String branchId, int year) {
        return new BranchKeys(branchId).yearClosing(year);
    }

    /** The branch's audit stream, which the store writes every create and undo to. */
    static String auditKey(String branchId) {
        return new BranchKeys(branchId).audit();
    }


    /**
     * The year a draft is for when none is named: the previous one in January and February, as for any draft
     * ({@link Drafts#defaultYear}), unless it is closed; then the current one.
     */
    public static int draftYear(LocalDate today, Set<Integer> closed) {
        int year = Drafts.defaultYear(today);
        return year < today.getYear() && closed.contains(year) ? today.getYear() : year;
    }

    public Set<Integer> closedYears(String branchId) {
        Set<String> members = redis.opsForSet().members(closedKey(branchId));
        Set<Integer> years = new TreeSet<>();
        if (members != null) {
            members.forEach(m -> years.add(Integer.parseInt(m)));
        }
        return years;
    }

    public YearStatus status(String branchId, int year) {
        Map<Object, Object> fields = redis.opsForHash().entries(yearKey(branchId, year));
        if (fields.isEmpty()) {
            return YearStatus.neverClosed(year);
        }
        return new YearStatus(year, "1".equals(fields.get("closed")), change(fields, "closed"),
                change(fields, "reopened"), text(fields, "reopenReason"));
    }

    private static YearStatus.Change change(Map<Object, Object> fields, String prefix) {
        String at = text(fields, prefix + "At");
        if (at == null) {
            return null;
        }
        return new YearStatus.Change(text(fields, prefix + "By"), text(fields, prefix + "ByNick"), Instant.parse(at),
                text(fields, prefix + "MsgId"));
    }

    private static String text(Map<Object, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    public Change close(String branchId, int year, String actor, String nick, Instant at, String msgId) {
        String outcome = redis.execute(CLOSE, keys(branchId, year), Integer.toString(year), actor, orEmpty(nick),
                at.toString(), orEmpty(msgId));
        return change(outcome, "already");
    }

    public Change reopen(String branchId, int year, String actor, String nick, Instant at, String msgId,
            String reason) {
        String outcome = redis.execute(REOPEN, keys(branchId, year), Integer.toString(year), actor, orEmpty(nick),
                at.toString(), orEmpty(msgId), reason);
        return change(outcome, "open");
    }

    private static Change change(String outcome, String already) {
        if ("done".equals(outcome)) {
            return Change.DONE;
        }
        if ("again".equals(outcome)) {
            return Change.AGAIN;
        }
        if (already.equals(outcome)) {
            return Change.ALREADY;
        }
        throw new IllegalStateException("unexpected outcome " + outcome);
    }

    private static List<String> keys(String branchId, int year) {
        return List.of(yearKey(branchId, year), closedKey(branchId), auditKey(branchId));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static RedisScript<String> script(String name) {
        try (InputStream in = new ClassPathResource(name, YearBook.class).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), String.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the year script " + name + " is missing from the build", e);
        }
    }
}
