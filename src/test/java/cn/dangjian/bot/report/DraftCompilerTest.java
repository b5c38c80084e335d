package cn.dangjian.bot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.config.BotConfigException;

class DraftCompilerTest {

    static final DraftCompiler COMPILER = new DraftCompiler(Path.of("bot-config"));
    static final LocalDate AFTER_THE_YEAR = DraftModelTest.AFTER_THE_YEAR;

    static String markdown(Year year, DraftKind kind, LocalDate today) {
        return MarkdownDraft.render(COMPILER.compile(year.model(kind, today)));
    }

    @Test
    void aYearsCountsTopicsAndAttendanceAreWovenIntoTheSentences() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() <= 2);
        year.log("theme_party_day", 1, 15, 1, 20, "追寻红色足迹", null)
                .log("theme_party_day", 2, 15, 1, 22, "重温入党誓词", null)
                .log("dues_collection", 12, 20, 1, null, null, "3200.50")
                .log("practical_deed", 6, 1, 3, null, "为老旧小区加装扶手", null);

        String draft = markdown(year, DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        // one cumulative count per point, the people once as the year's lowest rate, never listed per activity
        assertThat(draft).contains("全年召开支部党员大会4次，讲党课4次，党员均全员参加。");
        assertThat(draft).contains("“三会一课”和主题党日全年应按期开展32次，按期开展32次，按期完成率100%。");
        // every theme day with a topic, month by month, in one sentence: no frame said twelve times
        assertThat(draft).contains("全年开展主题党日活动12次，主题有1月“追寻红色足迹”、2月“重温入党誓词”");
        assertThat(draft).contains("全年收缴党费3200.50元，做到按月收缴、及时上缴");
        assertThat(draft).contains("为群众办实事3件：6月“为老旧小区加装扶手”");
        assertThat(draft).doesNotContain("人次，累计", "累计参加", "参加22人、");
    }

    @Test
    void theDutyReportSpeaksInTheFirstPersonAndTheSummaryAsTheBranch() {
        Year year = DraftModelTest.regular();

        String duty = markdown(year, DraftKind.DUTY_REPORT, AFTER_THE_YEAR);
        String summary = markdown(year, DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(duty).startsWith("# 机关第一党支部书记2025年度抓党建工作述职报告\n\n2025年是“十四五”规划收官之年。一年来，"
                + "本人带领支部22名党员，围绕业务工作抓党建");
        assertThat(duty).contains("## 一、上年度述职评议问题整改情况", "## 二、履职情况", "## 三、存在的问题及原因",
                "## 四、下步打算");
        assertThat(duty).contains("履行第一责任人职责，建设模范机关支部。**", "本人主持召开支委会12次（每月至少一次）");
        assertThat(duty).doesNotContain("| 支部委员会会议", "按期完成率", "以普通党员身份");
        assertThat(summary).startsWith("# 机关第一党支部2025年度党建工作总结\n\n2025年是“十四五”规划收官之年。机关第一党支部坚持");
        assertThat(summary).contains("## 一、主要工作", "## 二、存在的问题及原因", "## 三、下步工作打算");
        assertThat(summary).contains("全年召开支委会12次，做到每月一次", "按期完成率100%");
        assertThat(summary).doesNotContain("本人");
        assertThat(summary).endsWith("机关第一党支部\n\n2026年1月10日\n");
        // a personal report, signed by the secretary whose report it is (branches.yml names them)
        assertThat(duty).endsWith("机关第一党支部书记　张明\n\n2026年1月10日\n");
    }

    @Test
    void theOpeningAndThePlansFrameTheYearAndTheNextFromBotConfig() {
        String draft = markdown(new Year(2026).monthly("theme_party_day", 15, 20, Year.months(1, 12)),
                DraftKind.WORK_SUMMARY, LocalDate.of(2027, 1, 8));

        assertThat(draft).contains("2026年是“十五五”开局之年，也是中国共产党成立105周年。",
                "深入学习贯彻党的二十大和二十届历次全会精神",
                "2027年是党的二十一大召开之年",
                // written in January 2027: the congress is ahead, studying it comes after it meets
                "以迎接党的二十一大胜利召开为主线加强学习，大会召开后把学习贯彻党的二十一大精神作为首要政治任务");
    }

    @Test
    void gapsAreNamedWithTheirCausesAndEachHasAPlan() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day")
                && (r.date().getMonthValue() == 3 || r.date().getMonthValue() == 8));
        year.records.removeIf(r -> r.activity().equals("party_lecture") && r.date().getMonthValue() == 6);
        year.records.removeIf(r -> r.activity().equals("organizational_life_meeting"));

        String draft = markdown(year, DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        // the secretary's own shortcomings, in the first person
        assertThat(draft).contains("**一是督促“三会一课”按期开展不够有力。**党课第二季度未按期讲授。出现缺项后本人未能及时督促补上");
        assertThat(draft).contains("**二是对主题党日的计划安排抓得不够实。**主题党日活动3月、8月未按期开展");
        assertThat(draft).contains("**三是年度规定动作抓得不够及时。**组织生活会全年未召开");
        // each problem says its own cause in the first person; the analysis says what lies under them all
        assertThat(draft).contains("根子在于本人对“三会一课”的督促检查还不够经常，有时把党建当作业务之外的工作",
                "本人没有在月初督促定下当月的主题和时间", "本人对年度规定动作的时间节点把握不够准",
                "**原因分析：**主观上，本人抓支部工作重部署、轻跟踪", "客观上，支部党员大多承担繁重的业务工作");
        assertThat(draft).contains("**（三）严格落实“三会一课”制度。**针对党课未按期开展的问题");
        assertThat(draft).contains("**（四）规范开展主题党日活动。**");
        assertThat(draft).contains("**（五）按时完成年度规定动作。**把组织生活会排进上半年计划");
        // the objective cause and last year's 述职评议 are the data's blind spots, each its own marked paragraph
        assertThat(occurrences(draft, DraftDocument.TO_EDIT)).isEqualTo(2);
        assertThat(draft).contains("\n\n" + DraftDocument.TO_EDIT + "\n\n");
    }

    @Test
    void aLongSilenceIsNamedWithWhatWasNotDoneInIt() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.date().getMonthValue() >= 5 && r.date().getMonthValue() <= 8);

        String draft = markdown(year, DraftKind.WORK_SUMMARY, AFTER_THE_YEAR);

        assertThat(draft).contains("**一是组织生活存在断档。**5月至8月连续4个月未记录支部活动，"
                + "期间支委会、主题党日活动、党费收缴均未按期开展。");
        // the second quarter reaches out of the silence: its meeting and lecture are named on their own
        assertThat(draft).contains("**二是“三会一课”落实还不够到位。**支部党员大会第二季度未按期召开，"
                + "党课第二季度未按期讲授");
        assertThat(draft).contains("**（二）保持组织生活经常化。**针对5月至8月组织生活断档的问题");
    }

    @Test
    void aYearWithoutGapsAsksTheSecretaryForTheirShortcomingsInsteadOfInventingThem() {
        String draft = markdown(DraftModelTest.regular(), DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(draft).contains("对照支部的规定动作，全年未发现缺项。本人履职中的不足");
        assertThat(draft).doesNotContain("**一是", "原因分析");
        assertThat(draft).contains("**（三）推动党建与业务工作融合。**");
        // the shortcomings and last year's 述职评议: the data grounds neither
        assertThat(occurrences(draft, DraftDocument.TO_EDIT)).isEqualTo(2);
    }

    @Test
    void anEmptyYearGivesAShortHonestDraft() {
        Year empty = new Year(2025);

        String draft = markdown(empty, DraftKind.DUTY_REPORT, AFTER_THE_YEAR);

        assertThat(draft).contains("本人主持支部日常工作的情况，党建助手中尚无记录，请据实补充。\n\n" + DraftDocument.TO_EDIT);
        assertThat(draft).contains("**一是对活动随做随记重视不够。**2025年度未在党建助手中记录支部活动");
        assertThat(draft).contains("**（三）及时规范记录支部活动。**");
        assertThat(draft).doesNotContain("一是严格", "次，");
        assertThat(DraftChecks.length(draft)).isLessThan(1200);
        assertThat(COMPILER.summary(empty.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR)))
                .contains("党建助手中尚无本支部2025年度的活动记录");
    }

    @Test
    void aRunningYearSaysSoAndCountsUpToToday() {
        Year year = new Year(2026).monthly("theme_party_day", 15, 20, Year.months(1, 4));

        String draft = markdown(year, DraftKind.DUTY_REPORT, LocalDate.of(2026, 5, 6));

        assertThat(draft).contains("今年以来，本人带领", "（数据统计至4月30日）", "开展主题党日活动4次");
        assertThat(draft).contains("组织生活会尚未召开", "支委会至今未召开").doesNotContain("全年未", "全年召开");
        assertThat(DraftChecks.occurrences(draft, "今年以来")).isLessThanOrEqualTo(2);
    }

    @Test
    void theChatSummaryGivesTheKeyCountsAndTheProblems() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.activity().equals("theme_party_day") && r.date().getMonthValue() == 3);

        String summary = COMPILER.summary(year.model(DraftKind.DUTY_REPORT, AFTER_THE_YEAR));

        assertThat(summary).startsWith("#### 机关第一党支部2025年度述职报告（草稿）\n\n述职报告以书记本人口吻写成");
        assertThat(summary).contains("2025年共记录活动");
        // every figure with the records it rests on, so that a reader checks it in one step
        assertThat(summary).contains("- 支部委员会会议12次，平均每次参加7人（#", "- 主题党日11次，平均每次参加20人（#");
        assertThat(summary).containsPattern("- 支部党员大会4次，平均每次参加\\d+人（#\\d+（3月\\d+日）、#\\d+（6月\\d+日）、"
                + "#\\d+（9月\\d+日）、#\\d+（12月\\d+日））\n");
        assertThat(summary).contains("1. 主题党日活动开展不够规律：主题党日活动3月未按期开展");
        assertThat(summary).doesNotContain("\n\n\n", "人次，");
    }

    @Test
    void theChatSummaryOfAWorkSummarySaysWhatIsNotableAndThatDecemberIsStillOpen() {
        Year year = DraftModelTest.regular();
        year.records.removeIf(r -> r.date().getMonthValue() == 12);
        year.log("new_member", 11, 2, 1, null, null, null);

        String summary = COMPILER.summary(year.model(DraftKind.WORK_SUMMARY, LocalDate.of(2025, 12, 10), null,
                List.of("支部与社区开展联建共建")));

        assertThat(summary).contains("工作总结以支部口吻按工作领域写成", "1月1日至11月30日",
                "12月的活动在月底后重新生成草稿即可计入", "- 发展党员工作：发展党员1名", "- 亮点：支部与社区开展联建共建");
    }

    /**
     * Random years, many shapes: whatever the records, no sentence says 0, no mask or template leftover remains,
     * and parts, points, problems and plans are numbered without a gap.
     */
    @Test
    void noYearGivesAZeroALeftoverOrAGapInTheNumbering() {
        Random random = new Random(20251231);
        List<Activity> activities = Year.CATALOGUE.all();
        for (int i = 0; i < 150; i++) {
            Year year = new Year(2025);
            int kinds = random.nextInt(activities.size());
            for (int k = 0; k < kinds; k++) {
                Activity activity = activities.get(random.nextInt(activities.size()));
                int times = 1 + random.nextInt(14);
                for (int t = 0; t < times; t++) {
                    year.log(activity.key(), 1 + random.nextInt(12), 1 + random.nextInt(28), 1 + random.nextInt(3),
                            random.nextBoolean() ? 1 + random.nextInt(40) : null,
                            random.nextInt(3) == 0 ? "主题" + random.nextInt(6) : null,
                            activity.countsMoney() && random.nextBoolean() ? random.nextInt(200000) / 100.0 + "" : null);
                }
            }
            LocalDate today = random.nextBoolean() ? AFTER_THE_YEAR : LocalDate.of(2025, 1 + random.nextInt(12), 28);
            year.records.removeIf(r -> !r.date().isBefore(today));
            for (DraftKind kind : DraftKind.values()) {
                DraftModel model = year.model(kind, today);
                DraftDocument draft = COMPILER.compile(model);
                String text = MarkdownDraft.render(draft) + COMPILER.summary(model);
                assertThat(text).as(text).doesNotContainPattern("(?<![0-9.,])0(次|人次|名|元|件|篇|个|期|场|份)")
                        .doesNotContain("X", "null", "${", "<#", "是。", "，。", "。。", "、，", "，，");
                assertThat(DraftChecks.repeatedSentences(MarkdownDraft.render(draft))).as(text).isEmpty();
                assertNumbering(draft, text);
            }
        }
    }

    private static void assertNumbering(DraftDocument draft, String text) {
        List<String> headings = new ArrayList<>();
        List<List<DraftDocument.Paragraph>> sections = new ArrayList<>();
        for (DraftDocument.Block block : draft.blocks()) {
            if (block instanceof DraftDocument.Heading heading) {
                headings.add(heading.text());
                sections.add(new ArrayList<>());
            }
            else if (block instanceof DraftDocument.Paragraph paragraph && !sections.isEmpty()) {
                sections.get(sections.size() - 1).add(paragraph);
            }
        }
        // a 述职报告 opens with last year's 述职评议, a 工作总结 with its work
        int work = headings.get(0).contains("述职评议") ? 1 : 0;
        assertThat(headings).as(text).hasSize(3 + work);
        List<DraftDocument.Paragraph> parts = sections.get(work).stream().filter(p -> p.lead() != null).toList();
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).lead().text()).as(text).startsWith("（" + Chinese.numeral(i + 1) + "）");
            List<String> ordinals = new ArrayList<>();
            Matcher m = Pattern.compile("(?:^|。)([一二三四五六七八九十]+)是").matcher(parts.get(i).text());
            while (m.find()) {
                ordinals.add(m.group(1));
            }
            assertThat(ordinals).as(text).isNotEqualTo(List.of("一"));
            for (int j = 0; j < ordinals.size(); j++) {
                assertThat(ordinals.get(j)).as(text).isEqualTo(Chinese.numeral(j + 1));
            }
        }
        List<DraftDocument.Paragraph> problems = sections.get(work + 1).stream()
                .filter(p -> p.lead() != null && !p.lead().text().startsWith("原因分析")).toList();
        List<DraftDocument.Paragraph> plans = sections.get(work + 2).stream().filter(p -> p.lead() != null).toList();
        // the plans for the year ahead, one for each problem, one for the members where any joined or are being
        // trained, and one that ties party work to the organisation's
        assertThat(plans.size()).as(text).isBetween(problems.size() + 2, problems.size() + 4);
        for (int i = 0; i < problems.size(); i++) {
            assertThat(problems.get(i).lead().text()).as(text).startsWith(Chinese.numeral(i + 1) + "是");
        }
        for (int i = 0; i < plans.size(); i++) {
            assertThat(plans.get(i).lead().text()).as(text).startsWith("（" + Chinese.numeral(i + 1) + "）");
        }
    }

    @Test
    void wordingChangesWithoutCode(@TempDir Path dir) throws IOException {
        Path report = copyTemplates(dir);
        Path phrases = report.resolve("phrases.ftl");
        Path summary = report.resolve("work-summary.ftl");
        Files.writeString(summary, Files.readString(summary).replace("\"用好主题党日载体\"", "\"主题党日形式多样\""));

        String draft = MarkdownDraft.render(new DraftCompiler(dir).compile(
                DraftModelTest.regular().model(DraftKind.WORK_SUMMARY, AFTER_THE_YEAR)));

        assertThat(draft).contains("主题党日形式多样。坚持每月固定党日，全年开展主题党日活动12次");
        assertThat(Files.readString(phrases)).isEqualTo(Files.readString(Path.of("bot-config/report/phrases.ftl")));
    }

    @Test
    void aTemplateThatDoesNotParseStopsTheStartWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path report = copyTemplates(dir);
        Path duty = report.resolve("duty-report.ftl");
        List<String> lines = new ArrayList<>(Files.readAllLines(duty));
        lines.set(11, lines.get(11) + "<#if>");
        Files.write(duty, lines);

        assertThatThrownBy(() -> new DraftCompiler(dir)).isInstanceOfSatisfying(BotConfigException.class, e -> {
            assertThat(e.file()).isEqualTo(duty);
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.problem()).startsWith("template syntax");
        });
    }

    @Test
    void aMissingTemplateStopsTheStart(@TempDir Path dir) throws IOException {
        Files.delete(copyTemplates(dir).resolve("summary.ftl"));

        assertThatThrownBy(() -> new DraftCompiler(dir)).isInstanceOfSatisfying(BotConfigException.class,
                e -> assertThat(e.problem()).isEqualTo("the template is missing"));
    }

    private static Path copyTemplates(Path dir) throws IOException {
        Path report = Files.createDirectories(dir.resolve("report"));
        try (var files = Files.list(Path.of("bot-config/report"))) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName()));
            }
        }
        return report;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
