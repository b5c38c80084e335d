package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.Catalogue;

/** What members may teach as their organisation's word, and how a taught word reads. */
class TeachableWordsTest {

    static final Catalogue CATALOGUE = Catalogue.load(java.nio.file.Path.of("bot-config/activities.yml"));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    final Parser parser = new Parser(CATALOGUE);

    @Test
    void aShortNameOfItsOwnIsTeachable() {
        assertThat(parser.teachable("生活会", "organizational_life_meeting", TODAY)).isTrue();
        assertThat(parser.teachable("支委碰头会议", "branch_committee_meeting", TODAY)).isTrue();
    }

    @Test
    void aCatalogueWordAnotherActivitysWordACommandOrAStretchOfSentenceIsNot() {
        assertThat(parser.teachable("党员大会", "branch_member_meeting", TODAY)).isFalse();
        assertThat(parser.teachable("支委会学习", "collective_study", TODAY)).isFalse();
        assertThat(parser.teachable("撤销", "branch_committee_meeting", TODAY)).isFalse();
        assertThat(parser.teachable("进度", "branch_committee_meeting", TODAY)).isFalse();
        assertThat(parser.teachable("开了个委员会", "branch_committee_meeting", TODAY)).isFalse();
    }

    @Test
    void aLearnedWordIsASynonymACandidateIsAskedAboutAndTheCatalogueWins() {
        LearnedWords taught = new LearnedWords(List.of(
                new LearnedWords.Word("生活会", CATALOGUE.get("organizational_life_meeting"), true),
                new LearnedWords.Word("碰头会", CATALOGUE.get("branch_committee_meeting"), false),
                new LearnedWords.Word("支委会", CATALOGUE.get("collective_study"), true)));
        Parser learning = new Parser(CATALOGUE, () -> taught);

        assertThat(ParseTableTest.notation(learning.parse("昨天开了生活会，12人参加", TODAY)))
                .isEqualTo("log organizational_life_meeting 2026-03-19 x1 p12");
        assertThat(ParseTableTest.notation(learning.parse("昨天开了碰头会", TODAY)))
                .isEqualTo("ask branch_committee_meeting 2026-03-19 x1");
        assertThat(ParseTableTest.notation(learning.parse("昨天开了支委会", TODAY)))
                .isEqualTo("log branch_committee_meeting 2026-03-19 x1");
    }
}
