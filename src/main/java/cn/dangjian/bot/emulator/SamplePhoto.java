package cn.dangjian.bot.emulator;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/** The photo a picture message carries when the person chose none: a small JPEG, different each time. */
final class SamplePhoto {

    private SamplePhoto() {
    }

    static byte[] jpeg() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB71C1C));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(random.nextInt(0x1000000)));
        g.fillOval(random.nextInt(400), random.nextInt(300), 240, 180);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Sample photo " + random.nextInt(1000), 40, 440);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
