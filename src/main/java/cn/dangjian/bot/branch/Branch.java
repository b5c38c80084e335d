package cn.dangjian.bot.branch;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Cadence;

/**
 * A 党支部 as {@code bot-config/branches.yml} describes it.
 *
 * @param conversations the openConversationIds of its DingTalk groups
 * @param secretaries   staffIds of its 书记 (and deputies) who may undo any record and ask for drafts
 * @param members       staffIds known to belong to it, so that a 1:1 chat finds their branch
 * @param obligations   the resolved calendar: catalogue defaults, then organisation defaults, then this branch's shape
 * @param memberCount   how many party members the branch has ({@code memberCount} in branches.yml), or null: bounds the
 *                      participants of a log and says how many "全体党员" are
 * @param profile       what a report needs to know of the branch beyond its calendar: its kind of organisation, its
 *                      shape as configured (or not), its secretaries' names, since when it logs with the bot
 */
public record Branch(String id, String name, List<String> conversations, List<String> secretaries,
        List<String> members, Map<String, Cadence> obligations, CustomRobot customRobot, Integer memberCount,
        Profile profile) {

    /**
     * @param kind           the kind of organisation the branch lives in (机关, 国有企业, 非公企业, 农村, 社区, 学校,
     *                       事业单位…), or empty when not configured: it chooses the report's wording
     * @param shape          whether it has a 支部委员会 and 党小组, and from where: as configured in a loaded
     *                       branch, as {@link Shapes} resolves it (the configuration, else the secretary's answer in
     *                       chat) in an {@link #shaped} one
     * @param people         the secretaries with the names a report signs with, in the order configured
     * @param since          the first day the branch logs with the bot ({@code since}), or null: the first record
     *                       then says it; months before are not work missed but work not recorded
     * @param whenFormed     the cadence of each shape's meeting (支委会, 党小组会) that the branch's own
     *                       {@code obligations} leave to its shape: what it owes once it is known to have the body
     */
    public record Profile(String kind, Shape shape, List<Secretary> people, LocalDate since,
            Map<String, Cadence> whenFormed) {

        public static final Profile UNKNOWN = new Profile("", null, null, List.of(), null);

        public Profile {
            kind = kind == null ? "" : kind;
            shape = shape == null ? Shape.configured(null, null) : shape;
            people = List.copyOf(people);
            whenFormed = whenFormed == null ? Map.of() : Map.copyOf(whenFormed);
        }

        /** A profile as configured, whose calendar does not follow a shape answered later. */
        public Profile(String kind, Boolean hasCommittee, Boolean hasPartyGroups, List<Secretary> people,
                LocalDate since) {
            this(kind, Shape.configured(hasCommittee, hasPartyGroups), people, since, Map.of());
        }

        /** Whether it has a 支部委员会: null while unknown. */
        public Boolean hasCommittee() {
            return shape.committee().has();
        }

        /** Whether it has 党小组: null while unknown. */
        public Boolean hasPartyGroups() {
            return shape.partyGroups().has();
        }

        /**
         * The 书记 on a day: the one whose role is 书记 and whose term holds the day, else the first named secretary;
         * null when no names are configured.
         */
        public Secretary head(LocalDate day) {
            return people.stream().filter(s -> s.head() && s.holds(day)).findFirst()
                    .or(() -> people.stream().filter(Secretary::head).findFirst())
                    .or(() -> people.stream().findFirst()).orElse(null);
        }
    }

    /**
     * A secretary as a report names them: {@code head} for the 书记 (else a 副书记), {@code from}/{@code until} the
     * term when it began or ended within a year a report covers (null: before / after).
     */
    public record Secretary(String staffId, String name, boolean head, LocalDate from, LocalDate until) {

        public boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    /** A 自定义机器人 with 加签, for branches that push through a group webhook rather than the app robot. */
    public record CustomRobot(String webhook, String secret) {
    }

    public Branch {
        conversations = List.copyOf(conversations);
        secretaries = List.copyOf(secretaries);
        members = List.copyOf(members);
        obligations = Map.copyOf(obligations);
        profile = profile == null ? Profile.UNKNOWN : profile;
    }

    /** A branch whose member count is not configured. */
    public Branch(String id, String name, List<String> conversations, List<String> secretaries, List<String> members,
            Map<String, Cadence> obligations, CustomRobot customRobot) {
        this(id, name, conversations, secretaries, members, obligations, customRobot, null, Profile.UNKNOWN);
    }

    /** A branch with nothing configured for its reports beyond its calendar. */
    public Branch(String id, String name, List<String> conversations, List<String> secretaries, List<String> members,
            Map<String, Cadence> obligations, CustomRobot customRobot, Integer memberCount) {
        this(id, name, conversations, secretaries, members, obligations, customRobot, memberCount, Profile.UNKNOWN);
    }

    /**
     * This branch with {@code effective} as its shape: its profile says it, and the meetings its own obligations
     * leave to the shape are owed or not as {@link Shape#owes} says.
     */
    public Branch shaped(Shape effective) {
        Map<String, Cadence> calendar = new HashMap<>(obligations);
        for (Shape.Subject subject : Shape.Subject.values()) {
            Cadence formed = profile.whenFormed().get(subject.meeting());
            if (formed != null) {
                calendar.put(subject.meeting(), effective.owes(subject) ? formed : Cadence.NONE);
            }
        }
        return new Branch(id, name, conversations, secretaries, members, calendar, customRobot, memberCount,
                new Profile(profile.kind(), effective, profile.people(), profile.since(), profile.whenFormed()));
    }

    public boolean isSecretary(String staffId) {
        return staffId != null && secretaries.contains(staffId);
    }
}
