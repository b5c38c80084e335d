package cn.dangjian.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;

class BotConfigFilesTest {

    static final Path REAL = Path.of("bot-config");

    @TempDir
    Path dir;

    @Test
    void theShippedCatalogueHasEveryActivityOfTheDomain() {
        Catalogue catalogue = Catalogue.load(REAL.resolve("activities.yml"));

        assertThat(catalogue.all()).hasSize(41);
        assertThat(catalogue.get("theme_party_day").cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(catalogue.get("dues_collection").countsMoney()).isTrue();
        assertThat(catalogue.get("heart_to_heart_talk").unit()).isEqualTo("人次");
    }

    @Test
    void theDemoBranchOwesNoPartyGroupMeetingAndQuarterlyLectures() {
        Catalogue catalogue = Catalogue.load(REAL.resolve("activities.yml"));
        Branch demo = Branches.load(REAL.resolve("branches.yml"), catalogue).byId("demo").orElseThrow();

        assertThat(demo.obligations()).containsEntry("party_group_meeting", Cadence.NONE)
                .containsEntry("branch_committee_meeting", Cadence.MONTHLY)
                .containsEntry("party_lecture", Cadence.QUARTERLY);
        assertThat(demo.isSecretary("secretary01")).isTrue();
    }

    @Test
    void invalidYamlNamesTheFileAndLine() throws IOException {
        Path file = write("activities.yml", "activities:\n  - key: a\n    name: [unclosed\n");

        assertThatThrownBy(() -> Catalogue.load(file)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isGreaterThan(2);
            assertThat(e.problem()).contains("not valid YAML");
        });
    }

    @Test
    void anUnknownSectionIsReportedOnItsLine() throws IOException {
        Path file = write("activities.yml", """
                activities:
                  - key: theme_party_day
                    name: 主题党日
                    unit: 次
                    section: parties
                """);

        assertThatThrownBy(() -> Catalogue.load(file)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem()).contains("unknown section 'parties'");
        });
    }

    @Test
    void evidenceIsAskedOnlyWhereTheCatalogueSaysRequiredAndAnotherWordIsRefusedOnItsLine() throws IOException {
        assertThat(Catalogue.load(REAL.resolve("activities.yml")).all()).noneMatch(a -> a.evidenceRequired());
        Path file = write("activities.yml", """
                activities:
                  - {key: a, name: 主题党日, unit: 次, section: organization, obligation: monthly, evidence: required}
                  - {key: b, name: 党课, unit: 次, section: organization, obligation: quarterly}
                """);
        Catalogue catalogue = Catalogue.load(file);
        assertThat(catalogue.get("a").evidenceRequired()).isTrue();
        assertThat(catalogue.get("b").evidenceRequired()).isFalse();

        Path wrong = write("activities.yml", """
                activities:
                  - key: a
                    name: 主题党日
                    unit: 次
                    section: organization
                    evidence: yes
                """);
        assertThatThrownBy(() -> Catalogue.load(wrong)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.problem()).contains("evidence must be required or optional");
        });
    }

    @Test
    void aWordUsedByTwoActivitiesIsRefused() throws IOException {
        Path file = write("activities.yml", """
                activities:
                  - {key: a, name: 党课, unit: 次, section: theory}
                  - {key: b, name: 微党课, synonyms: [党课], unit: 次, section: theory}
                """);

        assertThatThrownBy(() -> Catalogue.load(file)).hasMessageContaining("'党课' is already used by the activity on line 2");
    }

    @Test
    void aBranchObligationForAnUnknownActivityIsRefused() throws IOException {
        Catalogue catalogue = Catalogue.load(REAL.resolve("activities.yml"));
        Path file = write("branches.yml", """
                branches:
                  - id: b1
                    name: 第一支部
                    obligations:
                      theme_party_days: monthly
                """);

        assertThatThrownBy(() -> Branches.load(file, catalogue)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem()).contains("unknown activity 'theme_party_days'");
        });
    }

    @Test
    void aGroupBoundToTwoBranchesIsRefused() throws IOException {
        Catalogue catalogue = Catalogue.load(REAL.resolve("activities.yml"));
        Path file = write("branches.yml", """
                branches:
                  - {id: b1, name: 第一支部, conversations: [cid1]}
                  - {id: b2, name: 第二支部, conversations: [cid1]}
                """);

        assertThatThrownBy(() -> Branches.load(file, catalogue)).hasMessageContaining("cid1 is already bound");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Catalogue.load(dir.resolve("nope.yml"))).hasMessageContaining("nope.yml")
                .hasMessageContaining("file not found");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
