package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.branch.Branch;

/**
 * Three years nobody here wrote the drafts for, of three kinds of branch: a 机关 branch with 党小组, a six-member
 * private company's branch without a committee, and a village branch that began logging in March and whose
 * configuration does not say whether it has 党小组. Each year is logged as its members would, several activities to a
 * message where they did them together; its two drafts are compared with {@code src/test/resources/report/} and
 * checked as a reviewer reads them ({@link DraftChecks}). The Word files go to {@code target/report-golden/} for
 * {@code scripts/render-draft.sh}.
 */
class GoldenYearsTest {

    static final LocalDate DRAFT_DAY = LocalDate.of(2027, 1, 10);
    static final String LEAD = "secretary01";
    static final String MEMBER = "member01";

    static final Branch OFFICE = Year.configured("", "市税务局第二党支部", """
            kind: 机关
            hasCommittee: true
            hasPartyGroups: true
            memberCount: 24
            secretaries:
              - {id: secretary01, name: 刘建国, role: 书记}
            """);
    static final Branch FACTORY = Year.configured("", "精工机械有限公司党支部", """
            kind: 非公企业
            hasCommittee: false
            hasPartyGroups: false
            memberCount: 6
            secretaries:
              - {id: secretary01, name: 陈立, role: 书记}
            """);
    static final Branch VILLAGE = Year.configured("", "柳树湾村党支部", """
            kind: 农村
            hasCommittee: true
            memberCount: 31
            secretaries:
              - {id: secretary01, name: 王德福, role: 书记}
            """);

