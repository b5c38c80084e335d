package cn.dangjian.bot.branch;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.redis.BranchKeys;

/**
 * Finds the branch a message belongs to. A group belongs to the branch that {@code branches.yml} binds it to, else to
 * the one an organisation admin bound it to by message (kept in Redis; the file wins on conflict). In a one-to-one chat
 * the person's branch is the one the file names them in, else the one whose group they last spoke in.
 */
@Component
public class BranchDirectory {

    /**
     * A month: every branch holds its 主题党日 and 支委会 monthly and the bot reminds it monthly, so a member still in
     * the branch speaks in its group within a month; one who left keeps one-to-one access no longer than that.
     */
    static final Duration REMEMBER_BRANCH = Duration.ofDays(30);

    private final Branches branches;
    private final StringRedisTemplate redis;

    public BranchDirectory(Branches branches, StringRedisTemplate redis) {
        this.branches = branches;
        this.redis = redis;
    }

    /** Outcome of 绑定: bound now, or the file already binds the group (to this or another branch). */
    public sealed interface Binding {
        record Bound(Branch branch) implements Binding {
        }

        record FixedByConfiguration(Branch branch) implements Binding {
        }
    }

    /**
     * The branch {@code branches.yml} gives a message, found without Redis: a group's by the file, a person's in a
     * one-to-one chat by the file. What {@link #forGroup} or {@link #forPerson} answers whenever the file names one.
     */
    public Optional<Branch> configured(boolean group, String conversationId, String staffId) {
        return group ? branches.byConversation(conversationId) : branches.ofPerson(staffId);
    }

    public Optional<Branch> forGroup(String conversationId) {
        return branches.byConversation(conversationId)
                .or(() -> Optional.ofNullable(redis.opsForValue().get(bindingKey(conversationId)))
                        .flatMap(branches::byId));
    }

    public Binding bind(String conversationId, Branch branch) {
        Optional<Branch> configured = branches.byConversation(conversationId);
        if (configured.isPresent()) {
            return new Binding.FixedByConfiguration(configured.get());
        }
        redis.opsForValue().set(bindingKey(conversationId), branch.id());
        return new Binding.Bound(branch);
    }

    public Optional<Branch> forPerson(String staffId) {
        return branches.ofPerson(staffId)
                .or(() -> Optional.ofNullable(redis.opsForValue().get(lastUseKey(staffId))).flatMap(branches::byId));
    }

    /**
     * Remembers the branch whose group a person not listed in {@code branches.yml} spoke in, for
     * {@link #REMEMBER_BRANCH}: each message there renews it, so a member who has not spoken in the group for that
     * long (who may have left the branch) speaks there again before their one-to-one chat reaches its records.
     */
    public void remember(String staffId, Branch branch) {
        if (staffId != null && !staffId.isBlank()) {
            redis.opsForValue().set(lastUseKey(staffId), branch.id(), REMEMBER_BRANCH);
        }
    }

    private static String bindingKey(String conversationId) {
        return BranchKeys.groupBinding(conversationId);
    }

    private static String lastUseKey(String staffId) {
        return BranchKeys.lastBranchOf(staffId);
    }
}
