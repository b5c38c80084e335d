package cn.dangjian.bot.activity;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Redis written by the bot before record version 2 (commit 8c04b44, through its webhook on 2026-03-20, DUMPed key by
 * key into {@code redis-v1.dump}): member01 logged a 支委会 on 2025-11-28 (#1), the secretary that month's dues (#2);
 * then a 支部党员大会 and a 支委会 in one message (#3, #4), member02 a 谈心谈话 (#5), member01 a 主题党日 asked about and
 * confirmed (#6), member02 a 党课 (#7) and undid it, the secretary March's dues (#8), and closed 2025. The new bot reads
 * and counts it as it is: no migration, nothing for an operator to do.
 */
class RecordsWrittenBeforeVersionTwoTest extends ChatTest {

    @Autowired
    JsonMapper json;

    @BeforeEach
    void restoreTheOldRedis() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("redis-v1.dump")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                redis.restore(f[0], Base64.getDecoder().decode(f[2]), 0, TimeUnit.MILLISECONDS, true);
            }
        }
    }

    @Test
    void oldRecordsReadWithTheDefaultsOfTheNewFields() throws Exception {
        List<ActivityRecord> march = store.year("demo", 2026);

        assertThat(march).extracting(ActivityRecord::id).containsExactly(3L, 4L, 5L, 6L, 8L);
        assertThat(march).allSatisfy(r -> {
            assertThat(r.eventId()).isEqualTo(r.msgId()).isNotNull();
            assertThat(r.datePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(r.words()).isNull();
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.evidence()).isEmpty();
        });
        // the two records of one message are one event
        assertThat(march.get(0).eventId()).isEqualTo(march.get(1).eventId());
        assertThat(march.get(0).participants()).isEqualTo(18);
        assertThat(march.get(0).topic()).isEqualTo("学习贯彻党的二十届四中全会精神");
        assertThat(store.year("demo", 2025)).extracting(ActivityRecord::amount).containsExactly(null,
                new java.math.BigDecimal("3200.50"));

        JsonNode records = json.readTree(adminGet("/api/v1/branches/demo/records?year=2026").body());
        assertThat(records.get(0).get("eventId").asString()).isEqualTo(march.get(0).msgId());
        assertThat(records.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(records.get(0).get("datePrecision").asString()).isEqualTo("day");
    }

    @Test
    void oldCountersAreWhatTheOldRecordsAddUpTo() {
        for (int year : new int[] {2025, 2026}) {
            Tally stored = store.tally("demo", year);

            assertThat(store.rebuild("demo", year)).isEqualTo(stored);
        }
        assertThat(store.tally("demo", 2026).count("branch_committee_meeting", 3)).isEqualTo(1);
        assertThat(store.tally("demo", 2026).count("party_lecture")).isZero();
    }

    @Test
    void oldRecordsAreUndoneAndNewOnesFollowThemWithTheirWords() {
        assertThat(dingtalk.say(OTHER_MEMBER, "撤销 #5")).startsWith("已撤销 #5：3月19日 谈心谈话 5人次");
        assertThat(dingtalk.say(MEMBER, "撤销 #1")).startsWith("未撤销：记录 #1 属于2025年度");

        assertThat(dingtalk.say(MEMBER, "今天召开支委会，7人参加")).isEqualTo("已记录：3月20日 支部委员会会议 1次，参加7人。#9");

        ActivityRecord latest = store.byIds("demo", List.of(9L)).get(0);
        assertThat(latest.words()).isEqualTo("今天召开支委会，7人参加");
        assertThat(latest.version()).isEqualTo(1);
        assertThat(store.rebuild("demo", 2026)).isEqualTo(store.tally("demo", 2026));
        assertThat(store.tally("demo", 2026).count("heart_to_heart_talk")).isZero();
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::date).contains(LocalDate.of(2026, 3, 20));
    }

    private HttpResponse<String> adminGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
