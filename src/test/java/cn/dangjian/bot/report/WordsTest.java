package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void keepsWhereAndForWhomAndDropsWhatTheFieldsSay() {
        assertThat(extra("今天开展主题党日活动，主题“学雷锋践初心”，到阳光社区开展志愿服务，21人参加"))
                .isEqualTo("到阳光社区开展志愿服务");
        assertThat(extra("9月28日组织党员到县档案馆查阅村史资料，22人参加"))
                .isEqualTo("组织党员到县档案馆查阅村史资料");
        assertThat(extra("为12户困难群众修缮危房")).isEqualTo("为12户困难群众修缮危房");
    }

    /**
     * 烈士陵园 and 革命纪念馆 are words of the 红色教育 family, and a place: where the event was held is what the
     * member said beyond the fields, and a report names it.
     */
    @Test
    void aPlaceThatIsAlsoAnActivitysWordIsKept() {
        assertThat(extra("组织党员到烈士陵园开展主题党日，主题“缅怀革命先烈”，重温入党誓词，22人参加"))
                .isEqualTo("组织党员到烈士陵园开展主题党日");
        assertThat(extra("参观革命纪念馆，20人参加")).isEqualTo("参观革命纪念馆");
        assertThat(extra("红色教育，20人参加")).isEmpty();
    }

    /** "组织12名党员连夜巡堤" keeps its twelve: only a clause that is nothing but the attendance is dropped. */
    @Test
    void peopleInsideWhatWasDoneStayWithIt() {
        assertThat(extra("组织12名党员连夜巡堤，转移低洼处群众23户"))
                .isEqualTo("组织12名党员连夜巡堤，转移低洼处群众23户");
        assertThat(extra("在阳光社区开展防范电信诈骗宣传，发放资料300余份，15人参加"))
                .isEqualTo("在阳光社区开展防范电信诈骗宣传，发放资料300余份");
    }

    @Test
    void aMessageThatOnlyNamesTheActivityHasNothingMore() {
        assertThat(extra("今天召开支委会，7人参加")).isEmpty();
        assertThat(extra("全体党员20人参加主题党日活动")).isEmpty();
        assertThat(extra("收缴3月党费285.5元")).isEmpty();
        assertThat(extra("书记讲党课，主题：学习贯彻二十届三中全会精神，21人参加", "学习贯彻二十届三中全会精神", List.of())).isEmpty();
        assertThat(extra(null)).isEmpty();
        assertThat(extra("召开专题组织生活会，22人参加")).isEmpty();
        assertThat(extra("今天微党课，22人参加")).isEmpty();
    }

    /**
     * Chat as members write it: what the meeting took up is kept without the month and the meeting's name before it;
     * what only a chat says (本月, 已召开, 另外, 应到25人实到24人, 四季度) is no more than the record.
     */
    @Test
    void chatAroundWhatWasDoneIsLeftOut() {
        assertThat(extra("4月支委会 研究发展党员工作")).isEqualTo("研究发展党员工作");
        assertThat(extra("召开9月支委会，讨论预备党员转正事宜")).isEqualTo("讨论预备党员转正事宜");
        assertThat(extra("2月支委会已开，讨论春节前走访慰问安排")).isEqualTo("讨论春节前走访慰问安排");
        assertThat(extra("另外今天也召开了党员大会，通报一季度工作")).isEqualTo("通报一季度工作");
        assertThat(extra("本月支委会已召开")).isEmpty();
        assertThat(extra("召开了12月份支委会")).isEmpty();
        assertThat(extra("昨天召开2025年度组织生活会和民主评议党员，应到25人实到24人")).isEmpty();
        assertThat(extra("召开四季度党员大会，24人参加，并讲党课《以实干担当开创新局面》", "",
                List.of("以实干担当开创新局面"))).isEmpty();
        assertThat(extra("7月党费收缴完毕，1860元")).isEmpty();
        assertThat(extra("11月支委会已开，7人参加")).isEmpty();
        assertThat(extra("和入党积极分子小李谈心谈话一次")).isEqualTo("和入党积极分子小李谈心谈话");
        assertThat(extra("今天主题党日到敬老院开展重阳节慰问活动，19名党员参加"))
                .isEqualTo("到敬老院开展重阳节慰问活动");
        assertThat(extra("主题党日 走进社区开展防汛志愿服务 16人")).isEqualTo("走进社区开展防汛志愿服务");
    }

    /**
     * A title stays in the clause that says what was done with it (参观“红色档案”展览, 学习《…》); a clause that only
     * frames the topic (主题党日：宪法宣传进社区) leaves it to the topic, and a title another activity tells is its own.
     */
    @Test
    void titlesStayWhereTheWordsSayWhatWasDoneWithThem() {
        assertThat(extra("今天开展主题党日活动，到市档案馆参观“红色档案”展览，20人", "红色档案", List.of()))
                .isEqualTo("到市档案馆参观“红色档案”展览");
        assertThat(extra("组织全体党员开展党纪学习教育专题读书班，学习《中国共产党纪律处分条例》，25人参加", "中国共产党纪律处分条例",
                List.of())).isEqualTo("组织全体党员开展党纪学习教育专题读书班，学习《中国共产党纪律处分条例》");
        assertThat(extra("主题党日：宪法宣传进社区，发放宣传册200余份，17人参加", "宪法宣传进社区", List.of()))
                .isEqualTo("发放宣传册200余份");
        assertThat(extra("主题党日：观看警示教育片《持续发力 纵深推进》，22名党员参加"))
                .isEqualTo("观看警示教育片《持续发力 纵深推进》");
        assertThat(extra("今天以“学雷锋践初心”为主题开展主题党日活动，21人参加", "学雷锋践初心", List.of())).isEmpty();
        assertThat(extra("组织开展「清廉家风」故事分享会")).isEqualTo("组织开展“清廉家风”故事分享会");
        assertThat(extra("开展“我为群众办实事”活动，办实事3件")).isEmpty();
    }

    private static String extra(String words) {
        return extra(words, "", List.of());
    }

    private static String extra(String words, String topic, List<String> elsewhere) {
        return Words.extra(words, Year.CATALOGUE, topic, elsewhere);
    }
}
