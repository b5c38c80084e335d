package cn.dangjian.bot.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Real files of the kinds members send, made on the spot: each call makes different bytes unless seeded alike. */
final class Files {

    private static final Random RANDOM = new Random();

    private Files() {
    }

    /** A JPEG photo of {@code width} x {@code height}, coloured noise (so it does not compress to nothing). */
    static byte[] photo(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 4, height / 4);
        }
        g.dispose();
        return jpeg(image);
    }

    static byte[] photo() {
        return photo(64, 48, RANDOM.nextLong());
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A phone's JPEG of {@code width} x {@code height} as stored, red in its top-left quarter and blue elsewhere, with
     * an EXIF block saying how it is to be turned ({@code orientation}, 1 to 8), placed after the JFIF block.
     */
    static byte[] turnedPhoto(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        byte[] jpeg = jpeg(image);
        // big-endian TIFF: header, one IFD of one entry (0x0112 Orientation, SHORT, 1 value), no next IFD
        byte[] exif = { (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0 };
        int at = 2 + 2 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        byte[] turned = new byte[jpeg.length + exif.length];
        System.arraycopy(jpeg, 0, turned, 0, at);
        System.arraycopy(exif, 0, turned, at, exif.length);
        System.arraycopy(jpeg, at, turned, at + exif.length, jpeg.length - at);
        return turned;
    }

    /** A PDF's first bytes and {@code padding} random ones: different bytes every time. */
    static byte[] pdf(int padding) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + padding];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] rest = new byte[padding];
        RANDOM.nextBytes(rest);
        System.arraycopy(rest, 0, bytes, head.length, padding);
        return bytes;
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A zip that holds a text file: not an Office document, whatever its name says. */
    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
