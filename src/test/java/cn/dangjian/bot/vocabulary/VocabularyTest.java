package cn.dangjian.bot.vocabulary;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's words, learned from its members' answers and managed by its admin: through the webhook as a
 * branch uses it, and through {@code /api/v1/vocabulary}.
 */
class VocabularyTest extends ChatTest {

    static final String ASKED = "您是说3月19日已开展组织生活会1次（12人参加）吗？";

    @Autowired
    Vocabulary vocabulary;
    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void forgetTheWords() {
        vocabulary.list().forEach(w -> vocabulary.remove(w.word()));
    }

    @Test
    void twoMembersConfirmingAResemblanceTeachTheWordAndTheThirdIsNotAsked() throws Exception {
        assertThat(dingtalk.say(MEMBER, "昨天开了个生活会，12人参加")).startsWith(ASKED);
        assertThat(dingtalk.say(MEMBER, "是")).startsWith("已记录");
        JsonNode word = words().get("words").get(0);
        assertThat(word.get("word").asString()).isEqualTo("生活会");
        assertThat(word.get("activity").asString()).isEqualTo("organizational_life_meeting");
        assertThat(word.get("status").asString()).isEqualTo("candidate");

        // a candidate is asked about, and a second member's 是 makes it learned
        assertThat(dingtalk.say(OTHER_MEMBER, "昨天开了个生活会，12人参加")).startsWith(ASKED);
        assertThat(dingtalk.say(OTHER_MEMBER, "是")).startsWith("已记录");
        JsonNode learned = words().get("words").get(0);
        assertThat(learned.get("status").asString()).isEqualTo("learned");
        assertThat(learned.get("confirmations").asInt()).isEqualTo(2);
        assertThat(learned.get("confirmedBy").findValuesAsString("nick")).containsExactlyInAnyOrder("王芳", "李明");

        assertThat(dingtalk.say(SECRETARY, "今天开了生活会，20人参加")).startsWith("已记录：3月20日 组织生活会 1次，参加20人");
    }

    @Test
    void theSameMemberConfirmingTwiceLeavesACandidate() throws Exception {
        dingtalk.say(MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(MEMBER, "是");
        dingtalk.say(MEMBER, "前天开了个生活会，10人参加");
        dingtalk.say(MEMBER, "是");

        JsonNode word = words().get("words").get(0);
        assertThat(word.get("status").asString()).isEqualTo("candidate");
        assertThat(word.get("confirmations").asInt()).isEqualTo(2);
    }

    @Test
    void anAdminApprovesExportsAndRemovesAWord() throws Exception {
        dingtalk.say(MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(MEMBER, "是");

        assertThat(send("POST", "/api/v1/vocabulary/生活会").statusCode()).isEqualTo(200);
        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了生活会")).startsWith("已记录：3月20日 组织生活会 1次");
        assertThat(words().get("learned").asInt()).isEqualTo(1);
        assertThat(send("GET", "/api/v1/vocabulary/export").body())
                .contains("  - key: organizational_life_meeting  # 组织生活会\n"
                        + "    synonyms: [专题组织生活会, 年度组织生活会, 组织生活, 组织生活会议, 生活会]\n");
        HttpResponse<String> csv = send("GET", "/api/v1/vocabulary", "text/csv");
        assertThat(csv.body()).contains("生活会,organizational_life_meeting,组织生活会,learned,1,王芳（member01）");

        assertThat(send("DELETE", "/api/v1/vocabulary/生活会").statusCode()).isEqualTo(204);
        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了生活会")).startsWith("您是说3月20日已开展组织生活会");
        assertThat(send("DELETE", "/api/v1/vocabulary/生活会").body()).contains("词汇中没有“生活会”");
    }

    @Test
    void aLearnedWordWhoseRecordIsUndoneSoonDropsBackToCandidate() throws Exception {
        dingtalk.say(MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(MEMBER, "是");
        send("POST", "/api/v1/vocabulary/生活会");
        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了生活会")).startsWith("已记录");

        clock.advance(Duration.ofMinutes(5));
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销")).startsWith("已撤销");

        JsonNode word = words().get("words").get(0);
        assertThat(word.get("status").asString()).isEqualTo("candidate");
        assertThat(word.get("confirmedBy").size()).isZero();
    }

    @Test
    void anUndoneRecordDropsOnlyALearnedWordThatNamedItsActivity() throws Exception {
        dingtalk.say(MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(MEMBER, "是");
        send("POST", "/api/v1/vocabulary/生活会");
        // 组织生活会 is the catalogue's name: the learned 生活会 inside it named nothing
        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了组织生活会")).startsWith("已记录");
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销")).startsWith("已撤销");
        assertThat(words().get("words").get(0).get("status").asString()).isEqualTo("learned");

        // a record of another activity whose words hold the learned word drops nothing either
        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了支委会，研究生活会方案")).startsWith("已记录");
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销")).startsWith("已撤销");
        assertThat(words().get("words").get(0).get("status").asString()).isEqualTo("learned");

        assertThat(dingtalk.say(OTHER_MEMBER, "今天开了生活会，9人参加")).startsWith("已记录");
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销")).startsWith("已撤销");
        assertThat(words().get("words").get(0).get("status").asString()).isEqualTo("candidate");
    }

    @Test
    void theNumberChosenTeachesTheWordForThatActivity() throws Exception {
        dingtalk.say(MEMBER, "昨天开了支部会，15人参加");
        assertThat(dingtalk.say(MEMBER, "2")).startsWith("已记录：3月19日 支部委员会会议");

        JsonNode word = words().get("words").get(0);
        assertThat(word.get("word").asString()).isEqualTo("支部会");
        assertThat(word.get("activity").asString()).isEqualTo("branch_committee_meeting");
    }

    @Test
    void theUnrecognisedListNamesTheWordAMessageLaterTaught() throws Exception {
        dingtalk.say(MEMBER, "生活会的材料");
        dingtalk.say(OTHER_MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(OTHER_MEMBER, "是");

        JsonNode listing = json.readTree(send("GET", "/api/v1/unrecognised").body());
        assertThat(listing.findValuesAsString("taught")).contains("生活会");
    }

    private JsonNode words() throws IOException, InterruptedException {
        return json.readTree(send("GET", "/api/v1/vocabulary").body());
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null);
    }

    private HttpResponse<String> send(String method, String path, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path.replace("生活会", java.net.URLEncoder.encode("生活会", StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
