package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Evidence in a directory ({@code bot.evidence.dir}): {@code ab/cd/abcd…}, two levels of fan-out so that no directory
 * holds more than a few hundred files. A file is copied in under a temporary name and moved into place, so a reader
 * never sees half of one.
 */
final class DirectoryBlobs implements Blobs {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    DirectoryBlobs(Path root) {
        this.root = root;
    }

    @Override
    public boolean has(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public void put(String sha256, Path file, long size) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        }
        catch (FileAlreadyExistsException e) {
            // another message brought the same bytes at the same time: they are kept
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