    /** A 机关 branch of 24 that kept its calendar with a few gaps, its secretary lecturing and talking in person. */
    static Year office() {
        Year y = new Year(2026, OFFICE);
        Map<Integer, String> committee = Map.of(
                1, "召开支委会，研究组织生活会方案和年度党建工作计划",
                4, "召开支委会，研究确定入党积极分子人选",
                6, "召开支委会，研究七一系列活动和党课安排",
                9, "召开支委会，研究发展对象培养考察情况",
                11, "召开支委会，研究接收预备党员事宜和年终述职评议安排");
        for (int m = 1; m <= 12; m++) {
            if (m != 8) {
                y.by(LEAD).said(committee.get(m)).log("branch_committee_meeting", m, 6, 1, 7, null, null).alone();
            }
            if (m != 2) {
                y.by(MEMBER).log("party_group_meeting", m, 18, 1, 11, null, null);
            }
            if (m != 7) {
                y.by(MEMBER).log("dues_collection", m, 10, 1, null, null, m == 8 ? "1260.40" : "630.20");
            }
        }
        y.by(MEMBER).log("theme_party_day", 1, 16, 1, 22, "学习党的二十届四中全会精神", null)
                .log("theme_party_day", 2, 20, 1, 21, "新春走访困难群众", null)
                .inOneMessage().said("今天开展主题党日，主题“学雷锋 进社区”，到阳光社区为居民义诊、理发，20人参加")
                .log("theme_party_day", 3, 5, 1, 20, "学雷锋 进社区", null)
                .log("volunteer_service", 3, 5, 1, 20, null, null).alone()
                .log("theme_party_day", 4, 3, 1, 23, "清明祭英烈", null)
                .log("theme_party_day", 5, 15, 1, 19, null, null)
                .log("theme_party_day", 6, 12, 1, 22, "传承红色基因", null)
                .by(LEAD).log("theme_party_day", 7, 1, 1, 24, "庆祝建党105周年", null)
                .by(MEMBER).log("theme_party_day", 8, 14, 1, 16, null, null)
                .inOneMessage().said("组织党员到烈士陵园开展主题党日，主题“缅怀革命先烈”，重温入党誓词，22人参加")
                .log("theme_party_day", 9, 28, 1, 22, "缅怀革命先烈", null)
                .log("red_education", 9, 28, 1, 22, null, null)
                .log("oath_review", 9, 28, 1, 22, null, null).alone()
                .log("theme_party_day", 10, 16, 1, 20, null, null)
                .log("theme_party_day", 11, 13, 1, 21, "宪法宣传进社区", null)
                .log("theme_party_day", 12, 11, 1, 22, null, null);
        for (int m : new int[] {3, 6, 9, 12}) {
            y.by(LEAD).log("branch_member_meeting", m, 24, 1, 23, null, null);
        }
        y.by(LEAD).log("party_lecture", 3, 26, 1, 23, "牢记初心使命 推动税收现代化", null)
                .log("party_lecture", 6, 25, 1, 22, "学习贯彻党的二十届四中全会精神", null)
                .log("integrity_lecture", 8, 27, 1, 21, "守住廉洁底线", null)
                .log("party_lecture", 11, 26, 1, 22, "弘扬伟大建党精神", null)
                .log("organizational_life_meeting", 1, 22, 1, 24, null, null)
                .log("democratic_evaluation", 1, 22, 1, 24, null, null)
                .log("heart_to_heart_talk", 1, 15, 24, null, null, null)
                .log("party_building_meeting", 2, 9, 1, 7, "研究部署2026年党建工作", null)
                .log("collective_study", 2, 24, 1, 22, "第一议题：学习习近平总书记重要讲话精神", null)
                .said("组织集中学习新修订的纪律处分条例，结合税收执法岗位逐章讨论，21人参加")
                .log("collective_study", 5, 26, 1, 21, null, null).alone()
                .said("组织集中学习党的二十届四中全会公报，围绕十五五税收工作谈体会，22人参加")
                .log("collective_study", 10, 27, 1, 22, null, null).alone()
                .by(MEMBER).log("seminar", 4, 22, 1, 20, "以学促干", null)
                .log("knowledge_test", 10, 20, 1, 22, null, null)
                .by(LEAD).said("组织党员到市廉政教育基地接受警示教育，结合税务系统典型案例对照检查，24人参加")
                .log("warning_education", 4, 9, 1, 24, null, null).alone()
                .log("commitment_letter", 1, 22, 24, null, null, null)
                .log("activist_training", 4, 28, 2, null, null, null)
                .said("经支部党员大会讨论，接收1名同志为预备党员，已报机关党委审批")
                .log("new_member", 11, 20, 1, null, null, null).alone()
                .said("到办税服务厅走访调研纳税人办税体验，梳理问题6个").log("field_research", 8, 20, 1, null, null, null)
                .alone()
                .by(MEMBER).said("开通老年人办税绿色通道，上门为2户残疾人个体户办理申报")
                .log("practical_deed", 6, 18, 3, null, null, null).alone()
                .said("在阳光社区开展防范电信诈骗宣传，发放资料300余份，15人参加")
                .log("volunteer_service", 10, 18, 1, 15, null, null).alone();
        return y;
    }

