package cn.dangjian.bot.committee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.bot.config.YamlNode;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The committees of {@code bot-config/branches.yml}: {@code committees:} lists them (a 党总支 names its 党委 as
 * {@code parent}), and a branch names its committee with {@code committee:}. The tree is checked at start: an unknown
 * parent or committee, a cycle, or a group already bound to a branch or another committee stops the start with the
 * file and line.
 */
public final class Committees {

    private final Map<String, Committee> byId = new LinkedHashMap<>();
    private final Map<String, Committee> byConversation = new HashMap<>();
    /** Committee id to the branch ids directly under it, in file order. */
    private final Map<String, List<String>> ownBranches = new HashMap<>();
    private final Map<String, List<Committee>> children = new HashMap<>();

    Committees(List<Committee> committees, Map<String, List<String>> ownBranches) {
        for (Committee committee : committees) {
            byId.put(committee.id(), committee);
            committee.conversations().forEach(cid -> byConversation.put(cid, committee));
            if (committee.parent() != null) {
                children.computeIfAbsent(committee.parent(), k -> new ArrayList<>()).add(committee);
            }
        }
        ownBranches.forEach((committee, branches) -> this.ownBranches.put(committee, List.copyOf(branches)));
    }

    public static Committees load(Path file) {
        YamlNode root = YamlNode.load(file);
        List<YamlNode> items = root.get("committees").filter(n -> !n.isNull()).map(YamlNode::items).orElse(List.of());
        Map<String, YamlNode> nodes = new LinkedHashMap<>();
        List<Committee> committees = new ArrayList<>();
        Map<String, YamlNode> conversations = new HashMap<>();
        for (YamlNode branch : root.required("branches").items()) {
            branch.texts("conversations").forEach(cid -> conversations.putIfAbsent(cid, branch));
        }
        for (YamlNode item : items) {
            String id = item.requiredText("id");
            if (!BranchKeys.BRANCH_ID.matcher(id).matches()) {
                throw item.problem("committee id '" + id + "' may use only letters, digits, '-' and '_'");
            }
            if (nodes.putIfAbsent(id, item) != null) {
                throw item.problem("duplicate committee id '" + id + "' (first on line " + nodes.get(id).line() + ")");
            }
            List<String> cids = item.texts("conversations");
            for (String cid : cids) {
                YamlNode earlier = conversations.putIfAbsent(cid, item);
                if (earlier != null) {
                    throw item.problem("conversation " + cid + " is already bound on line " + earlier.line()
                            + " (a committee's group is its own, not a branch's)");
                }
            }
            committees.add(new Committee(id, item.requiredText("name"), item.optionalText("parent")
                    .filter(p -> !p.isBlank()).orElse(null), cids, item.texts("admins")));
        }
        for (Committee committee : committees) {
            if (committee.parent() != null && !nodes.containsKey(committee.parent())) {
                throw nodes.get(committee.id()).required("parent").problem("unknown parent committee '"
                        + committee.parent() + "' (see committees)");
            }
            List<String> path = new ArrayList<>(List.of(committee.id()));
            Set<String> seen = new HashSet<>(path);
            Committee up = committee;
            while (up.parent() != null) {
                path.add(up.parent());
                if (!seen.add(up.parent())) {
                    throw nodes.get(committee.id()).problem("the committees above '" + committee.id()
                            + "' form a cycle: " + String.join(" → ", path));
                }
                up = committees.stream().filter(c -> c.id().equals(path.get(path.size() - 1))).findFirst()
                        .orElseThrow();
            }
        }
        Map<String, List<String>> ownBranches = new HashMap<>();
        for (YamlNode branch : root.required("branches").items()) {
            Optional<YamlNode> named = branch.get("committee").filter(n -> !n.isNull());
            if (named.isPresent()) {
                String committee = named.get().text();
                if (!nodes.containsKey(committee)) {
                    throw named.get().problem("unknown committee '" + committee + "' (see committees)");
                }
                ownBranches.computeIfAbsent(committee, k -> new ArrayList<>()).add(branch.requiredText("id"));
            }
        }
        return new Committees(committees, ownBranches);
    }

    public List<Committee> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Committee> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Committee> byConversation(String conversationId) {
        return Optional.ofNullable(byConversation.get(conversationId));
    }

    /** Every branch beneath the committee, its own first, then each sub-committee's, in file order. */
    public List<String> branchIds(Committee committee) {
        Set<String> ids = new LinkedHashSet<>(ownBranches.getOrDefault(committee.id(), List.of()));
        for (Committee child : children.getOrDefault(committee.id(), List.of())) {
            ids.addAll(branchIds(child));
        }
        return List.copyOf(ids);
    }

    /** The committee and those above it, nearest first. */
    public List<Committee> lineage(Committee committee) {
        List<Committee> line = new ArrayList<>();
        for (Committee c = committee; c != null; c = c.parent() == null ? null : byId.get(c.parent())) {
            line.add(c);
        }
        return line;
    }

    /** Whether the person is an admin of the committee or of one above it. */
    public boolean isAdmin(Committee committee, String staffId) {
        return staffId != null && lineage(committee).stream().anyMatch(c -> c.admins().contains(staffId));
    }

    /** Branch id to the admins of every committee above it: they act as organisation admins in that branch. */
    public Map<String, Set<String>> adminsByBranch() {
        Map<String, Set<String>> admins = new HashMap<>();
        for (Committee committee : byId.values()) {
            for (String branch : branchIds(committee)) {
                admins.computeIfAbsent(branch, k -> new HashSet<>()).addAll(committee.admins());
            }
        }
        return admins;
    }
}
