package cn.dangjian.bot.report;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.branch.Branches;

/**
 * Golden drafts: a year of the demo branch logged through the webhook as DingTalk delivers it (signed callbacks, the
 * clock moving through the year, members and the secretary typing as people do), then the draft made on 10 January of
 * the next year, compared with {@code src/test/resources/report/*.md}. On a difference the draft is written to
 * {@code target/report-golden/} to compare and, when it is right, to copy over the expected file.
 */
class DraftGoldenTest extends ChatTest {

    static final LocalDateTime DRAFT_DAY = LocalDateTime.of(2026, 1, 10, 10, 0);

    @Autowired
    Drafts drafts;

    @Autowired
    Branches branches;

    /**
     * What a branch that kept its calendar says in its group over a year: about seventy messages from the secretary
     * and two members, typed as people type them, with the secretary's two highlights.
     */
    static List<Said> regularYear() {
        List<Said> year = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            year.add(new Said(m, 5, SECRETARY, "今天召开支委会，7人参加"));
            year.add(new Said(m, 10, MEMBER, m == 3 ? "收缴3月党费285.5元" : "收缴" + m + "月党费280元"));
        }
        year.add(new Said(1, 15, SECRETARY, "今天开展主题党日活动，主题“追寻红色足迹”，20人参加"));
        year.add(new Said(2, 14, MEMBER, "主题党日，主题是“重温入党誓词”，19人参加"));
        // one outing, one message, two activities: the topic is the theme day's
        year.add(new Said(3, 13, OTHER_MEMBER, "今天开展主题党日活动，主题“学雷锋践初心”，到社区开展志愿服务，21人参加"));
        year.add(new Said(4, 3, MEMBER, "主题党日活动，主题为：清明祭英烈，20人参加"));
        year.add(new Said(5, 15, MEMBER, "全体党员20人参加主题党日活动"));
        year.add(new Said(6, 15, MEMBER, "主题党日活动，主题为：传承红色基因，22人参加"));
        year.add(new Said(7, 1, SECRETARY, "今天开展主题党日活动，主题“庆祝建党104周年”，22人参加"));
        for (int m = 8; m <= 12; m++) {
            year.add(new Said(m, 15, MEMBER, "全体党员20人参加主题党日活动"));
        }
        for (int m : new int[] {3, 6, 9, 12}) {
            year.add(new Said(m, 20, SECRETARY, "今天召开支部党员大会，22人参加"));
        }
        year.add(new Said(3, 25, SECRETARY, "今天讲党课，主题《牢记初心使命》，22人参加"));
        year.add(new Said(6, 25, SECRETARY, "书记讲党课，主题：学习贯彻二十届三中全会精神，21人参加"));
        year.add(new Said(9, 25, SECRETARY, "今天讲党课，主题“弘扬伟大抗战精神”，20人参加"));
        year.add(new Said(12, 25, MEMBER, "今天微党课，22人参加"));
        year.add(new Said(1, 20, SECRETARY, "开展谈心谈话22人次"));
        year.add(new Said(1, 24, SECRETARY, "召开专题组织生活会，22人参加"));
        year.add(new Said(1, 24, SECRETARY, "今天开展民主评议党员，22人参加"));
        year.add(new Said(1, 27, SECRETARY, "签订廉政承诺书22份"));
        year.add(new Said(2, 18, SECRETARY, "今天召开党建专题会，7人参加"));
        for (int m : new int[] {2, 5, 8, 11}) {
            year.add(new Said(m, 12, SECRETARY, "今天组织第一议题集中学习，20人参加"));
        }
        year.add(new Said(4, 16, OTHER_MEMBER, "开展专题研讨，主题“以学促干”，18人参加"));
        year.add(new Said(10, 22, MEMBER, "今天组织知识测试，21人参加"));
        year.add(new Said(9, 8, SECRETARY, "组织党员到红色教育基地参观学习，20人参加"));
        year.add(new Said(4, 10, SECRETARY, "今天组织观看警示教育片，22人参加"));
        year.add(new Said(4, 28, SECRETARY, "确定入党积极分子2名"));
        year.add(new Said(11, 20, SECRETARY, "接收预备党员1名"));
        year.add(new Said(5, 18, MEMBER, "开展“我为群众办实事”活动，办实事3件"));
        year.add(new Said(8, 20, SECRETARY, "今天到社区开展了走访调研"));
        year.add(new Said(10, 18, OTHER_MEMBER, "今天开展志愿服务，18人参加"));
        year.add(new Said(6, 30, SECRETARY, "亮点：支部与社区党委开展联建共建，党员志愿服务队常态化开展“敲门行动”，为独居老人办实事12件"));
        year.add(new Said(11, 28, SECRETARY, "成效：支部“三会一课”全年按期开展，党员参加率保持在90%以上"));
        return year;
    }

    @Test
    void aRegularYearGivesBothDraftsInTheirOwnVoices() {
        tell(regularYear());

        String duty = draft(DraftKind.DUTY_REPORT, false);
        String summary = draft(DraftKind.WORK_SUMMARY, false);
        // the Word files too, for a person to render (scripts/render-draft.sh) and hold against the seeds
        writeDocx(DraftKind.DUTY_REPORT);
        writeDocx(DraftKind.WORK_SUMMARY);

        assertMatchesGolden(Map.of("regular-2025-duty-report.md", duty, "regular-2025-work-summary.md", summary,
                "regular-2025-duty-report-chat.md", draft(DraftKind.DUTY_REPORT, true),
                "regular-2025-work-summary-chat.md", draft(DraftKind.WORK_SUMMARY, true)));
        for (String text : List.of(duty, summary)) {
            assertThat(DraftChecks.length(text)).as("characters").isLessThanOrEqualTo(4500);
            assertThat(DraftChecks.repeatedSentences(text)).isEmpty();
            assertThat(DraftChecks.occurrences(text, "今年以来")).isLessThanOrEqualTo(2);
        }
        // the secretary's own acts, as they logged them; the branch's account apart
        assertThat(duty).contains("本人").contains("本人主持召开支委会12次（每月至少一次）").contains("为党员讲党课3次")
                .contains("本人1月与党员谈心谈话22人次").doesNotContain("以普通党员身份", "领导核心");
        assertThat(summary).doesNotContain("本人").contains("| 支部委员会会议（每月） |");
        assertThat(duty).doesNotContain("| 支部委员会会议");
    }

    @Test
    void aYearWithGapsNamesThemWithTheirCausesAndPlansForEach() {
        List<Said> year = regularYear();
        // nothing at all from July to September; no theme day in March, no lecture in the fourth quarter, no 组织生活会
        year.removeIf(s -> s.month >= 7 && s.month <= 9);
        year.removeIf(s -> s.text.contains("主题党日") && s.month == 3);
        year.removeIf(s -> s.text.contains("党课") && s.month == 12);
        year.removeIf(s -> s.text.contains("组织生活会") || s.text.startsWith("成效"));
        tell(year);

        String draft = draft(DraftKind.WORK_SUMMARY, false);

        assertThat(draft).contains("**一是组织生活存在断档。**7月至9月连续3个月未记录支部活动");
        assertThat(draft).contains("党课第四季度未按期讲授", "主题党日活动3月未按期开展", "组织生活会全年未召开");
        assertThat(draft).contains("**原因分析：**从支部层面看，组织生活让位于业务工作的情况时有发生");
        assertMatchesGolden("gaps-2025-work-summary.md", draft);
    }

    @Test
    void lastYearsGapsAreFollowedUpInTheRectificationPart() {
        List<Said> lastYear = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            lastYear.add(new Said(m, 5, SECRETARY, "今天召开支委会，7人参加"));
            lastYear.add(new Said(m, 10, MEMBER, "收缴" + m + "月党费280元"));
            if (m != 3 && m != 8) {
                lastYear.add(new Said(m, 15, MEMBER, "全体党员20人参加主题党日活动"));
            }
        }
        for (int m : new int[] {3, 6, 9, 12}) {
            lastYear.add(new Said(m, 20, SECRETARY, "今天召开支部党员大会，22人参加"));
        }
        lastYear.add(new Said(3, 25, SECRETARY, "今天讲党课，22人参加"));
        lastYear.add(new Said(9, 25, SECRETARY, "今天讲党课，22人参加"));
        lastYear.add(new Said(11, 20, SECRETARY, "今天开展民主评议党员，22人参加"));
        tell(2024, lastYear);
        List<Said> year = regularYear();
        year.removeIf(s -> s.text.contains("主题党日") && s.month == 5);
        tell(year);

        String duty = draft(DraftKind.DUTY_REPORT, false);

        assertThat(duty).contains("## 一、上年度述职评议问题整改情况", "针对2024年度", "党课第二季度、第四季度未按期讲授",
                "组织生活会全年未召开", "主题党日活动3月、8月未按期开展", "已整改到位", "主题党日活动5月仍未按期开展");
        assertMatchesGolden(Map.of("rectified-2025-duty-report.md", duty,
                "rectified-2025-duty-report-chat.md", draft(DraftKind.DUTY_REPORT, true)));
    }

    @Test
    void anEmptyYearGivesTheShortHonestDraft() {
        String duty = draft(DraftKind.DUTY_REPORT, false);

        assertMatchesGolden("empty-2025-duty-report.md", duty);
        assertThat(DraftChecks.length(duty)).isLessThan(1500);
        assertThat(duty).doesNotContain("参加", "次，");
    }

    record Said(int month, int day, DingTalkCallbacks.Sender sender, String text) {
    }

    /** Each message on its day of 2025, at eight in the evening, as the branch would have sent it. */
    private void tell(List<Said> year) {
        tell(2025, year);
    }

    private void tell(int year, List<Said> messages) {
        List<Said> inOrder = new ArrayList<>(messages);
        inOrder.sort((a, b) -> a.month != b.month ? a.month - b.month : a.day - b.day);
        for (Said said : inOrder) {
            clock.set(LocalDate.of(year, said.month, said.day).atTime(20, 0));
            String reply = dingtalk.say(said.sender, said.text);
            assertThat(reply).as(said.text).startsWith(said.text.matches("^(亮点|成效)：.*") ? "已记下" : "已记录");
        }
    }

    private void writeDocx(DraftKind kind) {
        Drafts.Composed composed = drafts.compose(branches.byId("demo").orElseThrow(), 2025, kind);
        try {
            Path file = Path.of("target/report-golden", composed.fileName());
            Files.createDirectories(file.getParent());
            Files.write(file, drafts.docx(composed));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String draft(DraftKind kind, boolean summary) {
        clock.set(DRAFT_DAY);
        Drafts.Composed composed = drafts.compose(branches.byId("demo").orElseThrow(), 2025, kind);
        return summary ? drafts.summary(composed) : drafts.markdown(composed);
    }

    /** Every draft is written out before any is compared, so that one run shows all that changed. */
    static void assertMatchesGolden(Map<String, String> drafts) {
        SoftAssertions softly = new SoftAssertions();
        new TreeMap<>(drafts).forEach((name, actual) -> softly.check(() -> assertMatchesGolden(name, actual)));
        softly.assertAll();
    }

    static void assertMatchesGolden(String name, String actual) {
        Path expected = Path.of("src/test/resources/report", name);
        try {
            String wanted = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
            if (!wanted.equals(actual)) {
                Path written = Path.of("target/report-golden", name);
                Files.createDirectories(written.getParent());
                Files.writeString(written, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("draft differs from %s (actual in target/report-golden/)", expected).isEqualTo(wanted);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
