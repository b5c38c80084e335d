package cn.dangjian.bot.branch;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a branch has a 支部委员会 and 党小组, and where each answer comes from: {@code branches.yml} when it says
 * (it always wins), else what a secretary answered in chat ({@link Shapes}), else unknown. A branch is never
 * reported as failing to hold a meeting of a body nobody said it has.
 */
public record Shape(Setting committee, Setting partyGroups) {

    /** Where a setting comes from. */
    public enum Source {
        CONFIG, CHAT, UNKNOWN
    }

    /** The two bodies a branch may or may not have, each with the meeting it owes when it has one. */
    public enum Subject {
        COMMITTEE("committee", "branch_committee_meeting", "支部委员会", "支委会", "支委会"),
        PARTY_GROUPS("partyGroups", "party_group_meeting", "党小组", "党小组", "党小组会");

        private final String key;
        private final String meeting;
        private final String chinese;
        private final String said;
        private final String meetingSaid;

        Subject(String key, String meeting, String chinese, String said, String meetingSaid) {
            this.key = key;
            this.meeting = meeting;
            this.chinese = chinese;
            this.said = said;
            this.meetingSaid = meetingSaid;
        }

        /** How the stored answer and the admin API name it. */
        public String key() {
            return key;
        }

        /** The catalogue key of the meeting the body holds. */
        public String meeting() {
            return meeting;
        }

        public String chinese() {
            return chinese;
        }

        /** As a chat says it: 支委会, 党小组. */
        public String said() {
            return said;
        }

        /** Its meeting as a chat says it: 支委会, 党小组会. */
        public String meetingSaid() {
            return meetingSaid;
        }

        public static Subject byKey(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no subject " + key));
        }
    }

    /**
     * @param has        whether the branch has the body; null while unknown
     * @param answeredBy the staffId of the secretary who answered in chat ({@link Source#CHAT} only)
     * @param answeredAt when they answered ({@link Source#CHAT} only)
     */
    public record Setting(Boolean has, Source source, String answeredBy, Instant answeredAt) {

        static final Setting UNKNOWN = new Setting(null, Source.UNKNOWN, null, null);

        static Setting configured(Boolean has) {
            return has == null ? UNKNOWN : new Setting(has, Source.CONFIG, null, null);
        }
    }

    /** The shape as branches.yml gives it: null where it is silent. */
    public static Shape configured(Boolean hasCommittee, Boolean hasPartyGroups) {
        return new Shape(Setting.configured(hasCommittee), Setting.configured(hasPartyGroups));
    }

    public Setting of(Subject subject) {
        return subject == Subject.COMMITTEE ? committee : partyGroups;
    }

    /** This shape with an answer given in chat, where the configuration is silent on it (it always wins). */
    public Shape answered(Subject subject, boolean has, String by, Instant at) {
        if (of(subject).source() == Source.CONFIG) {
            return this;
        }
        Setting answer = new Setting(has, Source.CHAT, by, at);
        return subject == Subject.COMMITTEE ? new Shape(answer, partyGroups) : new Shape(committee, answer);
    }

    /** The subjects still unknown, the committee first. */
    public List<Subject> unknown() {
        return Arrays.stream(Subject.values()).filter(s -> of(s).has() == null).toList();
    }

    /** The subjects answered in chat, the committee first. */
    public List<Subject> fromChat() {
        return Arrays.stream(Subject.values()).filter(s -> of(s).source() == Source.CHAT).toList();
    }

    /**
     * Whether the branch owes the meetings of the subject's body: most branches have a committee (fewer than seven
     * full members elect only a secretary), so 支委会 are owed until it is known there is none; 党小组 are optional
     * (支部工作条例 第十三条: formed where a branch has many members), so 党小组会 are owed only once it is known.
     */
    public boolean owes(Subject subject) {
        Boolean has = of(subject).has();
        return subject == Subject.COMMITTEE ? !Boolean.FALSE.equals(has) : Boolean.TRUE.equals(has);
    }
}
