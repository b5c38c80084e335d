package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence files are kept, by the SHA-256 of their bytes (lowercase hex): the same photo sent twice, or attached
 * to two records, is kept once. A file once written is never changed, so any instance may read what another wrote.
 */
public interface Blobs {

    boolean has(String sha256) throws IOException;

    /** Keeps the bytes of {@code file} (whose digest is {@code sha256}) unless they are kept already. */
    void put(String sha256, Path file, long size) throws IOException;

    /** The bytes; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    /** Forgets the bytes: only for a file nothing points at (a refused attachment whose bytes were new). */
    void delete(String sha256) throws IOException;
}
