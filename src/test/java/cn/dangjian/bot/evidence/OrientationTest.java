package cn.dangjian.bot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** A phone's photo stands in the ledger as the phone showed it, whatever EXIF orientation it was stored with. */
class OrientationTest {

    @Test
    void theExifOrientationIsReadFromAPhonesJpegAndAPlainOneIsAsStored() throws IOException {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertThat(Orientation.of(new ByteArrayInputStream(Files.turnedPhoto(40, 30, orientation))))
                    .isEqualTo(orientation);
        }
        assertThat(Orientation.of(new ByteArrayInputStream(Files.photo()))).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.of(new ByteArrayInputStream(Files.pdf("minutes")))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void eachOrientationPutsTheStoredTopLeftCornerWhereThePhoneShowedIt() throws IOException {
        // where the stored top-left quarter (red) is seen: the corner of the upright image, x then y (0 or 1)
        int[][] corner = { null, { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(Files.turnedPhoto(40, 30, orientation)));
            BufferedImage upright = Orientation.upright(stored, orientation);

            boolean sideways = orientation >= 5;
            assertThat(upright.getWidth()).as("orientation %d", orientation).isEqualTo(sideways ? 30 : 40);
            assertThat(upright.getHeight()).as("orientation %d", orientation).isEqualTo(sideways ? 40 : 30);
            int x = corner[orientation][0] == 0 ? 3 : upright.getWidth() - 4;
            int y = corner[orientation][1] == 0 ? 3 : upright.getHeight() - 4;
            assertThat(red(upright.getRGB(x, y))).as("orientation %d", orientation).isTrue();
            assertThat(red(upright.getRGB(upright.getWidth() - 1 - x, upright.getHeight() - 1 - y)))
                    .as("orientation %d", orientation).isFalse();
        }
    }

    static boolean red(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getBlue() < 100;
    }
}
