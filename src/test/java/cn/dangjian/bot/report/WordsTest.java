package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void keepsWhereAndForWhomAndDropsWhatTheFieldsSay() {
        assertThat(Words.extra("今天开展主题党日活动，主题“学雷锋践初心”，到阳光社区开展志愿服务，21人参加", Year.CATALOGUE))
                .isEqualTo("到阳光社区开展志愿服务");
        assertThat(Words.extra("9月28日组织党员到县档案馆查阅村史资料，22人参加", Year.CATALOGUE))
                .isEqualTo("组织党员到县档案馆查阅村史资料");
        assertThat(Words.extra("为12户困难群众修缮危房", Year.CATALOGUE)).isEqualTo("为12户困难群众修缮危房");
    }

    @Test
    void aMessageThatOnlyNamesTheActivityHasNothingMore() {
        assertThat(Words.extra("今天召开支委会，7人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("全体党员20人参加主题党日活动", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("收缴3月党费285.5元", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("书记讲党课，主题：学习贯彻二十届三中全会精神，21人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra(null, Year.CATALOGUE)).isEmpty();
    }
}