    /**
     * Six members in a machine shop: no committee, 党员大会 with a 党课 most quarters, two theme days missed. Its
     * members say what they did as a factory's members would: the shop floor, the 职工, the owner's support.
     */
    static Year factory() {
        Year y = new Year(2026, FACTORY);
        for (int m = 1; m <= 12; m++) {
            y.by(MEMBER).log("dues_collection", m, 8, 1, null, null, "186");
        }
        y.by(MEMBER).said("组织党员学习新修订的安全生产法，结合各自岗位查找安全短板，6人参加")
                .log("theme_party_day", 1, 22, 1, 6, null, null).alone()
                .said("主题党日，主题“安全生产月启动”，党员分头到各车间排查安全隐患，查出隐患7处，当场整改5处，6人参加")
                .log("theme_party_day", 3, 22, 1, 6, "安全生产月启动", null).alone()
                .said("组织党员到市革命烈士纪念馆参观学习，6人参加")
                .log("theme_party_day", 4, 22, 1, 6, null, null).alone()
                .log("theme_party_day", 5, 22, 1, 6, null, null)
                .said("主题党日，主题“安全生产 党员先行”，党员带头开展消防应急演练，全厂80余名职工参加")
                .log("theme_party_day", 6, 22, 1, 6, "安全生产 党员先行", null).alone()
                .log("theme_party_day", 8, 22, 1, 3, null, null)
                .said("主题党日，主题“党员示范岗技术比武”，在机加工车间比操作、比质量，2名党员获评岗位能手，6人参加")
                .log("theme_party_day", 9, 22, 1, 6, "党员示范岗技术比武", null).alone()
                .said("组织党员学习党的二十届四中全会精神，结合公司十五五发展规划谈想法，6人参加")
                .log("theme_party_day", 10, 22, 1, 6, null, null).alone()
                .log("theme_party_day", 11, 22, 1, 6, null, null)
                .log("theme_party_day", 12, 22, 1, 6, null, null);
        y.by(LEAD).said("与公司总经理沟通全年党建工作安排，落实党员活动室和年度活动经费")
                .log("party_building_meeting", 2, 26, 1, null, null, null).alone()
                .inOneMessage().said("召开党员大会，讨论通过支部2026年工作计划，6人参加")
                .log("branch_member_meeting", 3, 20, 1, 6, null, null)
                .log("party_lecture", 3, 20, 1, 6, "做合格党员 当岗位能手", null).alone()
                .inOneMessage().said("召开党员大会，传达公司安全生产月工作部署，6人参加")
                .log("branch_member_meeting", 6, 19, 1, 6, null, null)
                .log("party_lecture", 6, 19, 1, 6, "安全生产责任重于泰山", null).alone()
                .said("召开党员大会，通报上半年党费收缴和支部活动情况，5人参加")
                .log("branch_member_meeting", 9, 25, 1, 5, null, null).alone()
                .inOneMessage().said("召开党员大会，总结全年支部工作，讨论2027年工作打算，6人参加")
                .log("branch_member_meeting", 12, 18, 1, 6, null, null)
                .log("party_lecture", 12, 18, 1, 6, "学习贯彻党的二十届四中全会精神", null).alone()
                .said("召开组织生活会，每名党员对照岗位职责查摆问题，共查摆问题8条，6人参加")
                .log("organizational_life_meeting", 12, 24, 1, 6, null, null).alone()
                .log("democratic_evaluation", 12, 24, 1, 6, null, null)
                .said("与6名党员逐一谈心，了解大家对岗位调整、子女入学的想法")
                .log("heart_to_heart_talk", 11, 30, 6, null, null, null).alone()
                .said("召开职工座谈会，收集职工意见建议12条，已解决食堂就餐、夜班通勤等9条")
                .log("practical_deed", 5, 16, 1, null, null, null).alone()
                .said("组织6名党员签订诚信经营、岗位履职承诺书").log("commitment_letter", 3, 26, 6, null, null, null).alone()
                .said("为7月入党的2名党员过政治生日，赠送入党志愿书复印件").log("political_birthday", 7, 3, 2, null, null, null)
                .alone()
                .said("到数控车间和装配车间走访青年职工，了解倒班、住宿方面的困难，梳理问题5个，已向公司提出解决建议")
                .log("field_research", 8, 18, 1, null, null, null).alone()
                .said("联合公司工会开展师带徒结对，4名党员与新入职职工结成对子，帮助他们掌握安全操作规程")
                .log("volunteer_service", 4, 16, 1, 4, null, null).alone()
                .said("评选优秀共产党员1名、党员示范岗2个，在公司年终总结大会上表彰")
                .log("commendation", 12, 28, 3, null, null, null).alone()
                .said("确定1名数控车间生产骨干为入党积极分子，由陈立和王芳作培养联系人")
                .log("activist_training", 9, 28, 1, null, null, null).alone()
                .by(MEMBER).said("组织党员参加安全生产和党章党规知识测试，6人全部合格")
                .log("knowledge_test", 7, 10, 1, 6, null, null).alone()
                .said("高温期间党员为一线职工送清凉，发放防暑降温用品120份，5人参加")
                .log("volunteer_service", 7, 15, 1, 5, null, null).alone()
                .said("组织党员清扫厂区周边道路，5人参加").log("volunteer_service", 11, 8, 1, 5, null, null).alone()
                .said("在公司内刊刊发党员示范岗事迹").log("publicity_article", 10, 12, 2, null, null, null).alone();
        return y;
    }

