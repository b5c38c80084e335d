package cn.dangjian.bot.question;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.ShippedConfig;
import cn.dangjian.bot.dingtalk.WireMockBot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A branch whose branches.yml says neither whether it has a 支委会 nor 党小组: the bot asks its secretary in chat, once
 * a day at most and one subject at a time, stores the answer, and counts progress, reminders and drafts by it.
 */
class BranchShapeChatTest extends WireMockBot {

    static final String TOKEN = "shape-admin-token";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REDIS_PORT = BotTest.freePort();
    private static final Path CONFIG = silentConfig();

    @DynamicPropertySource
    static void silentBranch(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.config-dir", CONFIG::toString);
        registry.add("bot.admin-token", () -> TOKEN);
        registry.add("bot.dingtalk.app-secret", () -> DingTalkCallbacks.SECRET);
    }

    @LocalServerPort
    int port;

    DingTalkCallbacks chat;

    @BeforeEach
    void noAnswerYet() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        chat = new DingTalkCallbacks(port, clock);
    }

    @Test
    void aSecretaryAskingForProgressIsAskedAboutTheCommitteeThenThePartyGroupsAndTheAnswersCount() {
        String progress = chat.say(SECRETARY, "进度");

        assertThat(progress).contains("进度").contains("另请确认：本支部是否设立了支部委员会？")
                .contains("[设有支委会](dtmd://dingtalkclient/sendMessage?content=%40%E5%85%9A%E5%BB%BA%E5%8A%A9%E6%89%8B%20"
                        + "%E8%AE%BE%E6%9C%89%E6%94%AF%E5%A7%94%E4%BC%9A)")
                .contains("[未设支委会](dtmd://").doesNotContain("党小组？");

        String noCommittee = chat.say(SECRETARY, "未设支委会");
        assertThat(noCommittee).startsWith("已记录：本支部未设支部委员会。今后不再提醒召开支委会，进度和年度报告也不将其列为缺项。")
                .contains("另请确认：本支部是否设立了党小组？");

        assertThat(chat.say(SECRETARY, "有")).isEqualTo(
                "已记录：本支部设有党小组。党小组会按每月至少一次计入进度、提醒和年度报告。如有变化，可随时发送“支部设置”查看或更正。");
        assertThat(chat.say(SECRETARY, "进度")).contains("党小组会").doesNotContain("支委会")
                .doesNotContain("支部委员会会议").doesNotContain("另请确认");

        Map<Object, Object> stored = redis.opsForHash().entries("dj:{demo}:shape");
        assertThat(stored).containsEntry("committee", "0").containsEntry("partyGroups", "1")
                .containsEntry("committeeBy", "secretary01").containsKey("partyGroupsAt");
        List<MapRecord<String, Object, Object>> audit = redis.opsForStream().range("dj:{demo}:audit",
                Range.unbounded());
        assertThat(audit).extracting(r -> r.getValue().get("action")).containsExactly("shape", "shape");
        assertThat(audit.get(0).getValue()).containsEntry("actor", "secretary01")
                .containsEntry("after", "{\"committee\":\"false\"}");
    }

    @Test
    void anIgnoredQuestionIsAskedAtMostOnceADayAndNotOfMembers() {
        assertThat(chat.say(MEMBER, "进度")).doesNotContain("另请确认");
        assertThat(chat.say(SECRETARY, "生成2026年工作总结")).contains("另请确认：本支部是否设立了支部委员会？");
        assertThat(chat.say(SECRETARY, "今天召开了支部党员大会，20人参加")).startsWith("已记录").doesNotContain("另请确认");
        assertThat(chat.say(SECRETARY, "进度")).doesNotContain("另请确认");

        clock.advance(Duration.ofDays(1));

        assertThat(chat.say(SECRETARY, "记录")).contains("另请确认：本支部是否设立了支部委员会？");
        assertThat(chat.say(MEMBER, "我们没有党小组")).startsWith("抱歉，支部是否设立支委会、党小组，需由支部书记或组织管理员确认。");
        assertThat(redis.opsForHash().entries("dj:{demo}:shape")).isEmpty();
    }

    @Test
    void theSecretaryChangesTheAnswerInPlainWordsAndAnyoneSeesItsSource() {
        assertThat(chat.say(SECRETARY, "本支部设有党小组")).startsWith("已记录：本支部设有党小组。")
                .contains("另请确认：本支部是否设立了支部委员会？");
        assertThat(chat.say(SECRETARY, "没有")).startsWith("已记录：本支部未设支部委员会。");
        assertThat(chat.say(SECRETARY, "我们没有党小组了")).startsWith("已记录：本支部未设党小组。今后不再提醒召开党小组会");

        String shape = chat.say(MEMBER, "支部设置");

        assertThat(shape).contains("- 支部委员会：未设（书记张明于").contains("- 党小组：未设（书记张明于")
                .contains("在对话中确认）");
        assertThat(chat.say(SECRETARY, "进度")).doesNotContain("党小组会").doesNotContain("支委会");
    }

    @Test
    void theDraftAndTheAdminApiSayWhichShapeWasUsedAndFromWhere() throws Exception {
        assertThat(draft()).contains("支部配置中未说明是否设支部委员会、是否设党小组").doesNotContain("在对话中确认");
        JsonNode before = admin("/api/v1/branches/demo");
        assertThat(before.path("shape").path("partyGroups").path("source").asString()).isEqualTo("unknown");
        assertThat(before.path("obligations").path("party_group_meeting").asString()).isEqualTo("none");

        chat.say(SECRETARY, "本支部设有党小组");
        chat.say(SECRETARY, "本支部设有支委会");

        assertThat(draft()).contains("支部设置按书记在对话中确认的情况（设有支部委员会、设有党小组）统计，请核对。")
                .doesNotContain("支部配置中未说明");
        JsonNode after = admin("/api/v1/branches/demo");
        assertThat(after.path("shape").path("partyGroups").path("has").asBoolean()).isTrue();
        assertThat(after.path("shape").path("partyGroups").path("source").asString()).isEqualTo("chat");
        assertThat(after.path("shape").path("partyGroups").path("answeredBy").asString()).isEqualTo("secretary01");
        assertThat(after.path("obligations").path("party_group_meeting").asString()).isEqualTo("monthly");
        JsonNode progress = admin("/api/v1/branches/demo/progress");
        assertThat(progress.toString()).contains("party_group_meeting");
    }

    String draft() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/branches/demo/drafts?year=2026&kind=work-summary"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/markdown")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    JsonNode admin(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The shipped bot-config with a branch whose branches.yml is silent on its 支委会 and 党小组. */
    static Path silentConfig() {
        try {
            Path dir = ShippedConfig.copy("dj-shape-config");
            Files.writeString(dir.resolve("branches.yml"), """
                    admins: [orgadmin01]
                    defaults:
                      kind: 机关
                    branches:
                      - id: demo
                        name: 机关第一党支部
                        conversations: [cidDemoBranchGroup]
                        secretaries:
                          - {id: secretary01, name: 张明, role: 书记}
                        members: [member01, member02]
                    """);
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
