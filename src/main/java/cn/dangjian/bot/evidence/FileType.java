package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * What a file is, from its first bytes (and, for Office's zip and OLE containers, what they hold), never from its name
 * alone: a renamed program is not a photo. The allowed kinds are the evidence a branch keeps: images, PDF and Office
 * documents.
 */
record FileType(String extension, String mediaType, boolean image) {

    static final String ALLOWED = "图片（JPG、PNG、GIF、WEBP、BMP、HEIC）、PDF和Office文档（Word、Excel、PowerPoint）";

    private static final FileType JPEG = new FileType("jpg", "image/jpeg", true);
    private static final FileType PNG = new FileType("png", "image/png", true);
    private static final FileType GIF = new FileType("gif", "image/gif", true);
    private static final FileType WEBP = new FileType("webp", "image/webp", true);
    private static final FileType BMP = new FileType("bmp", "image/bmp", true);
    private static final FileType HEIC = new FileType("heic", "image/heic", true);
    private static final FileType PDF = new FileType("pdf", "application/pdf", false);
    private static final FileType DOCX = new FileType("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);
    private static final FileType XLSX = new FileType("xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);
    private static final FileType PPTX = new FileType("pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", false);
    private static final FileType DOC = new FileType("doc", "application/msword", false);
    private static final FileType XLS = new FileType("xls", "application/vnd.ms-excel", false);
    private static final FileType PPT = new FileType("ppt", "application/vnd.ms-powerpoint", false);

    /** Whether a stored type (an extension this class gave) is an image's. */
    static boolean isImage(String extension) {
        return switch (extension) {
            case "jpg", "png", "gif", "webp", "bmp", "heic" -> true;
            default -> false;
        };
    }

    /** The type of the file's bytes, or empty when it is none of the allowed kinds. */
    static Optional<FileType> of(Path file, String name) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (n >= 8 && u(head[0]) == 0x89 && ascii(head, 1, "PNG")) {
            return Optional.of(PNG);
        }
        if (n >= 6 && ascii(head, 0, "GIF8")) {
            return Optional.of(GIF);
        }
        if (n >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (n >= 2 && ascii(head, 0, "BM")) {
            return Optional.of(BMP);
        }
        if (n >= 12 && ascii(head, 4, "ftyp") && (ascii(head, 8, "heic") || ascii(head, 8, "heix")
                || ascii(head, 8, "mif1") || ascii(head, 8, "msf1") || ascii(head, 8, "hevc"))) {
            return Optional.of(HEIC);
        }
        if (n >= 5 && ascii(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (n >= 4 && ascii(head, 0, "PK") && head[2] == 3 && head[3] == 4) {
            return office(file);
        }
        if (n >= 8 && u(head[0]) == 0xD0 && u(head[1]) == 0xCF && u(head[2]) == 0x11 && u(head[3]) == 0xE0) {
            // an OLE container: Word, Excel and PowerPoint 97-2003 alike; the name says which
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            return Optional.of(lower.endsWith(".xls") ? XLS : lower.endsWith(".ppt") ? PPT : DOC);
        }
        return Optional.empty();
    }

    /** A zip is an Office document when it holds one's main part; any other zip is not evidence. */
    private static Optional<FileType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int u(byte b) {
        return b & 0xFF;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            if (head[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
