package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence in an S3-compatible object store, for several instances of the bot: every instance reads what any other
 * wrote. Objects are named {@code prefix + sha256}. The SDK's newer default checksums (CRC headers on every request)
 * are asked for only where S3 requires them: OSS, MinIO and SeaweedFS do not all accept them.
 */
final class S3Blobs implements Blobs, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Blobs(EvidenceProperties.S3 settings) {
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix() == null ? "" : settings.prefix();
    }

    @Override
    public boolean has(String sha256) throws IOException {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        }
        catch (NoSuchKeyException e) {
            return false;
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 HEAD " + key(sha256) + ": " + e.getMessage(), e);
        }
        catch (SdkException e) {
            throw new IOException("S3 HEAD " + key(sha256) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String sha256, Path file, long size) throws IOException {
        if (has(sha256)) {
            return;
        }
        try {
            s3.putObject(b -> b.bucket(bucket).key(key(sha256)).contentLength(size), RequestBody.fromFile(file));
        }
        catch (SdkException e) {
            throw new IOException("S3 PUT " + key(sha256) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
        }
        catch (SdkException e) {
            throw new IOException("S3 GET " + key(sha256) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
        }
        catch (SdkException e) {
            throw new IOException("S3 DELETE " + key(sha256) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String key(String sha256) {
        return prefix + sha256;
    }
}
