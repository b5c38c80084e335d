package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.RedisWrites;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.Questions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22: what a message costs Redis, in round trips: the writes the bot's client sends for one message, each with
 * the commands it carried ({@link RedisWrites}; a script's own calls are Redis's, not seen here). A stored message in a
 * branch bot-config names: the sign's claim (a key of no branch, which cannot share a script with the branch's keys
 * on a cluster) sent in one write with the read of the sender's pending question (before the message is parsed,
 * which it steers), then one script for everything the message writes in the branch. The bot's background work is
 * left out: the outbox, and the taught words' version, read at most once per few seconds whatever the messages.
 */
class RoundTripsTest extends ChatTest {

    @Autowired
    Questions questions;

    @Autowired
    RedisWrites writes;

    private static final String QUESTION = "dj:{demo}:question:" + MEMBER.staffId();

    private static final List<String> CLAIM_AND_QUESTION = List.of("SET dj:sign:", "EVALSHA dj:{demo}:question:");

    @Test
    void aStoredMessageCostsTwoRoundTripsTheClaimWithTheQuestionsReadThenOneScript() {
        warmUp();
        ask(MEMBER);

        List<List<String>> sent = recorded(() -> assertThat(dingtalk.say(MEMBER, "昨天召开支委会，7人参加"))
                .startsWith("已记录"));

        assertThat(sent).containsExactly(CLAIM_AND_QUESTION, List.of("EVALSHA dj:{demo}:seq"));
        assertThat(redis.hasKey(QUESTION)).as("the question closed in it").isFalse();
    }

    @Test
    void aMessageThatStoresNothingCostsNoMoreThanOneThatStores() {
        warmUp();
        for (String nothing : List.of("好的，收到", "明天召开支委会，7人参加", "下周三开展主题党日", "收缴党费50000000000000000元")) {
            List<List<String>> sent = recorded(() -> dingtalk.say(MEMBER, nothing));

            // the claim with the question's read, and the unrecognised message kept: no more than a log
            assertThat(sent).as(nothing).hasSizeLessThanOrEqualTo(2).first().isEqualTo(CLAIM_AND_QUESTION);
        }
    }

    @Test
    void aOneToOneChatOfAMemberTheFileNamesReadsTheQuestionWithTheClaim() {
        warmUp();

        List<List<String>> sent = recorded(() -> assertThat(dingtalk.say(MEMBER.oneToOne(), "昨天召开支委会，7人参加"))
                .startsWith("已记录"));

        assertThat(sent).containsExactly(CLAIM_AND_QUESTION, List.of("EVALSHA dj:{demo}:seq"));
    }

    @Test
    void aBranchOnlyRedisKnowsIsFoundBeforeTheQuestionIsReadAndTheAnswerIsTheSame() {
        Sender stranger = new Sender("stranger01", "赵敏", false, "cidUnboundGroup", true);
        dingtalk.say(ADMIN.in("cidUnboundGroup"), "绑定 机关第一党支部");
        warmUp();
        ask(stranger);

        List<List<String>> sent = recorded(() -> assertThat(dingtalk.say(stranger, "是"))
                .startsWith("已记录：3月20日 主题党日"));

        assertThat(sent.get(0)).as("the claim alone: the branch is not known without Redis")
                .containsExactly("SET dj:sign:");
        assertThat(sent.subList(1, sent.size())).as("the question read on its own, after the group's binding")
                .contains(List.of("EVALSHA dj:{demo}:question:"));
    }

    @Test
    void aReusedSignIsRefusedAfterTheClaimAndNothingElseIsSent() {
        warmUp();
        ask(MEMBER);
        String timestamp = dingtalk.freshTimestamp();
        JsonMapper json = JsonMapper.builder().build();
        dingtalk.post(json.writeValueAsString(dingtalk.payload(MEMBER, "text", "是", "msgFirst")), timestamp,
                DingTalkCallbacks.SECRET);
        ask(MEMBER);
        String forged = json.writeValueAsString(dingtalk.payload(MEMBER, "text", "是", "msgForged"));

        List<List<String>> sent = recorded(() -> assertThat(dingtalk.post(forged, timestamp, DingTalkCallbacks.SECRET)
                .statusCode()).isEqualTo(401));

        assertThat(sent).containsExactly(CLAIM_AND_QUESTION, List.of("GET dj:sign:"));
        assertThat(redis.hasKey(QUESTION)).as("the question read, not taken").isTrue();
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void aServerThatForgotItsScriptsStillReadsTheQuestion() {
        warmUp();
        ask(MEMBER);
        redis.execute((RedisCallback<Object>) connection -> {
            connection.scriptingCommands().scriptFlush();
            return null;
        });

        assertThat(dingtalk.say(MEMBER, "是")).startsWith("已记录：3月20日 主题党日");
    }

    private void ask(Sender sender) {
        questions.ask("demo", sender.staffId(), Question.confirm("asked", List.of(new Entry("theme_party_day",
                TODAY.toLocalDate(), 1, null, null, null)), null));
    }

    /** The scripts loaded (the first call of one sends its text), the taught words read. */
    private void warmUp() {
        dingtalk.say(MEMBER, "主题党日 已开展");
        dingtalk.say(MEMBER, "明天召开支委会");
    }

    /**
     * The bot's writes while {@code action} runs, each its commands named by type and key up to the first id, and
     * a moment after (a reply's work after the answer would show there).
     */
    private List<List<String>> recorded(Runnable action) {
        writes.start();
        try {
            action.run();
            Thread.sleep(300);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<List<String>> sent = new ArrayList<>();
        for (List<String> write : writes.stop()) {
            List<String> commands = write.stream()
                    .filter(c -> !c.contains("dj:{outbox}") && !c.contains("dj:{vocabulary}"))
                    .filter(c -> !c.startsWith("PING") && !c.startsWith("INFO") && !c.startsWith("CLIENT")
                            && !c.startsWith("HELLO"))
                    .map(c -> c.replaceAll("^(\\S+ dj:(\\{[^}]*\\}:)?[a-z]+:?).*", "$1"))
                    .toList();
            if (!commands.isEmpty()) {
                sent.add(commands);
            }
        }
        return sent;
    }
}
