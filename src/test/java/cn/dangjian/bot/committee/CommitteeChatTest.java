package cn.dangjian.bot.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committee's group, through the webhook: 机关党委 (cidDemoCommitteeGroup) above the demo branch. */
class CommitteeChatTest extends ChatTest {

    static final String COMMITTEE_GROUP = "cidDemoCommitteeGroup";
    static final Sender COMMITTEE_ADMIN = new Sender("committeeadmin01", "组织部李干事", false, COMMITTEE_GROUP, true);

    @Autowired
    Branches branches;

    @Test
    void theCommitteesAdminSeesWhatEachBranchStillLacks() {
        clock.set(LocalDateTime.of(2026, 1, 8, 20, 0));
        store.log("demo", List.of(new Entry("theme_party_day", LocalDate.of(2026, 1, 8), 1, null, null, null)),
                "secretary01", "张书记", null);
        clock.set(TODAY);
        store.log("demo", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 5), 1, null, null, null)),
                "secretary01", "张书记", null);

        String answer = dingtalk.say(COMMITTEE_ADMIN, "本月各支部进度");

        assertThat(answer).startsWith("#### 机关党委各支部进度")
                .contains("截至2026年3月20日，共1个支部，其中1个支部尚有未完成事项")
                .contains("**机关第一党支部**（未完成")
                .contains("本月缺支部委员会会议、党费收缴")
                .contains("本季度缺支部党员大会、党课")
                .contains("全年缺组织生活会")
                .contains("此前未开展支部委员会会议（1月、2月）、主题党日（2月）、党费收缴（1月、2月）")
                .doesNotContain("本月缺主题党日");
    }

    @Test
    void theOrganisationsAdminMayAskTooButAMemberMayNot() {
        assertThat(dingtalk.say(Sender.ADMIN.in(COMMITTEE_GROUP), "各支部进度")).startsWith("#### 机关党委各支部进度");
        assertThat(dingtalk.say(Sender.SECRETARY.in(COMMITTEE_GROUP), "各支部进度"))
                .isEqualTo("本群是机关党委的工作群，各支部进度、述职报告汇总和党建工作总结仅向机关党委的管理员提供。如需查看，请联系组织部门在 branches.yml 中将您列为管理员。");
    }

    @Test
    void nothingIsLoggedInTheCommitteesGroup() {
        String answer = dingtalk.say(COMMITTEE_ADMIN, "今天召开支委会，7人参加");

        assertThat(answer).startsWith("本群是机关党委的工作群，不记录支部活动");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void theCommitteesAdminActsAsAnAdminInItsBranch() {
        assertThat(branches.roleOf(branches.byId("demo").orElseThrow(), "committeeadmin01")).isEqualTo(Role.ADMIN);
        assertThat(dingtalk.say(COMMITTEE_ADMIN.in("cidDemoBranchGroup"), "今天召开支委会，7人参加"))
                .startsWith("已记录");
    }

    @Test
    void theAdminApiGivesTheBoardAsJsonCsvAndAHeatMap() throws Exception {
        clock.set(LocalDateTime.of(2026, 1, 20, 20, 0));
        store.log("demo", List.of(new Entry("branch_committee_meeting", LocalDate.of(2026, 1, 20), 1, null, null,
                null)), "secretary01", "张书记", null);
        clock.set(TODAY);
        store.log("demo", List.of(new Entry("theme_party_day", LocalDate.of(2026, 2, 5), 1, null, null, null)),
                "secretary01", "张书记", null);

        HttpResponse<byte[]> json = get("/api/v1/committees/jiguan/progress?year=2026&month=2", "application/json");
        HttpResponse<byte[]> csv = get("/api/v1/committees/jiguan/progress?year=2026&month=2", "text/csv");
        HttpResponse<byte[]> png = get("/api/v1/committees/jiguan/progress?year=2026&month=2", "image/png");
        HttpResponse<byte[]> file = get("/api/v1/committees/jiguan/heatmap.png", null);

        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode board = JsonMapper.builder().build().readTree(json.body());
        assertThat(board.get("asOf").asString()).isEqualTo("2026-02-28");
        assertThat(board.get("branches").asInt()).isEqualTo(1);
        JsonNode demo = board.get("standings").get(0);
        assertThat(demo.get("branch").asString()).isEqualTo("demo");
        assertThat(demo.get("thisMonth").values()).extracting(JsonNode::asString)
                .containsExactly("branch_committee_meeting", "dues_collection");
        JsonNode themeDay = demo.get("obligations").values().stream()
                .filter(o -> o.get("activity").asString().equals("theme_party_day")).findFirst().orElseThrow();
        assertThat(themeDay.get("state").asString()).isEqualTo("partly");
        assertThat(themeDay.get("missing").values()).extracting(JsonNode::asString).containsExactly("1月");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains("demo,机关第一党支部,").contains(",theme_party_day,主题党日,monthly,2,1,1月,部分完成");
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(100);
        assertThat(file.statusCode()).isEqualTo(200);
    }

    @Test
    void aBranchThatBeganInMarchIsNotBehindForTheMonthsBeforeNorOnTheHeatMap() throws Exception {
        store.log("demo", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 5), 1, null, null, null)),
                "secretary01", "张书记", null);

        String answer = dingtalk.say(COMMITTEE_ADMIN, "各支部进度");
        JsonNode board = JsonMapper.builder().build().readTree(get("/api/v1/committees/jiguan/progress",
                "application/json").body());
        String csv = new String(get("/api/v1/committees/jiguan/progress", "text/csv").body(), StandardCharsets.UTF_8);

        assertThat(answer).contains("**机关第一党支部**（3月起使用党建助手，未完成")
                .contains("本月缺支部委员会会议、党费收缴")
                .doesNotContain("此前未开展").doesNotContain("全年缺");
        JsonNode obligations = board.get("standings").get(0).get("obligations");
        assertThat(obligations.values()).filteredOn(o -> o.get("activity").asString().equals("theme_party_day"))
                .singleElement().satisfies(o -> assertThat(o.get("state").asString()).isEqualTo("done"));
        assertThat(obligations.values()).filteredOn(o -> o.get("activity").asString().equals("branch_member_meeting")
                        || o.get("activity").asString().equals("organizational_life_meeting"))
                .hasSize(2).allSatisfy(o -> {
                    assertThat(o.get("state").asString()).isEqualTo("not_started");
                    assertThat(o.get("missing").values()).isEmpty();
                });
        assertThat(csv).contains(",branch_member_meeting,支部党员大会,quarterly,0,0,,未启用");
    }

    @Test
    void anUnknownCommitteeOrAMonthToComeIsRefusedInChinese() throws Exception {
        assertThat(get("/api/v1/committees/nowhere/progress", null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> future = get("/api/v1/committees/jiguan/progress?year=2026&month=5", null);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(new String(future.body(), StandardCharsets.UTF_8)).contains("2026年5月尚未开始");
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
