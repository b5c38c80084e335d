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

    /**
     * 烈士陵园 and 革命纪念馆 are words of the 红色教育 family, and a place: where the event was held is what the
     * member said beyond the fields, and a report names it.
     */
    @Test
    void aPlaceThatIsAlsoAnActivitysWordIsKept() {
        assertThat(Words.extra("组织党员到烈士陵园开展主题党日，主题“缅怀革命先烈”，重温入党誓词，22人参加", Year.CATALOGUE))
                .isEqualTo("组织党员到烈士陵园开展主题党日");
        assertThat(Words.extra("参观革命纪念馆，20人参加", Year.CATALOGUE)).isEqualTo("参观革命纪念馆");
        assertThat(Words.extra("红色教育，20人参加", Year.CATALOGUE)).isEmpty();
    }

    /** "组织12名党员连夜巡堤" keeps its twelve: only a clause that is nothing but the attendance is dropped. */
    @Test
    void peopleInsideWhatWasDoneStayWithIt() {
        assertThat(Words.extra("组织12名党员连夜巡堤，转移低洼处群众23户", Year.CATALOGUE))
                .isEqualTo("组织12名党员连夜巡堤，转移低洼处群众23户");
        assertThat(Words.extra("在阳光社区开展防范电信诈骗宣传，发放资料300余份，15人参加", Year.CATALOGUE))
                .isEqualTo("在阳光社区开展防范电信诈骗宣传，发放资料300余份");
    }

    @Test
    void aMessageThatOnlyNamesTheActivityHasNothingMore() {
        assertThat(Words.extra("今天召开支委会，7人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("全体党员20人参加主题党日活动", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("收缴3月党费285.5元", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("书记讲党课，主题：学习贯彻二十届三中全会精神，21人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra(null, Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("召开专题组织生活会，22人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("今天微党课，22人参加", Year.CATALOGUE)).isEmpty();
    }

    /**
     * Chat as members write it: what the meeting took up is kept without the month and the meeting's name before it;
     * what only a chat says (本月, 已召开, 另外, 应到25人实到24人, 四季度) is no more than the record.
     */
    @Test
    void chatAroundWhatWasDoneIsLeftOut() {
        assertThat(Words.extra("4月支委会 研究发展党员工作", Year.CATALOGUE)).isEqualTo("研究发展党员工作");
        assertThat(Words.extra("召开9月支委会，讨论预备党员转正事宜", Year.CATALOGUE)).isEqualTo("讨论预备党员转正事宜");
        assertThat(Words.extra("2月支委会已开，讨论春节前走访慰问安排", Year.CATALOGUE)).isEqualTo("讨论春节前走访慰问安排");
        assertThat(Words.extra("另外今天也召开了党员大会，通报一季度工作", Year.CATALOGUE)).isEqualTo("通报一季度工作");
        assertThat(Words.extra("本月支委会已召开", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("召开了12月份支委会", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("昨天召开2025年度组织生活会和民主评议党员，应到25人实到24人", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("召开四季度党员大会，24人参加，并讲党课《以实干担当开创新局面》", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("7月党费收缴完毕，1860元", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("11月支委会已开，7人参加", Year.CATALOGUE)).isEmpty();
        assertThat(Words.extra("和入党积极分子小李谈心谈话一次", Year.CATALOGUE)).isEqualTo("和入党积极分子小李谈心谈话");
        assertThat(Words.extra("今天主题党日到敬老院开展重阳节慰问活动，19名党员参加", Year.CATALOGUE))
                .isEqualTo("到敬老院开展重阳节慰问活动");
        assertThat(Words.extra("主题党日 走进社区开展防汛志愿服务 16人", Year.CATALOGUE)).isEqualTo("走进社区开展防汛志愿服务");
    }
}
