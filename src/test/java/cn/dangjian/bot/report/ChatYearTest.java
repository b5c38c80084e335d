package cn.dangjian.bot.report;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;

/**
 * A year of the demo 机关 branch logged through the webhook as its group writes (confirming with the bot's own tap
 * reply where it asks), then both drafts read as a reviewer reads them. Unlike the golden years, whose records carry
 * words written for the draft, these records carry chat: "4月支委会 研究发展党员工作", "本月支委会已召开", "应到25人实到24人".
 * A draft tells what they say, never the chat itself. The drafts go to {@code target/report-chat-year/}, Markdown and Word, for
 * {@code scripts/render-draft.sh}.
 */
class ChatYearTest extends ChatTest {

    /** What only a chat says: a draft written a year later has no 今天, no 本月, no 已召开. */
    private static final Pattern CHAT = Pattern.compile("今天|昨天|前天|本月|上周|这个月|已召开|已开(?!展)|已收|收了|应到\\d+人实到|\\d+月\\d+月");
    /** "支部党员大会3次（3月、6月、9月、12月）": a count beside the months it happened in. */
    private static final Pattern COUNT_MONTHS = Pattern.compile("(\\d+)次（((?:\\d{1,2}月、)*\\d{1,2}月)）");

    @Autowired
    Drafts drafts;

    @Autowired
    Branches branches;

    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void aYearInTheGroup() {
        on(1, 9, SECRETARY, "今天上午召开支委会，研究2026年党建工作要点，5名支委参加");
        on(1, 12, MEMBER, "1月党费已收缴，共计1860元");
        on(1, 20, MEMBER, "今天开展主题党日，学习党的二十届四中全会精神，23人参加");
        on(1, 27, SECRETARY, "昨天召开2025年度组织生活会和民主评议党员，应到25人实到24人");
        on(2, 10, SECRETARY, "2月支委会已开，讨论春节前走访慰问安排");
        on(2, 11, MEMBER, "春节前支部走访慰问了3名老党员和2户困难党员家庭");
        on(2, 13, MEMBER, "收缴2月党费1860元");
        on(2, 26, MEMBER, "主题党日：观看警示教育片《持续发力 纵深推进》，22名党员参加");
        on(3, 5, MEMBER, "今天学雷锋日，支部组织党员志愿者到幸福里社区清理楼道垃圾，18人参加");
        on(3, 6, SECRETARY, "3月6日召开支委会");
        on(3, 16, MEMBER, "党费 3月 1860");
        on(3, 27, SECRETARY, "今天我给大家讲了一次党课，题目是《坚定理想信念 做忠诚干净担当的机关干部》，24人参加");
        on(3, 27, MEMBER, "另外今天也召开了党员大会，通报一季度工作");
        on(4, 3, MEMBER, "清明节前组织党员到烈士陵园祭扫，开展主题党日，重温入党誓词，21人参加");
        on(4, 8, SECRETARY, "4月支委会 研究发展党员工作");
        on(4, 15, MEMBER, "4月份党费1860元收齐了");
        on(4, 28, SECRETARY, "和入党积极分子小李谈心谈话一次");
        on(5, 9, SECRETARY, "召开支委会，7人");
        on(5, 14, MEMBER, "5月党费1860元已交");
        on(5, 22, MEMBER, "今天开展主题党日活动，到市档案馆参观“红色档案”展览，20人");
        on(6, 5, SECRETARY, "6月5日支委会");
        on(6, 12, MEMBER, "党费已收 1860");
        on(6, 19, MEMBER, "组织全体党员开展党纪学习教育专题读书班，学习《中国共产党纪律处分条例》，25人参加");
        on(6, 30, SECRETARY, "今天召开党员大会，表彰优秀共产党员3名，接收预备党员1名，24人参加");
        on(7, 1, MEMBER, "七一主题党日，重温入党誓词，为党员过政治生日，25人");
        on(7, 8, SECRETARY, "本月支委会已召开");
        on(7, 10, MEMBER, "7月党费收缴完毕，1860元");
        on(7, 24, SECRETARY, "局纪检组长来支部讲廉政党课，主题《守纪律 讲规矩》，23人听课");
        on(8, 7, SECRETARY, "8月7日支委会");
        on(8, 14, MEMBER, "集中学习《习近平谈治国理政》第五卷，21人参加");
        on(8, 22, MEMBER, "主题党日 走进社区开展防汛志愿服务 16人");
        on(9, 4, SECRETARY, "召开9月支委会，讨论预备党员转正事宜");
        on(9, 11, MEMBER, "8、9两个月党费一并收缴，3720元");
        on(9, 18, MEMBER, "开展主题党日，组织知识竞赛，22人参加");
        on(9, 29, SECRETARY, "今天召开党员大会，讨论通过张伟同志按期转正，23人参加");
        on(9, 29, SECRETARY, "下午给支部党员讲党课，题目《学习贯彻四中全会精神》");
        on(10, 10, SECRETARY, "支委会 10月");
        on(10, 14, MEMBER, "10月党费1860");
        on(10, 23, MEMBER, "今天主题党日到敬老院开展重阳节慰问活动，19名党员参加");
        on(11, 6, SECRETARY, "11月支委会已开，7人参加");
        on(11, 12, MEMBER, "11月党费收缴1860元");
        on(11, 20, MEMBER, "主题党日：宪法宣传进社区，发放宣传册200余份，17人参加");
        on(12, 4, SECRETARY, "召开了12月份支委会");
        on(12, 10, MEMBER, "收缴12月党费1860元");
        on(12, 18, MEMBER, "开展主题党日，学习习近平总书记重要讲话精神，24人参加");
        on(12, 25, SECRETARY, "召开四季度党员大会，24人参加，并讲党课《以实干担当开创新局面》");
        clock.set(LocalDateTime.of(2027, 1, 8, 9, 0));
    }

