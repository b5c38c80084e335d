package cn.dangjian.bot.dingtalk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.dingtalkrobot_1_0.Client;
import com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadHeaders;
import com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadRequest;
import com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadResponseBody;

/**
 * The files members send the robot (a picture, a file, the pictures of a rich text). A message carries only a
 * {@code downloadCode}; {@code POST /v1.0/robot/messageFiles/download} (the SDK's {@code RobotMessageFileDownload},
 * robotCode + downloadCode) turns it into a short-lived {@code downloadUrl}, whose bytes are fetched at once. A code
 * lives only some hours, so the bytes are what is kept, never the code.
 *
 * <p>DingTalk's 5xx, throttling and network failures are retried with backoff (a fresh URL each time); a code DingTalk
 * refuses (expired, unknown) cannot be retried and is {@link Failure#expired()}.
 */
public class RobotFiles {

    private static final Logger log = LoggerFactory.getLogger(RobotFiles.class);

    /** Why a file could not be fetched. */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        private final boolean expired;
        private final boolean tooLarge;

        private Failure(String message, boolean expired, boolean tooLarge) {
            super(message, null, false, false);
            this.expired = expired;
            this.tooLarge = tooLarge;
        }

        /** DingTalk no longer hands out this file: only the member sending it again helps. */
        public boolean expired() {
            return expired;
        }

        /** The file is larger than the caller takes; nothing past the limit was read. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private final Client robot;
    private final AccessTokens tokens;
    private final HttpClient http;
    private final DingTalkProperties properties;
    private final int attempts;
    private final Duration backoff;

    RobotFiles(Client robot, AccessTokens tokens, HttpClient http, DingTalkProperties properties, int attempts,
            Duration backoff) {
        this.robot = robot;
        this.tokens = tokens;
        this.http = http;
        this.properties = properties;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /**
     * Writes the file's bytes to {@code target} (replacing what a failed attempt left there) and returns how many
     * there were.
     *
     * @param robotCode the robot the message came to (the configured one when the message does not say)
     * @param maxBytes  a file larger than this is refused as soon as that is known, before or while it is read
     */
    public long download(String robotCode, String downloadCode, long maxBytes, Path target) throws Failure {
        String code = robotCode == null || robotCode.isBlank() ? properties.robotCode() : robotCode;
        if (downloadCode == null || downloadCode.isBlank()) {
            throw new Failure("the message carries no downloadCode", true, false);
        }
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return fetch(downloadUrl(code, downloadCode), maxBytes, target);
            }
            catch (SendFailure failure) {
                if (!failure.retryable()) {
                    throw new Failure(failure.getMessage(), true, false);
                }
                if (attempt >= attempts) {
                    throw new Failure(failure.getMessage() + " (" + attempt + " attempts)", false, false);
                }
                log.warn("Downloading a member's file failed (attempt {}), retrying in {} ms: {}", attempt,
                        wait.toMillis(), failure.getMessage());
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private URI downloadUrl(String robotCode, String downloadCode) throws SendFailure {
        RobotMessageFileDownloadRequest request = new RobotMessageFileDownloadRequest()
                .setRobotCode(robotCode)
                .setDownloadCode(downloadCode);
        RobotMessageFileDownloadResponseBody body = withToken(request);
        if (body == null || body.getDownloadUrl() == null || body.getDownloadUrl().isBlank()) {
            throw SendFailure.retryable("messageFiles/download: DingTalk answered without a downloadUrl");
        }
        try {
            return URI.create(body.getDownloadUrl());
        }
        catch (IllegalArgumentException e) {
            throw SendFailure.retryable("messageFiles/download: the downloadUrl is not a URL");
        }
    }

    private RobotMessageFileDownloadResponseBody withToken(RobotMessageFileDownloadRequest request)
            throws SendFailure {
        String token = tokens.get();
        try {
            return call(request, token);
        }
        catch (SendFailure failure) {
            if (!failure.tokenRejected()) {
                throw failure;
            }
            tokens.invalidate(token);
        }
        return call(request, tokens.get());
    }

    private RobotMessageFileDownloadResponseBody call(RobotMessageFileDownloadRequest request, String token)
            throws SendFailure {
        RobotMessageFileDownloadHeaders headers = new RobotMessageFileDownloadHeaders();
        headers.xAcsDingtalkAccessToken = token;
        try {
            return robot.robotMessageFileDownloadWithOptions(request, headers, DingTalkClients.runtime(properties))
                    .getBody();
        }
        catch (Exception e) {
            throw OpenApiFailures.of("messageFiles/download", e);
        }
    }

    /** The bytes behind a downloadUrl: a URL that is refused has expired (a new one is not asked for twice). */
    private long fetch(URI url, long maxBytes, Path target) throws SendFailure, Failure {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(properties.readTimeout().multipliedBy(6)).GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (IOException e) {
            throw SendFailure.retryable("file download: " + e.getClass().getSimpleName() + " "
                    + OpenApiFailures.firstLine(e.getMessage()));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.permanent("file download interrupted");
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 429 || status >= 500) {
                throw SendFailure.retryable("file download: HTTP " + status);
            }
            if (status != 200) {
                throw SendFailure.permanent("file download: HTTP " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new Failure("file of " + declared + " bytes", false, true);
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            try (OutputStream sink = Files.newOutputStream(target)) {
                while ((read = in.read(buffer)) >= 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw new Failure("file over " + maxBytes + " bytes", false, true);
                    }
                    sink.write(buffer, 0, read);
                }
            }
            return total;
        }
        catch (IOException e) {
            throw SendFailure.retryable("file download: " + e.getClass().getSimpleName() + " "
                    + OpenApiFailures.firstLine(e.getMessage()));
        }
    }

    private static void sleep(Duration wait) throws Failure {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while waiting to retry a download", false, false);
        }
    }
}
