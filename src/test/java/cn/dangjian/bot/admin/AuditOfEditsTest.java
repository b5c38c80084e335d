package cn.dangjian.bot.admin;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Edit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit API shows an edit with the fields it changed, and evidence attached, in JSON and CSV. */
class AuditOfEditsTest extends ChatTest {

    @Autowired
    JsonMapper json;

    @Test
    void anEditIsAuditedWithTheChangedFieldsBeforeAndAfter() throws Exception {
        dingtalk.say(MEMBER, "3月15日召开支委会，7人参加");
        ActivityRecord record = store.year("demo", 2026).get(0);
        store.edit("demo", record.id(), Edit.of().participants(18), "member01", false, "edit-msg");
        store.attachEvidence("demo", record.id(), "photo-1", "member01", false, "file-msg");

        JsonNode trail = json.readTree(get("application/json").body());

        assertThat(trail.values()).extracting(e -> e.get("action").asString())
                .containsExactly("create", "edit", "attach");
        JsonNode edit = trail.get(1);
        assertThat(edit.get("record").asLong()).isEqualTo(record.id());
        assertThat(edit.get("actor").asString()).isEqualTo("member01");
        assertThat(edit.get("msgId").asString()).isEqualTo("edit-msg");
        assertThat(edit.get("before").get("participants").asString()).isEqualTo("7");
        assertThat(edit.get("after").get("participants").asString()).isEqualTo("18");
        assertThat(edit.get("version").asInt()).isEqualTo(2);
        assertThat(trail.get(2).get("evidence").asString()).isEqualTo("photo-1");
        assertThat(store.byIds("demo", List.of(record.id())).get(0).evidence()).containsExactly("photo-1");

        String csv = get("text/csv").body();
        assertThat(csv).contains(",edit,member01,").contains(",edit-msg,participants=7,participants=18,2,\r\n")
                .contains(",file-msg,,,,photo-1\r\n");
    }

    private HttpResponse<String> get(String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/branches/demo/audit?year=2026")).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
