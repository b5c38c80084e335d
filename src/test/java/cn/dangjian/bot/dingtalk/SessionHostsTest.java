package cn.dangjian.bot.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SessionHostsTest {

    final SessionHosts dingtalkOnly = new SessionHosts(SessionHosts.DEFAULT);

    @Test
    void dingTalksOwnSessionWebhookIsAllowed() {
        assertThat(dingtalkOnly.allows("https://oapi.dingtalk.com/robot/sendBySession?session=c0ffee")).isTrue();
        assertThat(dingtalkOnly.allows("https://OAPI.dingtalk.com:443/robot/sendBySession?session=c0ffee")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "http://oapi.dingtalk.com/robot/sendBySession?session=1", // no TLS
            "https://oapi.dingtalk.com:8443/robot/sendBySession", // another port
            "https://oapi.dingtalk.com.evil.example/robot/sendBySession", // a suffix
            "https://evil.example/?https://oapi.dingtalk.com/", // in the query
            "https://oapi.dingtalk.com@169.254.169.254/latest/meta-data", // user info naming the host
            "https://x@oapi.dingtalk.com/robot/sendBySession", // user info at all
            "http://169.254.169.254/latest/meta-data/", // cloud metadata
            "http://127.0.0.1:6379/", // the bot's own Redis
            "file:///etc/passwd",
            "javascript:alert(1)",
            "//oapi.dingtalk.com/robot/sendBySession", // no scheme
            "oapi.dingtalk.com/robot/sendBySession",
            "https://[::1", // malformed
            "   "})
    void anythingElseIsNot(String url) {
        assertThat(dingtalkOnly.allows(url)).isFalse();
    }

    @Test
    void anEntryWithAPathAllowsOnlyWhatIsUnderIt() {
        SessionHosts emulator = new SessionHosts(List.of(URI.create("http://127.0.0.1:8080/emulator/dingtalk/robot/sendBySession")));

        assertThat(emulator.allows("http://127.0.0.1:8080/emulator/dingtalk/robot/sendBySession?session=s1")).isTrue();
        assertThat(emulator.allows("http://127.0.0.1:8080/actuator/shutdown")).isFalse();
        assertThat(emulator.allows("http://127.0.0.1:8080/emulator/dingtalk/robot/sendBySessionX")).isFalse();
        assertThat(emulator.allows("http://127.0.0.1:8080/emulator/dingtalk/robot/sendBySession/../../../api/v1/x"))
                .isFalse();
        assertThat(emulator.allows("http://127.0.0.1:8080/emulator/dingtalk/robot/sendBySession/%2e%2e/%2e%2e/x"))
                .isFalse();
        assertThat(emulator.allows("http://127.0.0.1:8081/emulator/dingtalk/robot/sendBySession")).isFalse();
    }

    @Test
    void aConfiguredEntryMustBeAnHttpUrlWithAHost() {
        assertThatThrownBy(() -> new SessionHosts(List.of(URI.create("oapi.dingtalk.com"))))
                .hasMessageContaining("bot.dingtalk.session-hosts");
        assertThatThrownBy(() -> new SessionHosts(List.of(URI.create("ftp://oapi.dingtalk.com"))))
                .hasMessageContaining("bot.dingtalk.session-hosts");
    }
}
