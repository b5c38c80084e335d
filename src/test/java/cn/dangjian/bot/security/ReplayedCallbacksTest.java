package cn.dangjian.bot.security;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, “forged and replayed callbacks”: DingTalk signs only {@code timestamp + "\n" + secret}, so whoever
 * captures one callback's headers holds a signature good for any body. The bot accepts a sign for one msgId only,
 * and a timestamp only a few minutes ahead of its clock.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayedCallbacksTest extends ChatTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeterRegistry meters;

    private String body(DingTalkCallbacks.Sender sender, String text, String msgId) {
        return JSON.writeValueAsString(dingtalk.payload(sender, "text", " " + text, msgId));
    }

    private double reused() {
        var counter = meters.find(BotMetrics.CALLBACKS_REFUSED).tag("reason", "sign_reused").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aCapturedHeaderCarriesNoSecondBody(CapturedOutput output) {
        String timestamp = String.valueOf(clock.millis());
        HttpResponse<String> genuine = dingtalk.post(body(MEMBER, "3月2日 主题党日", "msgGenuine1"), timestamp,
                DingTalkCallbacks.SECRET);
        assertThat(genuine.statusCode()).isEqualTo(200);
        double before = reused();

        // the attacker keeps the headers and writes their own body: another sender, another message
        HttpResponse<String> forged = dingtalk.post(body(OTHER_MEMBER, "3月3日 党小组会，50人参加", "msgForged1"),
                timestamp, DingTalkCallbacks.SECRET);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("签名已被使用");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.msgId()).isEqualTo("msgGenuine1"));
        assertThat(output.getOut()).contains("callback refused as forged", "msgForged1");
        assertThat(reused()).isEqualTo(before + 1);
    }

    @Test
    void aForgedUndoUnderACapturedHeaderUndoesNothing() {
        String logged = dingtalk.say(OTHER_MEMBER, "3月3日 党小组会");
        long id = Long.parseLong(logged.substring(logged.lastIndexOf('#') + 1));
        String timestamp = String.valueOf(clock.millis() - 1000);
        assertThat(dingtalk.post(body(SECRETARY, "本月进度", "msgSecretary1"), timestamp, DingTalkCallbacks.SECRET)
                .statusCode()).isEqualTo(200);

        // the secretary's headers with a body that says the secretary undoes #id
        HttpResponse<String> forged = dingtalk.post(body(SECRETARY, "撤销 #" + id, "msgForgedUndo"), timestamp,
                DingTalkCallbacks.SECRET);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void dingTalkDeliveringTheSameMessageAgainStillGetsItsAnswer() {
        String timestamp = String.valueOf(clock.millis());
        String body = body(MEMBER, "3月2日 主题党日", "msgTwice");

        HttpResponse<String> first = dingtalk.post(body, timestamp, DingTalkCallbacks.SECRET);
        HttpResponse<String> same = dingtalk.post(body, timestamp, DingTalkCallbacks.SECRET);
        HttpResponse<String> resigned = dingtalk.post(body, String.valueOf(clock.millis() + 20_000),
                DingTalkCallbacks.SECRET);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).isEqualTo(first.body());
        assertThat(resigned.body()).isEqualTo(first.body());
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    @Test
    void theSignIsRememberedUntilItsWindowEnds() {
        long timestamp = clock.millis() - Duration.ofMinutes(20).toMillis();
        dingtalk.post(body(MEMBER, "3月2日 主题党日", "msgOld"), String.valueOf(timestamp), DingTalkCallbacks.SECRET);

        Long ttl = redis.getExpire("dj:sign:" + cn.dangjian.bot.dingtalk.Signature.sign(String.valueOf(timestamp),
                DingTalkCallbacks.SECRET), TimeUnit.SECONDS);

        // an hour after the timestamp, the signature check refuses it anyway: 40 minutes left
        assertThat(ttl).isBetween(Duration.ofMinutes(39).toSeconds(), Duration.ofMinutes(40).toSeconds());
    }

    @Test
    void aTimestampAheadOfOurClockIsClockSkewOfAFewMinutesNotAnHour() {
        String fourMinutesAhead = String.valueOf(clock.millis() + Duration.ofMinutes(4).toMillis());
        String sixMinutesAhead = String.valueOf(clock.millis() + Duration.ofMinutes(6).toMillis());
        String fiftyNineMinutesAhead = String.valueOf(clock.millis() + Duration.ofMinutes(59).toMillis());

        assertThat(dingtalk.post(body(MEMBER, "3月2日 主题党日", "msgSkew4"), fourMinutesAhead,
                DingTalkCallbacks.SECRET).statusCode()).isEqualTo(200);
        assertThat(dingtalk.post(body(MEMBER, "3月4日 主题党日", "msgSkew6"), sixMinutesAhead,
                DingTalkCallbacks.SECRET).statusCode()).isEqualTo(401);
        assertThat(dingtalk.post(body(MEMBER, "3月5日 主题党日", "msgSkew59"), fiftyNineMinutesAhead,
                DingTalkCallbacks.SECRET).statusCode()).isEqualTo(401);
        assertThat(store.year("demo", 2026)).hasSize(1);
    }

    /**
     * Two genuine callbacks signed in the same millisecond share a sign, and the bot cannot tell the second from a
     * forgery. It refuses the second (401, nothing stored, logged); DingTalk's redelivery of it is signed again with
     * a new timestamp and is answered, or the member, seeing no answer, sends it again (README, Security).
     */
    @Test
    void theSecondOfTwoCallbacksSignedInTheSameMillisecondIsRefusedUntilItComesAgain() {
        String sameMillisecond = String.valueOf(clock.millis());
        String secondBody = body(OTHER_MEMBER, "3月3日 党小组会", "msgTwin2");

        assertThat(dingtalk.post(body(MEMBER, "3月2日 主题党日", "msgTwin1"), sameMillisecond,
                DingTalkCallbacks.SECRET).statusCode()).isEqualTo(200);
        assertThat(dingtalk.post(secondBody, sameMillisecond, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(401);
        assertThat(store.year("demo", 2026)).hasSize(1);

        HttpResponse<String> again = dingtalk.post(secondBody, String.valueOf(clock.millis() + 1500),
                DingTalkCallbacks.SECRET);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(DingTalkCallbacks.replyText(again.body())).startsWith("已记录：3月3日 党小组会");
        assertThat(store.year("demo", 2026)).hasSize(2);
    }

    @Test
    void aBodyThatIsNoRobotMessageClaimsNoSign() {
        String timestamp = String.valueOf(clock.millis());

        assertThat(dingtalk.post("{\"hello\":1}", timestamp, DingTalkCallbacks.SECRET).statusCode()).isEqualTo(400);
        assertThat(dingtalk.post(body(MEMBER, "3月2日 主题党日", "msgAfterJunk"), timestamp, DingTalkCallbacks.SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(redis.keys("dj:sign:*")).hasSize(1);
    }
}
