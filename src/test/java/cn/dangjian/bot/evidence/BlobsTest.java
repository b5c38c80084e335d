package cn.dangjian.bot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both stores keep a file by its digest, once, and give the same bytes back; the S3 one talks S3's protocol. */
class BlobsTest {

    @TempDir
    static Path dir;

    static S3Stub s3;

    @org.junit.jupiter.api.AfterAll
    static void stopS3() {
        if (s3 != null) {
            s3.close();
        }
    }

    static Stream<String> stores() {
        return Stream.of("directory", "s3");
    }

    private static Blobs store(String kind) throws IOException {
        if (kind.equals("directory")) {
            return new DirectoryBlobs(dir.resolve("evidence"));
        }
        if (s3 == null) {
            s3 = new S3Stub();
        }
        return new S3Blobs(new EvidenceProperties.S3(s3.endpoint(), "us-east-1", "evidence-bucket", "key", "secret",
                true, "evidence/"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFileIsKeptByItsDigestOnceAndReadBackWhole(String kind) throws IOException {
        Blobs blobs = store(kind);
        byte[] photo = Files.photo(320, 240, 42);
        Path file = dir.resolve(kind + ".jpg");
        java.nio.file.Files.write(file, photo);
        String sha = Intake.sha256(photo);

        assertThat(blobs.has(sha)).isFalse();
        blobs.put(sha, file, photo.length);
        blobs.put(sha, file, photo.length);

        assertThat(blobs.has(sha)).isTrue();
        try (InputStream in = blobs.open(sha)) {
            assertThat(Intake.sha256(in.readAllBytes())).as("the bytes read back").isEqualTo(sha);
        }
        if (kind.equals("s3")) {
            assertThat(s3.objects).containsOnlyKeys("/evidence-bucket/evidence/" + sha);
        }
        blobs.delete(sha);
        assertThat(blobs.has(sha)).isFalse();
    }
}
