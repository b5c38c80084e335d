package cn.dangjian.bot.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.config.BotConfigException;

class CommitteesTest {

    static final String TREE = """
            admins: [org]
            committees:
              - {id: dw, name: 机关党委, conversations: [cidDw], admins: [dwAdmin]}
              - {id: zz1, name: 第一党总支, parent: dw, conversations: [cidZz1], admins: [zz1Admin]}
              - {id: zz2, name: 第二党总支, parent: dw, admins: [zz2Admin]}
            branches:
              - {id: b1, name: 第一支部, committee: zz1, conversations: [cid1]}
              - {id: b2, name: 第二支部, committee: dw, conversations: [cid2]}
              - {id: b3, name: 第三支部, committee: zz2}
              - {id: b4, name: 第四支部, committee: zz1}
              - {id: b5, name: 无上级支部}
            """;

    @TempDir
    Path dir;

    @Test
    void aCommitteeReachesEveryBranchBeneathItAtEveryLevel() throws IOException {
        Committees committees = Committees.load(write(TREE));

        Committee dw = committees.byId("dw").orElseThrow();
        assertThat(committees.branchIds(dw)).containsExactly("b2", "b1", "b4", "b3");
        assertThat(committees.branchIds(committees.byId("zz1").orElseThrow())).containsExactly("b1", "b4");
        assertThat(committees.byConversation("cidZz1")).map(Committee::name).hasValue("第一党总支");
        assertThat(committees.byConversation("cid1")).isEmpty();
    }

    @Test
    void aCommitteesAdminsActInItsBranchesAndThoseBelowButNotElsewhere() throws IOException {
        Path file = write(TREE);
        Committees committees = Committees.load(file);
        Branches branches = Branches.load(file, Catalogue.load(Path.of("bot-config/activities.yml")))
                .withCommitteeAdmins(committees.adminsByBranch());

        assertThat(branches.roleOf(branches.byId("b1").orElseThrow(), "zz1Admin")).isEqualTo(Role.ADMIN);
        assertThat(branches.roleOf(branches.byId("b1").orElseThrow(), "dwAdmin")).isEqualTo(Role.ADMIN);
        assertThat(branches.roleOf(branches.byId("b3").orElseThrow(), "zz1Admin")).isEqualTo(Role.MEMBER);
        assertThat(branches.roleOf(branches.byId("b5").orElseThrow(), "dwAdmin")).isEqualTo(Role.MEMBER);
        assertThat(branches.roleOf(null, "dwAdmin")).isEqualTo(Role.MEMBER);
        assertThat(branches.roleOf(branches.byId("b5").orElseThrow(), "org")).isEqualTo(Role.ADMIN);
        assertThat(committees.isAdmin(committees.byId("zz2").orElseThrow(), "dwAdmin")).isTrue();
        assertThat(committees.isAdmin(committees.byId("dw").orElseThrow(), "zz2Admin")).isFalse();
        assertThat(committees.adminsByBranch().get("b4")).isEqualTo(Set.of("zz1Admin", "dwAdmin"));
    }

    @Test
    void aCycleStopsTheStartWithTheFileAndLine() throws IOException {
        Path file = write("""
                committees:
                  - {id: a, name: 甲党委, parent: c}
                  - {id: b, name: 乙党总支, parent: a}
                  - {id: c, name: 丙党总支, parent: b}
                branches:
                  - {id: b1, name: 第一支部, committee: a}
                """);

        assertThatThrownBy(() -> Committees.load(file)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.problem()).contains("cycle").contains("a → c → b → a");
        });
    }

    @Test
    void anUnknownParentIsReportedOnItsLine() throws IOException {
        Path file = write("""
                committees:
                  - id: zz
                    name: 党总支
                    parent: nowhere
                branches: []
                """);

        assertThatThrownBy(() -> Committees.load(file)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.problem()).contains("unknown parent committee 'nowhere'");
        });
    }

    @Test
    void aBranchNamingAnUnknownCommitteeIsRefused() throws IOException {
        Path file = write("""
                committees:
                  - {id: dw, name: 党委}
                branches:
                  - id: b1
                    name: 第一支部
                    committee: dx
                """);

        assertThatThrownBy(() -> Committees.load(file)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.problem()).contains("unknown committee 'dx'");
        });
    }

    @Test
    void aGroupOfABranchCannotAlsoBeACommittees() throws IOException {
        Path file = write("""
                committees:
                  - {id: dw, name: 党委, conversations: [cid1]}
                branches:
                  - {id: b1, name: 第一支部, conversations: [cid1]}
                """);

        assertThatThrownBy(() -> Committees.load(file)).hasMessageContaining("cid1 is already bound on line 4");
    }

    @Test
    void duplicateCommitteeIdsAreRefused() throws IOException {
        Path file = write("""
                committees:
                  - {id: dw, name: 党委}
                  - {id: dw, name: 另一党委}
                branches: []
                """);

        assertThatThrownBy(() -> Committees.load(file)).hasMessageContaining("duplicate committee id 'dw'");
    }

    @Test
    void theShippedConfigurationPutsTheDemoBranchUnderItsCommittee() {
        Committees committees = Committees.load(Path.of("bot-config/branches.yml"));

        assertThat(committees.branchIds(committees.byId("jiguan").orElseThrow())).containsExactly("demo");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("branches.yml"), yaml);
    }
}