    /**
     * A village of 31 members that began logging in March; whether it has 党小组 the configuration does not say. Its
     * members say what a village's do: the 村“两委”, 村务公开, the fields, the river, the old and the poor.
     */
    static Year village() {
        Year y = new Year(2026, VILLAGE).loggedOn(LocalDate.of(2026, 3, 2));
        Map<Integer, String> committee = Map.of(
                3, "召开支委会，研究春耕生产和植树护绿活动安排",
                4, "召开村“两委”联席会议，研究人居环境整治方案",
                6, "召开支委会，研究确定发展对象人选",
                7, "召开支委会，研究汛期值守和巡堤安排",
                9, "召开支委会，研究村集体果蔬大棚项目和三季度村务、财务公开事项",
                12, "召开支委会，研究年终村务公开和民主评议党员工作");
        for (int m = 3; m <= 12; m++) {
            y.by(LEAD).said(committee.get(m)).log("branch_committee_meeting", m, 3, 1, 5, null, null).alone();
            y.by(MEMBER).log("dues_collection", m, 12, 1, null, null, "155");
        }
        y.by(MEMBER).said("主题党日，主题“植树护绿”，党员在村口荒坡补植树苗300余株，26人参加")
                .log("theme_party_day", 3, 15, 1, 26, "植树护绿", null).alone()
                .said("主题党日，主题“人居环境整治”，党员带头清理村内河道和房前屋后垃圾，清运垃圾15车，26人参加")
                .log("theme_party_day", 4, 15, 1, 26, "人居环境整治", null).alone()
                .log("theme_party_day", 6, 15, 1, 18, null, null)
                .said("庆祝建党105周年，组织党员重温入党誓词，为5名老党员佩戴光荣在党50年纪念章，26人参加")
                .log("theme_party_day", 7, 15, 1, 26, null, null).alone()
                .log("theme_party_day", 8, 15, 1, 26, "防汛抢险", null)
                .said("组织党员到镇现代农业产业园参观学习，学习发展特色种植的经验，26人参加")
                .log("theme_party_day", 9, 15, 1, 26, null, null).alone()
                .said("主题党日，主题“重阳敬老”，党员为村里80岁以上老人理发、测血压，26人参加")
                .log("theme_party_day", 10, 15, 1, 26, "重阳敬老", null).alone()
                .said("学习党的二十届四中全会精神，4名外出务工党员线上参加，26人参加")
                .log("theme_party_day", 11, 15, 1, 26, null, null).alone()
                .log("theme_party_day", 12, 15, 1, 26, null, null);
        y.by(LEAD).said("召开党员大会，审议村内道路硬化项目实施方案，党员一致同意，27人参加")
                .log("branch_member_meeting", 3, 25, 1, 27, null, null).alone()
                .log("branch_member_meeting", 6, 28, 1, 25, null, null)
                .said("召开党员大会，通报上半年村务、财务公开情况，28人参加")
                .log("branch_member_meeting", 9, 26, 1, 28, null, null).alone()
                .log("branch_member_meeting", 12, 20, 1, 29, null, null)
                .log("party_lecture", 4, 20, 1, 26, "党的二十届四中全会精神在乡村", null)
                .log("party_lecture", 7, 1, 1, 29, "党员带头致富 带领群众致富", null)
                .log("party_lecture", 11, 18, 1, 27, null, null)
                .log("care_visit", 7, 1, 8, null, "七一走访慰问老党员", null)
                .said("走访慰问生活困难党员6人，送去米面油和慰问金").log("care_visit", 12, 28, 6, null, null, null).alone()
                .said("召开组织生活会，班子成员和党员逐一对照检查，征求群众意见14条，29人参加")
                .log("organizational_life_meeting", 12, 26, 1, 29, null, null).alone()
                .log("democratic_evaluation", 12, 26, 1, 29, null, null)
                .said("与31名党员逐一谈心谈话，外出务工党员通过电话谈")
                .log("heart_to_heart_talk", 12, 10, 31, null, null, null).alone()
                .said("为12户困难群众修缮危房").log("practical_deed", 6, 10, 12, null, null, null).alone()
                .log("development_target", 6, 28, 1, null, null, null)
                .said("带领网格员入户走访，收集群众反映的问题21条，已办结17条")
                .log("field_research", 9, 10, 1, null, null, null).alone()
                .said("开展农村党员冬训，集中学习3天").log("member_training", 12, 16, 29, null, null, null).alone()
                .by(MEMBER).said("组织12名党员连夜巡堤，转移低洼处群众23户").log("volunteer_service", 8, 2, 1, 12, null, null)
                .alone()
                .said("组织党员观看警示教育片，对照查找村务管理中的廉洁风险，25人参加")
                .log("warning_education", 11, 6, 1, 25, null, null).alone()
                .said("确定2名返乡创业青年为入党积极分子").log("activist_training", 9, 28, 2, null, null, null).alone()
                .log("publicity_article", 10, 30, 2, null, null, null);
        return y;
    }

