package cn.dangjian.bot.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignatureTest {

    /** Vectors computed independently (Python's hmac) from DingTalk's formula. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1763790000000|local-dev-secret|cUY9DtMU7+tJk341mJd4Adl2gycvaIkpAjNwXtU3E90=",
            "1700000000000|SEC_abc123/+=密钥|Uaa7uGJyDMffKcZYe3EIKXpf3A63mvB2EaufnlN8zIo=",
            "1763790000000|this is secret|OVV0j+PVCYes3+MhAr8PQ92qxabywieM3qCOo/cb448=" })
    void signsAsDingTalkDoes(String timestamp, String secret, String expected) {
        assertThat(Signature.sign(timestamp, secret)).isEqualTo(expected);
        assertThat(Signature.valid(timestamp, expected, secret, Instant.ofEpochMilli(Long.parseLong(timestamp)))).isTrue();
    }

    @Test
    void acceptsAnHourOldButOnlyAFewMinutesAhead() {
        String ts = "1763790000000";
        String sign = "cUY9DtMU7+tJk341mJd4Adl2gycvaIkpAjNwXtU3E90=";
        Instant sent = Instant.ofEpochMilli(1763790000000L);
        assertThat(Signature.valid(ts, sign, "local-dev-secret", sent.plusSeconds(3600))).isTrue();
        assertThat(Signature.valid(ts, sign, "local-dev-secret", sent.plusSeconds(3601))).isFalse();
        // a timestamp ahead of our clock is clock skew, five minutes at most, no longer the hour it was
        assertThat(Signature.valid(ts, sign, "local-dev-secret", sent.minusSeconds(300))).isTrue();
        assertThat(Signature.valid(ts, sign, "local-dev-secret", sent.minusSeconds(301))).isFalse();
        assertThat(Signature.valid(ts, sign, "local-dev-secret", sent.minusSeconds(3599))).isFalse();
    }

    @Test
    void timestampsForSigningAreNeverTheSameTwice() {
        Clock still = Clock.fixed(Instant.ofEpochMilli(1763790000000L), ZoneOffset.UTC);
        Signature.Timestamps timestamps = new Signature.Timestamps();

        assertThat(List.of(timestamps.next(still), timestamps.next(still), timestamps.next(still)))
                .containsExactly("1763790000000", "1763790000001", "1763790000002");
    }

    @Test
    void rejectsAWrongSecretSignatureOrTimestamp() {
        String ts = "1763790000000";
        String sign = "cUY9DtMU7+tJk341mJd4Adl2gycvaIkpAjNwXtU3E90=";
        Instant now = Instant.ofEpochMilli(1763790000000L);
        assertThat(Signature.valid(ts, sign, "another-secret", now)).isFalse();
        assertThat(Signature.valid("1763790000001", sign, "local-dev-secret", now)).isFalse();
        assertThat(Signature.valid(ts, sign.replace('c', 'd'), "local-dev-secret", now)).isFalse();
        assertThat(Signature.valid("not-a-number", sign, "local-dev-secret", now)).isFalse();
        assertThat(Signature.valid(null, sign, "local-dev-secret", now)).isFalse();
        assertThat(Signature.valid(ts, null, "local-dev-secret", now)).isFalse();
        assertThat(Signature.valid(ts, sign, "", now)).isFalse();
    }
}
