package cn.dangjian.bot.committee;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.chinese.Chinese;

/**
 * The committee's branches × obligations as a PNG: one row per branch (the most behind first), one column per
 * obligation, each cell done, partly done, missing or not owed over the year so far. The labels are Chinese, drawn in
 * a CJK font of the machine (the image installs fonts-noto-cjk); without one there is no picture rather than one of
 * missing-glyph boxes, and the text answer carries the same data.
 */
public final class HeatMap {

    private static final Logger log = LoggerFactory.getLogger(HeatMap.class);

    /** CJK fonts in order of preference; the first installed that draws every label is used. */
    private static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "Noto Serif CJK SC", "SimSun", "AR PL UMing CN", "AR PL UKai CN");

    private static final Color DONE = new Color(0x3B, 0x9A, 0x5B);
    private static final Color PARTLY = new Color(0xF0, 0xB4, 0x29);
    private static final Color MISSING = new Color(0xD2, 0x3F, 0x31);
    private static final Color NOT_STARTED = new Color(0xC8, 0xD6, 0xE5);
    private static final Color NOT_OWED = new Color(0xE4, 0xE4, 0xE4);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = Color.WHITE;

    private static final int CELL_WIDTH = 26;
    private static final int ROW = 22;
    private static final int PAD = 16;
    private static final int LABEL_SIZE = 14;

    private static volatile Set<String> installed;

    private HeatMap() {
    }

    /** The PNG, or empty when the machine has no font that draws the labels' Chinese. */
    public static Optional<byte[]> png(Board board) {
        String title = board.committee().name() + "各支部履职情况（" + board.asOf().getYear() + "年1月1日至"
                + Chinese.monthDay(board.asOf()) + "）";
        StringBuilder labels = new StringBuilder(title).append("已完成部分完成未开展不适用");
        board.obligations().forEach(a -> labels.append(a.name()));
        board.standings().forEach(s -> labels.append(s.branch().name()));
        Optional<Font> font = font(labels.toString());
        if (font.isEmpty()) {
            log.warn("No CJK font draws the heat map's labels (install fonts-noto-cjk); the progress goes as text only");
            return Optional.empty();
        }
        return Optional.of(draw(board, title, font.get()));
    }

    /** The first preferred CJK font installed that can draw {@code text}. */
    static Optional<Font> font(String text) {
        if (installed == null) {
            installed = Set.copyOf(Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        }
        return FAMILIES.stream().filter(installed::contains).map(f -> new Font(f, Font.PLAIN, LABEL_SIZE))
                .filter(f -> f.canDisplayUpTo(text) == -1).findFirst();
    }

    private static byte[] draw(Board board, String title, Font font) {
        List<Activity> columns = board.obligations();
        List<Standing> rows = board.standings();
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        int nameWidth = rows.stream().mapToInt(s -> metrics.stringWidth(s.branch().name())).max().orElse(0) + 12;
        int headerChars = columns.stream().mapToInt(a -> a.name().length()).max().orElse(0);
        int lineHeight = metrics.getHeight() - 2;
        int titleHeight = 2 * ROW + 8;
        int headerHeight = headerChars * lineHeight + 8;
        int gridTop = PAD + titleHeight + headerHeight;
        int width = Math.max(PAD * 2 + nameWidth + columns.size() * CELL_WIDTH,
                PAD * 2 + metrics.stringWidth(title));
        int height = gridTop + rows.size() * ROW + PAD;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette());
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(font);
            g.setColor(INK);
            int baseline = PAD + metrics.getAscent();
            g.drawString(title, PAD, baseline);
            int x = PAD;
            for (Standing.State state : Standing.State.values()) {
                g.setColor(color(state));
                g.fillRect(x, baseline + 10, 14, 14);
                g.setColor(INK);
                g.drawString(state.chinese(), x + 18, baseline + 10 + metrics.getAscent() - 2);
                x += 18 + metrics.stringWidth(state.chinese()) + 16;
            }
            // column labels one character a line: Chinese reads down as well as across
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                int cx = PAD + nameWidth + c * CELL_WIDTH;
                for (int i = 0; i < name.length(); i++) {
                    String ch = name.substring(i, i + 1);
                    g.drawString(ch, cx + (CELL_WIDTH - metrics.stringWidth(ch)) / 2,
                            PAD + titleHeight + i * lineHeight + metrics.getAscent());
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                Standing standing = rows.get(r);
                int y = gridTop + r * ROW;
                g.setColor(INK);
                g.drawString(standing.branch().name(), PAD, y + (ROW + metrics.getAscent() - metrics.getDescent()) / 2);
                for (int c = 0; c < columns.size(); c++) {
                    g.setColor(color(standing.state(columns.get(c))));
                    g.fillRect(PAD + nameWidth + c * CELL_WIDTH, y, CELL_WIDTH, ROW);
                    g.setColor(GRID);
                    g.drawRect(PAD + nameWidth + c * CELL_WIDTH, y, CELL_WIDTH, ROW);
                }
            }
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static Color color(Standing.State state) {
        return switch (state) {
            case DONE -> DONE;
            case PARTLY -> PARTLY;
            case MISSING -> MISSING;
            case NOT_STARTED -> NOT_STARTED;
            case NOT_OWED -> NOT_OWED;
        };
    }

    /**
     * The cells' colours, white and the ink, with grey steps for the labels' smoothed edges: an indexed image is a
     * tenth of the size of a true-colour one, and is written faster.
     */
    private static IndexColorModel palette() {
        Color[] fixed = {Color.WHITE, INK, DONE, PARTLY, MISSING, NOT_STARTED, NOT_OWED};
        int size = fixed.length + 16;
        byte[] r = new byte[size];
        byte[] gr = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0; i < fixed.length; i++) {
            r[i] = (byte) fixed[i].getRed();
            gr[i] = (byte) fixed[i].getGreen();
            b[i] = (byte) fixed[i].getBlue();
        }
        for (int i = 0; i < 16; i++) {
            int level = 0x22 + (0xFF - 0x22) * i / 15;
            r[fixed.length + i] = (byte) level;
            gr[fixed.length + i] = (byte) level;
            b[fixed.length + i] = (byte) level;
        }
        return new IndexColorModel(8, size, r, gr, b);
    }
}
