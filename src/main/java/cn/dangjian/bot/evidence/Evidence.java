package cn.dangjian.bot.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One file attached to a record: its bytes are in {@link Blobs} under {@code sha256}; the record's list in Redis holds
 * this (as JSON, the field names below).
 *
 * @param kind     what it is to the 台账: a photo, a sign-in sheet, minutes, another file
 * @param name     the name the member's client gave (a picture has none: the bot names it)
 * @param type     the file's type by its bytes ({@link FileType#extension()})
 * @param by       the staffId of who attached it
 */
public record Evidence(String sha256, Kind kind, String name, String type, long size, String by, String nick,
        Instant at, String msgId) {

    public enum Kind {
        PHOTO("照片", "张"), SIGN_IN("签到表", "份"), MINUTES("会议记录", "份"), FILE("其他材料", "份");

        private final String chinese;
        private final String unit;

        Kind(String chinese, String unit) {
            this.chinese = chinese;
            this.unit = unit;
        }

        public String chinese() {
            return chinese;
        }

        /**
         * A photo of a sign-in sheet is a sign-in sheet when the member says so; a document is one by its name (签到表,
         * 会议记录/纪要).
         */
        static Kind of(FileType type, String name, String caption) {
            if (type.image()) {
                String words = caption == null ? "" : caption;
                boolean photos = words.contains("照片") || words.contains("合影") || words.contains("图片");
                return words.contains("签到") && !photos ? SIGN_IN : PHOTO;
            }
            String words = name == null ? "" : name;
            if (words.contains("签到")) {
                return SIGN_IN;
            }
            return words.contains("记录") || words.contains("纪要") ? MINUTES : FILE;
        }
    }

    public boolean image() {
        return FileType.isImage(type);
    }

    /** 20MB, 200KB, 2GB: a limit as a member reads it. */
    public static String size(long bytes) {
        long kb = 1024;
        long mb = kb * kb;
        long gb = mb * kb;
        if (bytes >= gb && bytes % gb == 0) {
            return bytes / gb + "GB";
        }
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + "MB" : String.format("%.1fMB", bytes / (double) mb);
        }
        return (bytes + kb - 1) / kb + "KB";
    }

    /** 照片2张、签到表1份 */
    public static String counted(Collection<Evidence> files) {
        Map<Kind, Long> counts = files.stream()
                .collect(Collectors.groupingBy(Evidence::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey().chinese + e.getValue() + e.getKey().unit)
                .collect(Collectors.joining("、"));
    }
}
