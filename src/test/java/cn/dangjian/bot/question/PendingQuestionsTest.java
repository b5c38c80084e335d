package cn.dangjian.bot.question;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * Every kind of reply to the questions about readings, through the webhook: a member's reply is read against the
 * question the bot asked first. Questions not easily reached from a message (a missing fact, a word of one's own) are
 * put in place as the bot would ask them.
 */
class PendingQuestionsTest extends ChatTest {

    static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
    static final Entry THEME_DAY = new Entry("theme_party_day", MARCH_20, 1, null, null, null);

    @Autowired
    Questions questions;

    @Autowired
    Vocabulary vocabulary;

    @ParameterizedTest
    @ValueSource(strings = {"是", "是的", "对", "对的", "嗯", "没错", "确认", "好", "好的。"})
    void aYesInAnyUsualFormStoresTheReading(String yes) {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER, yes)).isEqualTo("已记录：3月20日 主题党日 1次。#1");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.words()).isEqualTo("开展主题党日活动");
            assertThat(r.activity()).isEqualTo("theme_party_day");
        });
    }

    @Test
    void aGoodWithNothingPendingConfirmsNothing() {
        dingtalk.say(MEMBER, "开展主题党日活动");
        dingtalk.say(MEMBER, "是");

        assertThat(dingtalk.say(MEMBER, "好")).doesNotStartWith("已记录");
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aNoClosesTheQuestionAndStoresNothing() {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER, "不是")).startsWith("好的，未作记录。");
        assertThat(dingtalk.say(MEMBER, "是")).startsWith("目前没有需要您确认的内容");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aCorrectionOfAFieldStoresTheReadingAsCorrected() {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER, "不对，是18号，20人参加")).isEqualTo("已记录：3月18日 主题党日 1次，参加20人。#1");
    }

    @Test
    void aValueThatCannotBeAcceptedIsExplainedAndTheQuestionStays() {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER, "是25号")).startsWith("未记录：日期2026年3月25日晚于今天。");
        assertThat(store.year("demo", 2026)).isEmpty();
        assertThat(dingtalk.say(MEMBER, "是")).startsWith("已记录：3月20日 主题党日");
    }

    @Test
    void aNewReportReplacesTheQuestion() {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER, "讲党课")).contains("党课");
        assertThat(dingtalk.say(MEMBER, "是")).startsWith("已记录：3月20日 党课");
        assertThat(store.year("demo", 2026)).extracting(ActivityRecord::activity).containsExactly("party_lecture");
    }

    @Test
    void aNumberAmongTheChoicesStoresThatCandidate() {
        questions.ask("demo", MEMBER.staffId(), Question.choose("asked", List.of(reading(THEME_DAY),
                reading(new Entry("branch_member_meeting", MARCH_20, 1, null, null, null)))));

        assertThat(dingtalk.say(MEMBER, "3")).isEqualTo("请回复1至2之间的序号，例如回复“@党建助手 1”。");
        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请回复序号选择，例如回复“@党建助手 1”。");
        assertThat(dingtalk.say(MEMBER, "第二个")).isEqualTo("已记录：3月20日 支部党员大会 1次。#1");
    }

    @Test
    void aMissingFieldIsAnsweredByItsValue() {
        ask(Question.missing("q1", List.of(new Entry("theme_party_day", null, 1, null, null, null)),
                Question.Field.DATE));
        assertThat(dingtalk.say(MEMBER, "18号")).isEqualTo("已记录：3月18日 主题党日 1次。#1");

        ask(Question.missing("q2", List.of(THEME_DAY), Question.Field.PARTICIPANTS));
        assertThat(dingtalk.say(MEMBER, "8个人")).isEqualTo("已记录：3月20日 主题党日 1次，参加8人。#2");

        ask(Question.missing("q3", List.of(new Entry("dues_collection", MARCH_20, 1, null, null, null)),
                Question.Field.AMOUNT));
        assertThat(dingtalk.say(MEMBER, "4200元")).isEqualTo("已记录：3月20日 党费收缴 4,200元。#3");

        ask(Question.missing("q4", List.of(new Entry(null, MARCH_20, 1, 18, null, null)), Question.Field.ACTIVITY));
        assertThat(dingtalk.say(MEMBER, "是主题党日")).isEqualTo("已记录：3月20日 主题党日 1次，参加18人。#4");
    }

    @Test
    void aMissingFieldStillMissingIsAskedAgainAndAYesIsNoValue() {
        ask(Question.missing("q1", List.of(new Entry("theme_party_day", null, 1, null, null, null)),
                Question.Field.DATE));

        assertThat(dingtalk.say(MEMBER, "是")).isEqualTo("请直接回复所缺的内容，例如回复“@党建助手 18号”。");
        assertThat(dingtalk.say(MEMBER, "8个人")).startsWith("还缺少活动日期，请补充。");
        assertThat(dingtalk.say(MEMBER, "昨天")).isEqualTo("已记录：3月19日 主题党日 1次，参加8人。#1");
    }

    @Test
    void onlyAReadingReachedThroughResemblanceAndConfirmedOrChosenTeachesAWord() {
        dingtalk.say(MEMBER, "昨天开了个生活会，12人参加");
        dingtalk.say(MEMBER, "对");
        ask(Question.confirm("q1", List.of(THEME_DAY), new Command.Teaching("组织活动日", "theme_party_day")));
        dingtalk.say(MEMBER, "是");
        ask(Question.choose("q2", List.of(reading(THEME_DAY), new Question.Reading(List.of(new Entry(
                "branch_member_meeting", MARCH_20, 1, null, null, null)), new Command.Teaching("全体会", "branch_member_meeting")))));
        dingtalk.say(MEMBER, "2");
        dingtalk.say(MEMBER, "讲党课");
        dingtalk.say(MEMBER, "是");
        ask(Question.confirm("q3", List.of(THEME_DAY), new Command.Teaching("党员活动", "theme_party_day")));
        dingtalk.say(MEMBER, "不是");
        ask(Question.confirm("q4", List.of(THEME_DAY), new Command.Teaching("支部活动", "theme_party_day")));
        dingtalk.say(MEMBER, "不对，是18号");

        assertThat(store.year("demo", 2026)).hasSize(5);
        assertThat(vocabulary.list()).extracting(Vocabulary.Word::word, Vocabulary.Word::activity)
                .containsExactlyInAnyOrder(tuple("生活会", "organizational_life_meeting"),
                        tuple("组织活动日", "theme_party_day"), tuple("全体会", "branch_member_meeting"));
        assertThat(vocabulary.find("组织活动日")).get()
                .satisfies(w -> assertThat(w.confirmedBy()).containsOnlyKeys(MEMBER.staffId()));
    }

    @Test
    void aRedeliveredAnswerWhoseQuestionAnotherAnswerTookIsToldSoAgainNotReadAfresh() {
        Question question = Question.confirm("q1", List.of(THEME_DAY), null);
        ask(question);
        Question opened = questions.open("demo", MEMBER.staffId(), "msgA").orElseThrow();

        assertThat(questions.take("demo", MEMBER.staffId(), question, "msgB")).isPresent();
        assertThat(questions.take("demo", MEMBER.staffId(), opened, "msgA")).isEmpty();
        assertThat(questions.open("demo", MEMBER.staffId(), "msgA")).hasValueSatisfying(
                again -> assertThat(again.id()).isEqualTo("q1"));
        assertThat(questions.take("demo", MEMBER.staffId(), opened, "msgA")).isEmpty();
        assertThat(questions.take("demo", MEMBER.staffId(), opened, "msgB")).isPresent();
    }

    @Test
    void aRedeliveredAnswerIsReadAgainstTheQuestionItTookNotTheOneAskedSince() {
        Question first = Question.confirm("q1", List.of(THEME_DAY), null);
        ask(first);
        questions.take("demo", MEMBER.staffId(), first, "msgA");
        ask(Question.missing("q2", List.of(THEME_DAY), Question.Field.TOPIC));

        assertThat(questions.open("demo", MEMBER.staffId(), "msgA")).hasValueSatisfying(
                again -> assertThat(again.id()).isEqualTo("q1"));
        assertThat(questions.open("demo", MEMBER.staffId(), "msgC")).hasValueSatisfying(
                pending -> assertThat(pending.id()).isEqualTo("q2"));
    }

    @Test
    void twoDeliveriesOfOneYesAndTwoYesesAtOnceStoreTheReadingOnce() {
        dingtalk.say(MEMBER, "开展主题党日活动");
        String msgId = DingTalkCallbacks.newMsgId();

        List<CompletableFuture<HttpResponse<String>>> replies = List.of(
                dingtalk.postAsync(dingtalk.payload(MEMBER, "text", "是", msgId)),
                dingtalk.postAsync(dingtalk.payload(MEMBER, "text", "是", msgId)),
                dingtalk.postAsync(dingtalk.payload(MEMBER, "text", "对", DingTalkCallbacks.newMsgId())));

        List<String> texts = replies.stream().map(r -> DingTalkCallbacks.replyText(r.join().body())).toList();
        assertThat(store.year("demo", 2026)).hasSize(1);
        assertThat(texts).filteredOn(t -> t.startsWith("已记录")).hasSizeBetween(1, 2);
        assertThat(texts.get(0)).isEqualTo(texts.get(1));
    }

    @Test
    void eachKindWaitsItsOwnTime() {
        for (Question question : List.of(Question.confirm("a", List.of(THEME_DAY), null),
                Question.choose("b", List.of(reading(THEME_DAY))),
                Question.missing("c", List.of(THEME_DAY), Question.Field.TOPIC),
                Question.attachFile("d", "photo-1", List.of("15", "16")),
                Question.branchShape("e", "是否设立支委会", List.of("是", "否")))) {
            ask(question);
            long expected = question.kind().keep().toSeconds();
            assertThat(redis.getExpire("dj:{demo}:question:member01")).as(question.kind().name())
                    .isBetween(expected - 10, expected);
        }
        assertThat(Question.Kind.ATTACH_FILE.keep()).isGreaterThan(Question.Kind.CONFIRM_READING.keep());
    }

    @Test
    void inTheOneToOneChatTheQuestionSaysToReplyWithoutTheAt() {
        dingtalk.say(MEMBER, "开展主题党日活动");

        assertThat(dingtalk.say(MEMBER.oneToOne(), "开展主题党日活动")).contains("回复“是”记录")
                .contains("(dtmd://dingtalkclient/sendMessage?content=%E6%98%AF)").doesNotContain("@党建助手");
    }

    private static Question.Reading reading(Entry entry) {
        return new Question.Reading(List.of(entry), null);
    }

    private void ask(Question question) {
        questions.ask("demo", MEMBER.staffId(), question);
    }
}