    @Test
    void theOfficesYearReadsAsItsSecretaryAndItsBranchWouldSignIt() throws IOException {
        Map<String, String> drafts = drafts("office", office());

        String duty = drafts.get("office-2026-duty-report.md");
        String summary = drafts.get("office-2026-work-summary.md");
        assertThat(duty).contains("刘建国", "本人主持召开支委会11次、支部党员大会4次", "本人8月为党员讲廉政党课《守住廉洁底线》")
                // the place of the 9月 theme day is a word of the 红色教育 family and still said
                .contains("9月组织党员到烈士陵园开展主题党日")
                // a stance for a 机关, not the words of a factory or a village
                .contains("建设模范机关支部", "抓业务的劲头比抓党建足")
                .doesNotContain("党课第三季度", "以普通党员身份", "领导核心", "| 支部委员会会议");
        // a 廉政党课 is a 党课: the third quarter is not missed; 8月's dues came with September's? no: July's with August's
        assertThat(DraftChecks.section(summary, "一、主要工作")).doesNotContain("按月收缴、及时上缴");
        assertThat(summary).contains("党费7月未按月收缴，于8月补收缴", "支委会8月未按期召开", "党小组会2月未按期召开")
                .doesNotContain("党课第三季度")
                .contains("9月组织党员到烈士陵园开展主题党日，主题为“缅怀革命先烈”，开展红色教育、组织重温入党誓词")
                .contains("书记刘建国", "刘建国同志主持支部全面工作", "王芳同志承担")
                .contains("由王芳同志负责")
                .contains("落实“第一议题”制度");
    }

    @Test
    void theFactorysYearSpeaksOfProductionAndOwesNoCommittee() throws IOException {
        Map<String, String> drafts = drafts("factory", factory());

        for (String text : drafts.values()) {
            assertThat(text).doesNotContain("支委会未", "支部委员会会议（", "党员干部", "八项规定", "第一议题", "模范机关");
        }
        assertThat(drafts.get("factory-2026-work-summary.md")).contains("不设支部委员会", "生产经营",
                "主题党日活动2月、7月未按期开展", "8月主题党日活动参加3人、参加率50%")
                // the theme days about the shop floor's safety are told where the branch serves production
                .contains("把安全生产作为党员在企业发挥作用的第一阵地，1月主题党日组织党员学习新修订的安全生产法",
                        "3月主题党日以“安全生产月启动”为题，党员分头到各车间排查安全隐患，查出隐患7处，当场整改5处");
        // the secretary's own dealings with the owner and the members, in the secretary's words
        assertThat(drafts.get("factory-2026-duty-report.md")).contains("本人2月与公司总经理沟通全年党建工作安排，落实党员活动室和年度活动经费",
                "本人11月与6名党员逐一谈心", "其中1月、3月、6月围绕安全生产，9月围绕岗位建功，10月围绕企业发展")
                .doesNotContain("查出隐患7处");
    }