    private void on(int month, int day, Sender who, String text) {
        clock.set(LocalDateTime.of(2026, month, day, 18, 30));
        String reply = dingtalk.say(who, text);
        if (reply.contains("是，记录")) {
            asked.add(text);
            reply = dingtalk.say(who, "是");
        }
        assertThat(reply).as(text).startsWith("已记录");
    }

    @Test
    void theDraftsNameTheTitlesMembersWroteWithTheirMarksOnce() throws IOException {
        Branch demo = branches.byId("demo").orElseThrow();
        for (DraftKind kind : DraftKind.values()) {
            Drafts.Composed composed = drafts.compose(demo, 2026, kind);
            String markdown = drafts.markdown(composed);
            String word = wordText(drafts.docx(composed));
            for (String text : List.of(markdown, word)) {
                assertThat(text).as(kind.chinese() + ": a film, a document, a book and a 廉政党课 by their titles")
                        .contains("观看警示教育片《持续发力 纵深推进》", "学习《中国共产党纪律处分条例》",
                                "集中学习《习近平谈治国理政》第五卷", "廉政党课《守纪律 讲规矩》");
                assertThat(text).as(kind.chinese() + ": what the theme day did, with its theme in quotes")
                        .contains("参观“红色档案”展览").doesNotContain("主题有").doesNotContain("以“红色档案”为主题");
                assertThat(text).as(kind.chinese() + ": courses and documents are not themes")
                        .doesNotContain("“守纪律 讲规矩”", "“中国共产党纪律处分条例”", "“坚定理想信念", "“学习贯彻四中全会精神”");
                assertThat(text).as(kind.chinese() + ": marks once, no chat heading")
                        .doesNotContain("《《", "》》", "““", "””", "主题党日：", "主题党日:");
                for (String sentence : text.split("[。；\\n]")) {
                    for (String title : List.of("持续发力 纵深推进", "守纪律 讲规矩", "中国共产党纪律处分条例", "红色档案",
                            "宪法宣传进社区", "习近平谈治国理政", "以实干担当开创新局面")) {
                        assertThat(sentence.split(title, -1)).as(kind.chinese() + ": " + title + " once in " + sentence)
                                .hasSizeLessThanOrEqualTo(2);
                    }
                }
            }
            if (kind == DraftKind.DUTY_REPORT) {
                assertThat(markdown).as("the secretary's lectures by their titles")
                        .contains("3月讲《坚定理想信念 做忠诚干净担当的机关干部》", "9月讲《学习贯彻四中全会精神》",
                                "12月讲《以实干担当开创新局面》");
            } else {
                assertThat(markdown).as("the year's lectures by their titles")
                        .contains("《坚定理想信念 做忠诚干净担当的机关干部》《学习贯彻四中全会精神》《以实干担当开创新局面》");
            }
        }
    }

    /** The text of a Word file's body, its runs joined: what a reader sees. */
    private static String wordText(byte[] docx) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "").replace("&amp;", "&");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the draft");
    }

    @Test
    void everyReportIsStoredAndFewAreAsked() {
        assertThat(store.year("demo", 2026)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(asked).as("asked before storing").hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void theDraftsTellWhatTheRecordsSayNotTheChat() throws IOException {
        Branch demo = branches.byId("demo").orElseThrow();
        for (DraftKind kind : DraftKind.values()) {
            Drafts.Composed composed = drafts.compose(demo, 2026, kind);
            String markdown = drafts.markdown(composed);
            Path out = Path.of("target/report-chat-year/" + kind.key() + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown);
            Files.write(out.resolveSibling(kind.key() + ".docx"), drafts.docx(composed));

            assertThat(DraftChecks.problems(markdown, composed.model())).as(kind.chinese()).isEmpty();
            Matcher chat = CHAT.matcher(markdown);
            List<String> chatty = new ArrayList<>();
            while (chat.find()) {
                chatty.add(markdown.substring(Math.max(0, chat.start() - 20), Math.min(markdown.length(), chat.end() + 20)));
            }
            assertThat(chatty).as(kind.chinese() + ": chat words in the draft").isEmpty();
            Matcher counted = COUNT_MONTHS.matcher(markdown);
            while (counted.find()) {
                assertThat(counted.group(2).split("、")).as(counted.group()).hasSize(Integer.parseInt(counted.group(1)));
            }
            assertThat(markdown).as(kind.chinese() + ": the year's new member and full member")
                    .containsAnyOf("接收预备党员1名", "发展党员1名", "发展新党员1名").contains("转正");
            assertThat(markdown).as(kind.chinese() + ": the 廉政党课 a guest gave").doesNotContain("本人7月为党员讲廉政党课")
                    .doesNotContain("本人讲廉政党课");
            assertThat(markdown).as(kind.chinese() + ": the 党员大会's commendation").doesNotContain("本人评选表彰")
                    .doesNotContain("支部2月春节前支部");
            if (kind == DraftKind.DUTY_REPORT) {
                assertThat(markdown).as("the secretary's three lectures, one given to 支部党员").contains("本人全年为党员讲党课3次");
            }
        }
    }
}
