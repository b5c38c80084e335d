package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.activity.ActivityRecord;

/**
 * A message describing one event in several words makes a record per obligation it fulfils, and they are one event:
 * one event id, and an answer that says it once. Through the webhook (today is 2026-03-20).
 */
class OneEventTest extends ChatTest {

    @Test
    void aThemeDayWithItsRedEducationAndOathIsOneEventSaidOnce() {
        String reply = dingtalk.say(MEMBER, "3月18日主题党日到烈士陵园开展红色教育，重温入党誓词，22人参加");

        assertThat(reply).matches("已记录：3月18日 主题党日（含红色教育、重温入党誓词），参加22人。#\\d+ #\\d+ #\\d+");
        assertThat(store.year("demo", 2026)).hasSize(3)
                .extracting(ActivityRecord::activity).containsExactly("theme_party_day", "red_education", "oath_review");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::eventId).containsOnly(
                store.year("demo", 2026).get(0).eventId());
    }

    @Test
    void twoMeetingsOfOneMessageAreSaidRecordByRecord() {
        assertThat(dingtalk.say(MEMBER, "昨天开了支委会和党员大会")).startsWith("已记录2项：");
    }
}