    @Test
    void theVillagesYearCountsFromMarchAndAsksWhetherItHasPartyGroups() throws IOException {
        Map<String, String> drafts = drafts("village", village());

        for (String text : drafts.values()) {
            assertThat(text).contains("自2026年3月起使用党建助手记录", "是否设党小组")
                    .doesNotContain("1月至2月", "党小组会未", "全年未");
        }
        assertThat(drafts.get("village-2026-work-summary.md")).contains("乡村振兴", "主题党日活动5月未按期开展")
                // the member's twelve stay in what they did
                .contains("8月组织12名党员连夜巡堤，转移低洼处群众23户", "外出务工")
                .contains("带领群众改善村容村貌，3月主题党日以“植树护绿”为题，党员在村口荒坡补植树苗300余株");
        assertThat(drafts.get("village-2026-duty-report.md")).contains("支委会上，3月研究春耕生产和植树护绿活动安排",
                "党员大会上，3月审议村内道路硬化项目实施方案", "上年度乡镇党委述职评议指出的问题");
    }

    /**
     * The 书记 changed in July: the 述职报告 is the new 书记's, says so in its opening with who held the post before and
     * that the months before were theirs, tells as 本人 only the new 书记's own lectures, and is signed by the new
     * 书记; the 工作总结's 基本情况 names both.
     */
    @Test
    void whenTheSecretaryChangedTheDutyReportSaysWhoseItIs() throws IOException {
        Branch branch = Year.configured("", "市税务局第三党支部", """
                kind: 机关
                hasCommittee: true
                hasPartyGroups: false
                memberCount: 12
                secretaries:
                  - {id: secretary02, name: 李华, role: 书记, until: 2026-06-30}
                  - {id: secretary01, name: 王强, role: 书记, from: 2026-07-01}
                """);
        Year year = new Year(2026, branch);
        for (int m = 1; m <= 12; m++) {
            year.by(m < 7 ? "secretary02" : LEAD).log("branch_committee_meeting", m, 6, 1, 5, null, null);
        }
        year.by("secretary02").log("party_lecture", 3, 20, 1, 12, "牢记初心使命", null)
                .log("party_lecture", 6, 20, 1, 11, "传承红色基因", null)
                .by(LEAD).log("party_lecture", 9, 20, 1, 12, "担当作为 干在实处", null)
                .log("party_lecture", 12, 18, 1, 12, "学习贯彻党的二十届四中全会精神", null);

        String duty = MarkdownDraft.render(DraftCompilerTest.COMPILER.compile(year.model(DraftKind.DUTY_REPORT,
                DRAFT_DAY)));
        String summary = MarkdownDraft.render(DraftCompilerTest.COMPILER.compile(year.model(DraftKind.WORK_SUMMARY,
                DRAFT_DAY)));

        Files.createDirectories(Path.of("target/report-golden"));
        Files.writeString(Path.of("target/report-golden/change-2026-duty-report.md"), duty);
        Files.writeString(Path.of("target/report-golden/change-2026-work-summary.md"), summary);
        assertThat(duty).contains("本人自7月起任市税务局第三党支部书记，此前由李华同志任书记并主持支部工作，本报告一并述及支部全年工作")
                .contains("本人任职以来为党员讲党课2次", "担当作为 干在实处").doesNotContain("牢记初心使命").doesNotContain("本人主持召开支委会12次")
                .endsWith("市税务局第三党支部书记　王强\n\n2027年1月10日\n");
        assertThat(summary).contains("书记王强（7月接任，此前为李华）");
    }

