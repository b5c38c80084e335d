package cn.dangjian.bot.branch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.config.YamlNode;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The branches of {@code bot-config/branches.yml}. A branch's calendar starts from the catalogue's obligations,
 * takes the organisation's {@code defaults}, then its own shape: without a 支部委员会 (fewer than seven full members
 * elect only a secretary) it owes no 支委会; without 党小组 no 党小组会; and any obligation can be set per branch.
 */
public final class Branches {

    private final Map<String, Branch> byId = new LinkedHashMap<>();
    private final Map<String, Branch> byConversation = new HashMap<>();
    /** staffId to the branches that name them; asked on every group message, so indexed once. */
    private final Map<String, List<Branch>> byPerson = new HashMap<>();
    private final Set<String> admins;
    /** Branch id to the admins of the committees above it (党委, 党总支), who act as organisation admins there. */
    private final Map<String, Set<String>> committeeAdmins;

    public Branches(List<Branch> branches) {
        this(branches, List.of());
    }

    /** @param admins staffIds of the organisation's admins, who may bind groups and act as any branch's secretary */
    public Branches(List<Branch> branches, List<String> admins) {
        this(branches, admins, Map.of());
    }

    private Branches(List<Branch> branches, List<String> admins, Map<String, Set<String>> committeeAdmins) {
        this.admins = Set.copyOf(admins);
        this.committeeAdmins = Map.copyOf(committeeAdmins);
        for (Branch branch : branches) {
            byId.put(branch.id(), branch);
            branch.conversations().forEach(cid -> byConversation.put(cid, branch));
            Stream.concat(branch.secretaries().stream(), branch.members().stream()).distinct()
                    .forEach(staffId -> byPerson.computeIfAbsent(staffId, k -> new ArrayList<>()).add(branch));
        }
    }

    public static Branches load(Path file, Catalogue catalogue) {
        YamlNode root = YamlNode.load(file);
        YamlNode defaults = root.get("defaults").orElse(null);
        Map<String, Cadence> organisation = new HashMap<>();
        catalogue.all().forEach(a -> organisation.put(a.key(), a.cadence()));
        Boolean committeeByDefault = null;
        Boolean groupsByDefault = null;
        String kindByDefault = "";
        if (defaults != null) {
            organisation.putAll(obligations(defaults, catalogue));
            committeeByDefault = defaults.get("hasCommittee").map(YamlNode::bool).orElse(null);
            groupsByDefault = defaults.get("hasPartyGroups").map(YamlNode::bool).orElse(null);
            kindByDefault = defaults.optionalText("kind").orElse("");
        }
        List<Branch> branches = new ArrayList<>();
        Map<String, YamlNode> conversations = new HashMap<>();
        for (YamlNode item : root.required("branches").items()) {
            String id = item.requiredText("id");
            if (!BranchKeys.BRANCH_ID.matcher(id).matches()) {
                throw item.problem("branch id '" + id + "' may use only letters, digits, '-' and '_'");
            }
            if (branches.stream().anyMatch(b -> b.id().equals(id))) {
                throw item.problem("duplicate branch id '" + id + "'");
            }
            Map<String, Cadence> calendar = new HashMap<>(organisation);
            Boolean hasCommittee = item.get("hasCommittee").map(YamlNode::bool).orElse(committeeByDefault);
            Boolean hasPartyGroups = item.get("hasPartyGroups").map(YamlNode::bool).orElse(groupsByDefault);
            Shape shape = Shape.configured(hasCommittee, hasPartyGroups);
            Map<String, Cadence> own = obligations(item, catalogue);
            Map<String, Cadence> whenFormed = new HashMap<>();
            for (Shape.Subject subject : Shape.Subject.values()) {
                if (!own.containsKey(subject.meeting())) {
                    whenFormed.put(subject.meeting(), organisation.getOrDefault(subject.meeting(), Cadence.NONE));
                }
            }
            whenFormed.forEach((meeting, cadence) -> calendar.put(meeting, Cadence.NONE));
            for (Shape.Subject subject : Shape.Subject.values()) {
                if (whenFormed.containsKey(subject.meeting()) && shape.owes(subject)) {
                    calendar.put(subject.meeting(), whenFormed.get(subject.meeting()));
                }
            }
            calendar.putAll(own);
            List<String> cids = item.texts("conversations");
            for (String cid : cids) {
                YamlNode earlier = conversations.putIfAbsent(cid, item);
                if (earlier != null) {
                    throw item.problem("conversation " + cid + " is already bound to the branch on line " + earlier.line());
                }
            }
            Branch.CustomRobot robot = item.get("customRobot")
                    .map(r -> new Branch.CustomRobot(r.requiredText("webhook"), r.requiredText("secret")))
                    .orElse(null);
            Integer memberCount = item.get("memberCount").map(n -> memberCount(n)).orElse(null);
            List<Branch.Secretary> people = secretaries(item);
            Branch.Profile profile = new Branch.Profile(item.optionalText("kind").orElse(kindByDefault), shape,
                    people.stream().filter(p -> !p.name().isEmpty()).toList(),
                    item.get("since").map(Branches::since).orElse(null), whenFormed);
            branches.add(new Branch(id, item.requiredText("name"), cids,
                    people.stream().map(Branch.Secretary::staffId).toList(), item.texts("members"), calendar, robot,
                    memberCount, profile));
        }
        return new Branches(branches, root.texts("admins"));
    }

