package cn.dangjian.bot.evidence;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How a photo is turned: the EXIF orientation a phone writes instead of turning the pixels (a portrait taken with the
 * phone upright is stored landscape with orientation 6). Java's image readers ignore it, so the ledger turns the
 * photo itself, or a sign-in sheet would lie on its side in the Word file.
 */
final class Orientation {

    /** As stored: what a photo without EXIF, or with an orientation we cannot read, is taken to be. */
    static final int NORMAL = 1;

    /** How far into a JPEG the EXIF block is looked for: it is among the first segments, of 64 KB at most each. */
    static final int LOOK_AHEAD = 128 * 1024;

    /** What a reader must be able to go back over after {@link #of}: the look-ahead and one more segment. */
    static final int MARK = LOOK_AHEAD + 65536 + 4;

    private Orientation() {
    }

    /**
     * The EXIF orientation (1 to 8) of a JPEG, read from the start of {@code in} (at most {@link #MARK} bytes);
     * {@link #NORMAL} for anything else.
     */
    static int of(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readUnsignedShort() != 0xFFD8) {
            return NORMAL;
        }
        int read = 2;
        while (read < LOOK_AHEAD) {
            int marker = data.readUnsignedShort();
            if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                // past the header segments (start of scan), or not a JPEG we understand
                return NORMAL;
            }
            int length = data.readUnsignedShort() - 2;
            read += 4 + length;
            if (length < 0) {
                return NORMAL;
            }
            byte[] segment = new byte[length];
            data.readFully(segment);
            if (marker == 0xFFE1 && length > 14 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
                    && segment[3] == 'f' && segment[4] == 0 && segment[5] == 0) {
                return tiffOrientation(segment, 6);
            }
        }
        return NORMAL;
    }

    /** Orientation (tag 0x0112) from the first IFD of the TIFF structure at {@code base}. */
    private static int tiffOrientation(byte[] b, int base) {
        boolean little = b[base] == 'I' && b[base + 1] == 'I';
        if (!little && !(b[base] == 'M' && b[base + 1] == 'M')) {
            return NORMAL;
        }
        long ifd = base + unsigned32(b, base + 4, little);
        if (ifd + 2 > b.length) {
            return NORMAL;
        }
        int entries = unsigned16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > b.length) {
                return NORMAL;
            }
            if (unsigned16(b, entry, little) == 0x0112) {
                int value = unsigned16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int unsigned16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long unsigned32(byte[] b, int at, boolean little) {
        long high = unsigned16(b, little ? at + 2 : at, little);
        long low = unsigned16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }

    /** The image as it is meant to be seen: turned and mirrored as {@code orientation} says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, w); t.rotate(-Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> {
            }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }
}
