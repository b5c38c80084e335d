package cn.dangjian.bot.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class DutyReportsTest {

    @Test
    void twoBranchesOfOneNameDoNotOverwriteEachOtherWhenUnpacked() throws IOException {
        byte[] zip = DutyReports.zip(List.of("第一党支部2025年度述职报告.docx", "第一党支部2025年度述职报告.docx"),
                List.of(new byte[] {1}, new byte[] {2}));

        List<String> names = new ArrayList<>();
        List<Byte> first = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                first.add(entries.readAllBytes()[0]);
            }
        }

        assertThat(names).containsExactly("第一党支部2025年度述职报告.docx", "第一党支部2025年度述职报告（2）.docx");
        assertThat(first).containsExactly((byte) 1, (byte) 2);
    }
}