    /**
     * {@code secretaries}: staffIds, or entries {@code {id, name, role: 书记|副书记, from, until}} where a report
     * should sign with the name and know whose 述职 it is when the 书记 changed.
     */
    private static List<Branch.Secretary> secretaries(YamlNode branch) {
        List<Branch.Secretary> people = new ArrayList<>();
        YamlNode list = branch.get("secretaries").orElse(null);
        if (list == null || list.isNull()) {
            return people;
        }
        for (YamlNode entry : list.items()) {
            if (!entry.isMapping()) {
                people.add(new Branch.Secretary(entry.text(), "", false, null, null));
                continue;
            }
            String role = entry.optionalText("role").orElse("书记");
            if (!role.equals("书记") && !role.equals("副书记")) {
                throw entry.problem("role must be 书记 or 副书记, found '" + role + "'");
            }
            people.add(new Branch.Secretary(entry.requiredText("id"), entry.optionalText("name").orElse(""),
                    role.equals("书记"), entry.get("from").map(Branches::date).orElse(null),
                    entry.get("until").map(Branches::date).orElse(null)));
        }
        return people;
    }

    /** {@code since: 2026-11} or {@code 2026-11-01}: the first day the branch logs with the bot. */
    private static LocalDate since(YamlNode node) {
        String text = node.text();
        return text.matches("\\d{4}-\\d{1,2}") ? date(node, text + "-01") : date(node);
    }

    private static LocalDate date(YamlNode node) {
        return date(node, node.text());
    }

    private static LocalDate date(YamlNode node, String text) {
        try {
            String[] parts = text.split("-");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
        catch (RuntimeException e) {
            throw node.problem("expected a date like 2026-11-01, found '" + text + "'");
        }
    }

    private static int memberCount(YamlNode node) {
        try {
            int count = Integer.parseInt(node.text().strip());
            if (count > 0) {
                return count;
            }
        }
        catch (NumberFormatException e) {
            // refused below with the line
        }
        throw node.problem("memberCount must be a whole number above zero (the branch's party members)");
    }

    private static Map<String, Cadence> obligations(YamlNode owner, Catalogue catalogue) {
        Map<String, Cadence> result = new HashMap<>();
        owner.get("obligations").ifPresent(node -> node.entries().forEach((key, value) -> {
            if (catalogue.find(key).isEmpty()) {
                throw value.problem("unknown activity '" + key + "' (see activities.yml)");
            }
            try {
                result.put(key, Cadence.parse(value.text()));
            }
            catch (IllegalArgumentException e) {
                throw value.problem("obligation of '" + key + "' must be monthly, quarterly, yearly or none");
            }
        }));
        return result;
    }

    /** These branches, where the admins of each branch's committees (by branch id) act as organisation admins. */
    public Branches withCommitteeAdmins(Map<String, Set<String>> byBranch) {
        return new Branches(all(), List.copyOf(admins), byBranch);
    }

    /** The organisation's admins' staffIds, from the top-level {@code admins}. */
    public Set<String> admins() {
        return admins;
    }

    public List<Branch> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Branch> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Branch> byConversation(String conversationId) {
        return Optional.ofNullable(byConversation.get(conversationId));
    }

    /** A branch named by its id or its exact name, as an admin types it after 绑定. */
    public Optional<Branch> byIdOrName(String text) {
        String wanted = text.strip();
        return byId(wanted).or(() -> byId.values().stream().filter(b -> b.name().equals(wanted)).findFirst());
    }

    /** A person's role where a message is answered: {@code branch} is null where the chat has none. */
    public Role roleOf(Branch branch, String staffId) {
        if (staffId != null && (admins.contains(staffId)
                || branch != null && committeeAdmins.getOrDefault(branch.id(), Set.of()).contains(staffId))) {
            return Role.ADMIN;
        }
        return branch != null && branch.isSecretary(staffId) ? Role.SECRETARY : Role.MEMBER;
    }

    /** The branch a person belongs to by configuration (secretary or member), if exactly one claims them. */
    public Optional<Branch> ofPerson(String staffId) {
        List<Branch> found = byPerson.getOrDefault(staffId, List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

}
