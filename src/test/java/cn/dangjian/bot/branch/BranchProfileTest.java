package cn.dangjian.bot.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.config.BotConfigException;

class BranchProfileTest {

    static final Catalogue CATALOGUE = Catalogue.load(Path.of("bot-config/activities.yml"));

    @TempDir
    Path dir;

    @Test
    void aBranchSaysItsKindItsSecretariesNamesWhoIsTheSecretaryAndSinceWhenItLogs() throws IOException {
        Branch branch = load("""
                defaults:
                  kind: 机关
                branches:
                  - id: plant
                    name: 装配车间党支部
                    kind: 非公企业
                    since: 2026-11
                    hasCommittee: false
                    secretaries:
                      - {id: u1, name: 李华, role: 书记, until: 2026-06-30}
                      - {id: u2, name: 赵敏, role: 书记, from: 2026-07-01}
                      - u3
                  - id: office
                    name: 机关第二党支部
                """).byId("plant").orElseThrow();

        assertThat(branch.secretaries()).containsExactly("u1", "u2", "u3");
        assertThat(branch.profile().kind()).isEqualTo("非公企业");
        assertThat(branch.profile().since()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(branch.profile().hasCommittee()).isFalse();
        assertThat(branch.profile().head(LocalDate.of(2026, 12, 31)).name()).isEqualTo("赵敏");
        assertThat(branch.profile().head(LocalDate.of(2026, 3, 1)).name()).isEqualTo("李华");
        assertThat(branch.obligations()).containsEntry("branch_committee_meeting", Cadence.NONE);
    }

    @Test
    void aShapeNobodyConfiguredIsUnknownAndOwesNoPartyGroupMeetings() throws IOException {
        Branches branches = load("""
                defaults:
                  kind: 机关
                branches:
                  - id: office
                    name: 机关第二党支部
                    secretaries: [u1]
                """);
        Branch office = branches.byId("office").orElseThrow();

        assertThat(office.profile().kind()).isEqualTo("机关");
        assertThat(office.profile().hasCommittee()).isNull();
        assertThat(office.profile().hasPartyGroups()).isNull();
        // 党小组 are optional: not owed until configured; a committee is still asked for (most branches have one)
        assertThat(office.obligations()).containsEntry("party_group_meeting", Cadence.NONE)
                .containsEntry("branch_committee_meeting", Cadence.MONTHLY);
        assertThat(office.profile().head(LocalDate.of(2026, 1, 1))).isNull();
    }

    @Test
    void aSecretaryWithAnUnknownRoleOrABadSinceIsRefusedOnItsLine() throws IOException {
        assertThatThrownBy(() -> load("""
                branches:
                  - id: a
                    name: 甲党支部
                    secretaries:
                      - {id: u1, name: 李华, role: 主任}
                """)).isInstanceOf(BotConfigException.class).hasMessageContaining("role must be 书记 or 副书记");
        assertThatThrownBy(() -> load("""
                branches:
                  - id: a
                    name: 甲党支部
                    since: 去年
                """)).isInstanceOf(BotConfigException.class).hasMessageContaining("expected a date like 2026-11-01");
    }

    @Test
    void anAnswerInChatFillsOnlyWhatTheConfigurationLeavesOpenAndItsCalendarFollows() throws IOException {
        Branches branches = load("""
                defaults:
                  hasCommittee: false
                branches:
                  - id: office
                    name: 机关第二党支部
                  - id: plant
                    name: 装配车间党支部
                    obligations:
                      party_group_meeting: quarterly
                """);
        Branch office = branches.byId("office").orElseThrow();
        Instant at = Instant.parse("2026-03-20T02:00:00Z");

        Shape answered = office.profile().shape()
                .answered(Shape.Subject.COMMITTEE, true, "u1", at)
                .answered(Shape.Subject.PARTY_GROUPS, true, "u1", at);
        Branch shaped = office.shaped(answered);

        // branches.yml said no committee: it wins over the chat
        assertThat(shaped.profile().hasCommittee()).isFalse();
        assertThat(shaped.profile().shape().committee().source()).isEqualTo(Shape.Source.CONFIG);
        assertThat(shaped.profile().hasPartyGroups()).isTrue();
        assertThat(shaped.profile().shape().partyGroups()).isEqualTo(
                new Shape.Setting(true, Shape.Source.CHAT, "u1", at));
        assertThat(shaped.obligations()).containsEntry("branch_committee_meeting", Cadence.NONE)
                .containsEntry("party_group_meeting", Cadence.MONTHLY);
        assertThat(office.shaped(office.profile().shape().answered(Shape.Subject.PARTY_GROUPS, false, "u1", at))
                .obligations()).containsEntry("party_group_meeting", Cadence.NONE);
        // an obligation the branch sets itself is kept whatever the shape
        Branch plant = branches.byId("plant").orElseThrow();
        assertThat(plant.obligations()).containsEntry("party_group_meeting", Cadence.QUARTERLY);
        assertThat(plant.shaped(plant.profile().shape().answered(Shape.Subject.PARTY_GROUPS, false, "u1", at))
                .obligations()).containsEntry("party_group_meeting", Cadence.QUARTERLY);
    }

    private Branches load(String yaml) throws IOException {
        return Branches.load(Files.writeString(dir.resolve("branches.yml"), yaml), CATALOGUE);
    }
}
