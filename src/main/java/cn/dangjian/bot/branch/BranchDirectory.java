package cn.dangjian.bot.branch;

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

    public void remember(String staffId, Branch branch) {
        if (staffId != null && !staffId.isBlank()) {
            redis.opsForValue().set(lastUseKey(staffId), branch.id());
        }
    }

    private static String bindingKey(String conversationId) {
        return BranchKeys.groupBinding(conversationId);
    }

    private static String lastUseKey(String staffId) {
        return BranchKeys.lastBranchOf(staffId);
    }
}
