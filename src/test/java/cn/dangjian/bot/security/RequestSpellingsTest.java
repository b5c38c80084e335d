package cn.dangjian.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.dangjian.bot.ChatTest;

/**
 * Issue 17, item 7: a path the container and Spring read differently, or a query value no day or year can be, is
 * answered 4xx, never 500, and writes no stack trace. Sent on a raw socket, so that no client tidies the path first.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestSpellingsTest extends ChatTest {

    /** The status of {@code GET target}, exactly as written, with or without the admin token. */
    private int get(String target, boolean token) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (token ? "Authorization: Bearer " + ADMIN_TOKEN + "\r\n" : "") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(response.substring(9, 12));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPathSpelledPastTheTokenIsRefusedWithoutAStackTrace(CapturedOutput output) {
        for (String target : List.of("/actuator/health;x/../../metrics", "/actuator/health;x/../metrics",
                "/actuator/health/..;/metrics", "/actuator/health;/../metrics", "/actuator;x/metrics",
                "/actuator/health/%2e%2e/metrics", "/actuator/health/%2E%2E/%2E%2E/actuator/metrics",
                "/actuator/health%2F..%2Fmetrics", "/actuator/health/..%2Fmetrics", "/actuator//metrics",
                "/api/v1;x/unrecognised", "/api/v1/unrecognised;x", "/api;/v1/unrecognised",
                "/api/v1/%2e/unrecognised", "/x/..;/api/v1/unrecognised", "/actuator/health;jsessionid=1/../metrics",
                "/api/v1/branches/demo/records;x", "/webhook;x/dingtalk")) {
            int status = get(target, false);
            assertThat(status).as(target).isBetween(400, 499);
        }
        assertThat(get("/actuator/health", false)).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Servlet.service()");
    }

    @Test
    void aQueryValueNoDayOrYearCanBeIsRefusedWithoutAStackTrace(CapturedOutput output) {
        for (String target : List.of("/api/v1/unrecognised?since=+999999999-12-31",
                "/api/v1/unrecognised?since=-999999999-01-01", "/api/v1/unrecognised?since=0000-01-01",
                "/api/v1/unrecognised?since=2026-02-30", "/api/v1/unrecognised?since=%00",
                "/api/v1/unrecognised?branch=" + "b".repeat(5000), "/api/v1/unrecognised?branch=%0Aforged",
                "/api/v1/branches/demo/records?year=99999", "/api/v1/branches/demo/records?year=%2B2026",
                "/api/v1/branches/demo/records?year=0000", "/api/v1/branches/demo/progress?month=13",
                "/api/v1/branches/demo/progress?month=%EF%BC%91", "/api/v1/branches/demo/progress?year=-1",
                "/api/v1/branches/demo/progress?month=0", "/api/v1/branches/demo/audit?year=1e3",
                "/api/v1/branches/" + "d".repeat(5000) + "/records", "/api/v1/branches/demo/years/99999",
                "/api/v1/branches/demo/years/0000", "/api/v1/branches/demo/years/2026/archive/x",
                "/api/v1/branches/demo/years/2026/archive/" + "k".repeat(3000) + "/model",
                "/api/v1/branches/%7Bdemo%7D/records")) {
            int status = get(target, true);
            assertThat(status).as(target).isBetween(400, 499);
        }
        assertThat(get("/api/v1/unrecognised?since=2026-03-01", true)).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Servlet.service()");
    }
}
