package cn.dangjian.bot.evidence;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code bot.evidence.*}: where the photos and files members attach to records are kept, and their limits.
 *
 * @param store          {@code directory} (one instance, the quick start) or {@code s3} (any S3-compatible object
 *                       store, for several instances)
 * @param dir            the directory store's root
 * @param maxFileSize    one file at most (DingTalk's own upload limit is 20 MB)
 * @param maxFiles       files on one record at most
 * @param branchQuota    the bytes of distinct files one branch may keep
 * @param window         how long after a member's record a picture without words goes to it, and how long a file
 *                       waits for the member to say which record it belongs to
 * @param sweepEvery     how often each instance deletes the bytes of files whose question lapsed unanswered
 */
@ConfigurationProperties("bot.evidence")
@Validated
public record EvidenceProperties(
        @DefaultValue("directory") @NotNull Store store,
        @DefaultValue("data/evidence") @NotNull Path dir,
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("30") @Min(1) @Max(1000) int maxFiles,
        @DefaultValue("2GB") @NotNull DataSize branchQuota,
        @DefaultValue("30m") @NotNull @DurationMin(minutes = 1) Duration window,
        @DefaultValue("5m") @NotNull @DurationMin(seconds = 10) Duration sweepEvery,
        @DefaultValue @Valid S3 s3) {

    public enum Store { DIRECTORY, S3 }

    /**
     * An S3-compatible object store (Alibaba Cloud OSS, MinIO, SeaweedFS …). Credentials come from the environment
     * ({@code BOT_EVIDENCE_S3_ACCESS_KEY}, {@code BOT_EVIDENCE_S3_SECRET_KEY}); {@code pathStyle} is what MinIO and
     * SeaweedFS expect, OSS wants virtual-hosted style (false).
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
            String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("evidence/") String prefix) {

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey="
                    + (accessKey == null ? null : "***") + ", secretKey=" + (secretKey == null ? null : "***")
                    + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
        }
    }

    @AssertTrue(message = "bot.evidence.store=s3 needs bot.evidence.s3.endpoint, bucket, access-key and secret-key")
    public boolean isS3Complete() {
        return store != Store.S3 || s3.endpoint() != null && present(s3.bucket()) && present(s3.accessKey())
                && present(s3.secretKey());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
