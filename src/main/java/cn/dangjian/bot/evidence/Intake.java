package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.dingtalk.RobotFiles;

/**
 * Brings the files of a message in: fetched from DingTalk at once (a downloadCode expires; the bytes are what is
 * kept), checked against the limits (size, type by content), digested and kept in {@link Blobs}. What could not be
 * kept is said in a sentence for the member, and nothing of it stays.
 */
@Component
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    /**
     * A file brought in; {@code fresh}: its bytes were not kept before (forget them if no record takes it);
     * {@code held}: until when its bytes are held for this message ({@link HeldFiles}).
     */
    record Received(Evidence file, boolean fresh, Instant held) {
    }

    /** What a message brought: the files kept, and a sentence for each one that was not. */
    record Batch(List<Received> files, List<String> refusals) {
    }

    private final RobotFiles robotFiles;
    private final Blobs blobs;
    private final HeldFiles held;
    private final EvidenceProperties properties;
    private final Clock clock;

    Intake(RobotFiles robotFiles, Blobs blobs, HeldFiles held, EvidenceProperties properties, Clock clock) {
        this.robotFiles = robotFiles;
        this.blobs = blobs;
        this.held = held;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param caption the words that came with the files (a rich text's), which may say what they are */
    Batch receive(InboundMessage message, String caption) {
        List<Received> files = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (String picture : message.pictures()) {
            one(message, picture, null, caption, files, refusals);
        }
        if (message.file() != null) {
            one(message, message.file().downloadCode(), message.file().fileName(), caption, files, refusals);
        }
        return new Batch(files, refusals);
    }

    private void one(InboundMessage message, String downloadCode, String name, String caption, List<Received> files,
            List<String> refusals) {
        String shown = name == null || name.isBlank() ? "图片" : "文件“" + name + "”";
        long max = properties.maxFileSize().toBytes();
        Path temp = null;
        try {
            temp = Files.createTempFile("dj-evidence", ".part");
            long size = robotFiles.download(message.robotCode(), downloadCode, max, temp);
            Optional<FileType> type = FileType.of(temp, name);
            if (type.isEmpty()) {
                refusals.add(shown + "未保存：只能保存" + FileType.ALLOWED + "。");
                return;
            }
            String sha = sha256(temp);
            // held before looking: the sweep then never deletes bytes this message is about to rely on
            Instant until = held.hold(sha);
            boolean fresh = !blobs.has(sha);
            if (fresh) {
                blobs.put(sha, temp, size);
            }
            Evidence.Kind kind = Evidence.Kind.of(type.get(), name, caption);
            files.add(new Received(new Evidence(sha, kind, name == null ? "" : name, type.get().extension(), size,
                    message.senderStaffId(), message.senderNick(), clock.instant(), message.msgId()), fresh, until));
        }
        catch (RobotFiles.Failure failure) {
            log.warn("msg {}: a file could not be fetched from DingTalk: {}", message.msgId(), failure.getMessage());
            if (failure.tooLarge()) {
                refusals.add(shown + "未保存：超过" + Evidence.size(properties.maxFileSize().toBytes())
                        + "的上限。请压缩或拆分后重新发送。");
            }
            else if (failure.expired()) {
                refusals.add(shown + "未保存：钉钉的下载凭证已失效，请重新发送该" + (name == null ? "图片" : "文件") + "。");
            }
            else {
                refusals.add(shown + "未保存：暂时无法从钉钉下载，请稍后重新发送。");
            }
        }
        catch (IOException | UncheckedIOException e) {
            log.error("msg {}: a file could not be kept", message.msgId(), e);
            refusals.add(shown + "未保存：文件存储暂时不可用，请稍后重新发送。");
        }
        finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                }
                catch (IOException e) {
                    log.warn("could not delete {}", temp, e);
                }
            }
        }
    }

    /** Forgets bytes that were kept for a file no record took, unless another message or a record holds them. */
    void forget(Received received) {
        if (received.fresh()) {
            held.release(received.file().sha256(), received.held());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
