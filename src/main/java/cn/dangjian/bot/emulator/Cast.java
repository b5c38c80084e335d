package cn.dangjian.bot.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;

/** The emulated branch and its people: its secretaries and members from branches.yml, plus one organisation admin. */
@Component
@Profile("local")
class Cast {

    /** A group no branch claims yet: what a newcomer sees before binding one. */
    static final String UNBOUND_GROUP = "cidEmulatedUnboundGroup";

    private final String branchName;
    private final String groupConversationId;
    private final List<Person> people;

    Cast(Branches branches, EmulatorProperties properties) {
        Optional<Branch> chosen = branches.byId(properties.branch()).or(() -> branches.all().stream().findFirst());
        List<Person> all = new ArrayList<>();
        chosen.ifPresent(branch -> {
            branch.secretaries().forEach(id -> all.add(new Person(id, name(properties, id), "支部书记", false)));
            branch.members().stream().filter(id -> !branch.isSecretary(id))
                    .forEach(id -> all.add(new Person(id, name(properties, id), "党员", false)));
        });
        all.add(new Person(properties.adminStaffId(), properties.adminNick(), "组织管理员", true));
        this.people = List.copyOf(all);
        this.branchName = chosen.map(Branch::name).orElse("未绑定支部的群");
        this.groupConversationId = chosen.filter(b -> !b.conversations().isEmpty())
                .map(b -> b.conversations().get(0)).orElse(UNBOUND_GROUP);
    }

    private static String name(EmulatorProperties properties, String staffId) {
        return properties.names().getOrDefault(staffId, staffId);
    }

    /** The group's title in DingTalk: the branch's name. */
    String groupTitle() {
        return branchName;
    }

    /** The openConversationId of the emulated group. */
    String groupConversationId() {
        return groupConversationId;
    }

    List<Person> people() {
        return people;
    }

    Optional<Person> person(String staffId) {
        return people.stream().filter(p -> p.staffId().equals(staffId)).findFirst();
    }

    String nick(String staffId) {
        return person(staffId).map(Person::nick).orElse(staffId);
    }
}