    /** Both drafts of a year, checked as a reader would, compared with their golden files. */
    private static Map<String, String> drafts(String name, Year year) throws IOException {
        Map<String, String> drafts = new LinkedHashMap<>();
        Map<String, List<String>> checks = new LinkedHashMap<>();
        for (DraftKind kind : DraftKind.values()) {
            DraftModel model = year.model(kind, DRAFT_DAY);
            DraftDocument document = DraftCompilerTest.COMPILER.compile(model);
            String markdown = MarkdownDraft.render(document);
            String file = name + "-2026-" + kind.key() + ".md";
            drafts.put(file, markdown);
            writeDocx(name + "-2026-" + kind.key() + ".docx", document);
            checks.put(file, DraftChecks.problems(markdown, model));
            Files.writeString(Path.of("target/report-golden", file + ".checks"), String.join("\n",
                    checks.get(file)) + "\nlength " + DraftChecks.length(markdown) + " "
                    + DraftChecks.lengthProblem(markdown, model) + "\n");
            assertThat(DraftChecks.length(markdown)).as(file).isLessThanOrEqualTo(4500);
        }
        DraftGoldenTest.assertMatchesGolden(drafts);
        checks.forEach((file, problems) -> assertThat(problems).as(file).isEmpty());
        return drafts;
    }

    private static void writeDocx(String name, DraftDocument document) {
        try {
            Path file = Path.of("target/report-golden", name);
            Files.createDirectories(file.getParent());
            Files.write(file, new DocxDraft().render(document));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Section 一 of a branch's two drafts (the 述职报告's 履职情况, the 工作总结's 主要工作) share under half their
     * four-character phrases ({@link DraftChecks#similarity}); two branches' drafts of one kind are measured too
     * (target/report-golden/similarity.txt).
     */
    @Test
    void theTwoVoicesAndTheThreeBranchesSayTheirYearsInTheirOwnWords() throws IOException {
        Map<String, Map<DraftKind, String>> all = new LinkedHashMap<>();
        Map<String, Year> years = Map.of("office", office(), "factory", factory(), "village", village());
        StringBuilder report = new StringBuilder();
        List<String> failures = new java.util.ArrayList<>();
        for (String name : List.of("office", "factory", "village")) {
            Map<DraftKind, String> kinds = new LinkedHashMap<>();
            for (DraftKind kind : DraftKind.values()) {
                kinds.put(kind, MarkdownDraft.render(DraftCompilerTest.COMPILER.compile(
                        years.get(name).model(kind, DRAFT_DAY))));
            }
            all.put(name, kinds);
            double voices = DraftChecks.similarity(DraftChecks.section(kinds.get(DraftKind.DUTY_REPORT), "二、履职情况"),
                    DraftChecks.section(kinds.get(DraftKind.WORK_SUMMARY), "一、主要工作"));
            report.append(name).append(" section 一 duty/summary ").append(String.format("%.2f", voices)).append('\n');
            if (voices >= 0.5) {
                failures.add(name + ": section 一 of the two drafts " + voices);
            }
        }
        for (DraftKind kind : DraftKind.values()) {
            for (String[] pair : new String[][] {{"office", "factory"}, {"office", "village"}, {"factory", "village"}}) {
                double alike = DraftChecks.similarity(all.get(pair[0]).get(kind), all.get(pair[1]).get(kind));
                report.append(kind.key()).append(' ').append(pair[0]).append('/').append(pair[1]).append(' ')
                        .append(String.format("%.2f", alike)).append('\n');
                // what all kinds share (headings, the year's framing, the plans' calendar) stays under half when each
                // kind's concerns and the members' own words are told
                if (alike >= 0.5) {
                    failures.add(kind + " of " + pair[0] + " and " + pair[1] + " " + alike);
                }
            }
        }
        Files.createDirectories(Path.of("target/report-golden"));
        Files.writeString(Path.of("target/report-golden/similarity.txt"), report.toString());
        assertThat(failures).isEmpty();
    }
}
