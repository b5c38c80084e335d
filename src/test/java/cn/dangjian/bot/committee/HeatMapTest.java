package cn.dangjian.bot.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class HeatMapTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 20);

    @Test
    void theHeatMapDrawsItsChineseLabelsInACjkFontOfTheMachine() {
        Board board = Boards.of(40, 0.8, AS_OF);
        String labels = "机关党委各支部履职情况已完成部分完成未开展不适用" + board.obligations().get(0).name();

        assertThat(HeatMap.font(labels)).as("a CJK font (fonts-noto-cjk, as .ci/run and the Dockerfile install)")
                .hasValueSatisfying(font -> assertThat(font.canDisplayUpTo(labels)).isEqualTo(-1));
    }

    @Test
    void eachBranchIsARowAndEachObligationAColumnTheMostBehindOnTop() throws IOException {
        Board board = Boards.of(40, 0.8, AS_OF);

        byte[] png = HeatMap.png(board).orElseThrow();
        Files.createDirectories(Path.of("target/committee"));
        Files.write(Path.of("target/committee/heatmap-40.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getHeight()).isGreaterThan(40 * 22);
        assertThat(board.standings().get(0).behind()).isGreaterThanOrEqualTo(board.standings().get(39).behind());
        assertThat(board.obligations()).extracting(a -> a.key()).contains("theme_party_day", "party_lecture")
                .doesNotContain("volunteer_service");
    }

    @Test
    void aCommitteeOfFiveHundredBranchesIsOnePicture() throws IOException {
        Board board = Boards.of(500, 0.9, AS_OF);

        long start = System.nanoTime();
        byte[] png = HeatMap.png(board).orElseThrow();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.createDirectories(Path.of("target/committee"));
        Files.write(Path.of("target/committee/heatmap-500.png"), png);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isGreaterThan(500 * 22);
        assertThat(png.length).isLessThan(20 * 1024 * 1024);
        System.out.println("heat map of 500 branches: " + png.length + " bytes in " + millis + " ms");
    }
}
