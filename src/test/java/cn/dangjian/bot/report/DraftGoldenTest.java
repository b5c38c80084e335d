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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.branch.Branches;

/**
 * Golden drafts: a year of the demo branch logged through the webhook as DingTalk delivers it (signed callbacks, the
 * clock moving through the year, members and the secretary typing as people do), then the draft made on 10 January of
 * the next year, compared with {@code src/test/resources/report/*.md}. On a difference the draft is written to
 * {@code target/report-golden/} to compare and, when it is right, to copy over the expected file.
 */
class DraftGoldenTest extends BotTest {

    static final LocalDateTime DRAFT_DAY = LocalDateTime.of(2026, 1, 10, 10, 0);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    Drafts drafts;

    @Autowired
    Branches branches;

    DingTalkCallbacks dingtalk;

    @BeforeEach
    void emptyStore() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        dingtalk = new DingTalkCallbacks(port, clock);
    }

    @AfterEach
    void backToTheTestsToday() {
        clock.set(TODAY);
    }

    /** What a branch that kept its calendar says in its group over 2025. */
    static List<Said> regularYear() {
        List<Said> year = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            year.add(new Said(m, 5, SECRETARY, "今天召开支委会，7人参加"));
            year.add(new Said(m, 10, MEMBER, m == 3 ? "收缴3月党费285.5元" : "收缴" + m + "月党费280元"));
        }
        year.add(new Said(1, 15, SECRETARY, "今天开展主题党日活动，主题“追寻红色足迹”，20人参加"));
        year.add(new Said(2, 14, MEMBER, "主题党日，主题是“重温入党誓词”，19人参加"));
        year.add(new Said(3, 13, OTHER_MEMBER, "今天组织开展主题党日活动，参加党员21人"));
        for (int m = 4; m <= 12; m++) {
            year.add(new Said(m, 15, MEMBER, m == 6 ? "主题党日活动，主题为：传承红色基因，22人参加"
                    : "全体党员20人参加主题党日活动"));
        }
        for (int m : new int[] {3, 6, 9, 12}) {
            year.add(new Said(m, 20, SECRETARY, "今天召开支部党员大会，22人参加"));
            year.add(new Said(m, 25, SECRETARY, m == 3 ? "今天讲党课，主题《牢记初心使命》，22人参加"
                    : m == 6 ? "党课，主题：学习贯彻二十大精神，21人参加" : "今天讲党课，22人参加"));
        }
        year.add(new Said(1, 20, SECRETARY, "开展谈心谈话22人次"));
        year.add(new Said(1, 24, SECRETARY, "召开专题组织生活会，22人参加"));
        year.add(new Said(1, 24, SECRETARY, "今天开展民主评议党员，22人参加"));
        year.add(new Said(3, 5, MEMBER, "今天开展学雷锋志愿服务活动，参加党员15名"));
        year.add(new Said(4, 10, SECRETARY, "今天组织观看警示教育片，22人参加"));
        year.add(new Said(5, 18, MEMBER, "开展“我为群众办实事”活动，办实事3件"));
        year.add(new Said(9, 8, SECRETARY, "组织党员到红色教育基地参观学习，20人参加"));
        return year;
    }

    @Test
    void aRegularYearLoggedInChatGivesTheExpectedDutyReport() {
        tell(regularYear());

        assertMatchesGolden("regular-2025-duty-report.md", draft(DraftKind.DUTY_REPORT, false));
        assertMatchesGolden("regular-2025-summary.md", draft(DraftKind.DUTY_REPORT, true));
    }

    @Test
    void aYearWithGapsNamesThemAndPlansForEach() {
        List<Said> year = regularYear();
        // nothing at all from July to September; no theme day in March, no lecture in the fourth quarter, no 组织生活会
        year.removeIf(s -> s.month >= 7 && s.month <= 9);
        year.removeIf(s -> s.text.contains("主题党日") && s.month == 3);
        year.removeIf(s -> s.text.contains("党课") && s.month == 12);
        year.removeIf(s -> s.text.contains("组织生活会"));
        tell(year);

        String draft = draft(DraftKind.WORK_SUMMARY, false);

        assertThat(draft).contains("**一是组织生活存在断档。**7月至9月连续3个月未记录支部活动");
        assertThat(draft).contains("党课第四季度未按期讲授", "主题党日活动3月未按期开展", "组织生活会全年未召开");
        assertMatchesGolden("gaps-2025-work-summary.md", draft);
    }

    @Test
    void anEmptyYearGivesTheShortHonestDraft() {
        assertMatchesGolden("empty-2025-duty-report.md", draft(DraftKind.DUTY_REPORT, false));
    }

    record Said(int month, int day, DingTalkCallbacks.Sender sender, String text) {
    }

    /** Each message on its day, at eight in the evening, as the branch would have sent it. */
    private void tell(List<Said> year) {
        List<Said> inOrder = new ArrayList<>(year);
        inOrder.sort((a, b) -> a.month != b.month ? a.month - b.month : a.day - b.day);
        for (Said said : inOrder) {
            clock.set(LocalDate.of(2025, said.month, said.day).atTime(20, 0));
            String reply = dingtalk.say(said.sender, said.text);
            assertThat(reply).as(said.text).startsWith("已记录");
        }
    }

    private String draft(DraftKind kind, boolean summary) {
        clock.set(DRAFT_DAY);
        Drafts.Composed composed = drafts.compose(branches.byId("demo").orElseThrow(), 2025, kind);
        return summary ? drafts.summary(composed) : drafts.markdown(composed);
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
