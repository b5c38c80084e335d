package cn.dangjian.bot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's kind comes from its bytes: a name can say anything. */
class FileTypeTest {

    @TempDir
    Path dir;

    @Test
    void photosPdfAndOfficeDocumentsAreKnownByTheirBytes() throws IOException {
        assertThat(type("x.png", Files.photo())).hasValueSatisfying(t -> assertThat(t.extension()).isEqualTo("jpg"));
        assertThat(type("签到表", Files.pdf("x"))).hasValueSatisfying(t -> assertThat(t.extension()).isEqualTo("pdf"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("会议记录");
            doc.write(docx);
        }
        assertThat(type("会议记录.pdf", docx.toByteArray()))
                .hasValueSatisfying(t -> assertThat(t.extension()).isEqualTo("docx"));
    }

    @Test
    void programsArchivesAndTextAreNotEvidenceWhateverTheirName() throws IOException {
        assertThat(type("照片.jpg", "MZ\u0090\u0000program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(type("会议记录.docx", Files.zip())).isEmpty();
        assertThat(type("签到表.pdf", "签到：张三 李四".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(type("空.pdf", new byte[0])).isEmpty();
    }

    private java.util.Optional<FileType> type(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("f" + System.nanoTime());
        java.nio.file.Files.write(file, bytes);
        return FileType.of(file, name);
    }
}
