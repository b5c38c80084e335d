package cn.dangjian.bot.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.report.DocxDraft;

/**
 * The year's 台账 as an inspection asks for it: per meeting (三会一课, 主题党日 and every other record with evidence), in
 * date order, when, what, the topic, how many took part, who logged it and the record's number, with its photos and
 * the list of its files. A Word file in the drafts' GB/T 9704 layout ({@link DocxDraft}), photos scaled down to a few
 * hundred pixels before they go in (POI builds the document in memory), at most {@value #PHOTOS_SHOWN} a meeting; and a
 * zip that streams the Word file and every original file in a folder per meeting ("2026-11-20 主题党日 #23/").
 */
@Component
public class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    /** Photos a meeting shows in the Word file; the others are listed. */
    static final int PHOTOS_SHOWN = 4;

    /** The long side of a photo in the Word file, in pixels: sharp at 7 cm on paper, some 60 KB. */
    static final int PHOTO_PIXELS = 800;

    /** Photo width on the page: two side by side on the 156 mm line. */
    private static final double PHOTO_WIDTH_MM = 74;
    private static final double PHOTO_MAX_HEIGHT_MM = 56;

    /** One meeting of the ledger: the record and its files. */
    public record Meeting(ActivityRecord record, List<Evidence> files) {
    }

    private final ActivityStore records;
    private final EvidenceStore evidence;
    private final Catalogue catalogue;
    private final Blobs blobs;

    public Ledger(ActivityStore records, EvidenceStore evidence, Catalogue catalogue, Blobs blobs) {
        this.records = records;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.blobs = blobs;
    }

    /**
     * The year's meetings in date order: records of an obligation (三会一课, 主题党日 …, not dues) and every record with
     * evidence. Undone records are left out, their files with them.
     */
    public List<Meeting> meetings(Branch branch, int year) {
        List<ActivityRecord> all = records.year(branch.id(), year);
        Map<Long, List<Evidence>> files = evidence.of(branch.id(), all);
        List<Meeting> meetings = new ArrayList<>();
        for (ActivityRecord record : all) {
            List<Evidence> own = files.getOrDefault(record.id(), List.of());
            Activity activity = catalogue.find(record.activity()).orElse(null);
            boolean meeting = activity != null && activity.cadence() != null && !activity.countsMoney();
            if (meeting || !own.isEmpty()) {
                meetings.add(new Meeting(record, own));
            }
        }
        return meetings;
    }

    /** How many files the year's live records hold: the 佐证材料N份 of the year-end draft. */
    public int evidenceCount(Branch branch, int year) {
        return meetings(branch, year).stream().mapToInt(m -> m.files().size()).sum();
    }

    /** 机关第一党支部2026年度党建工作台账 */
    public static String title(Branch branch, int year) {
        return branch.name() + year + "年度党建工作台账";
    }

    /** The Word file of these meetings (a year's, or a part of it: {@code part} names it in the title, or null). */
    public byte[] docx(Branch branch, int year, String part, List<Meeting> meetings, ZoneId zone) {
        try (XWPFDocument doc = DocxDraft.officialDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxDraft.documentTitle(doc, branch.name() + "\n" + year + "年度党建工作台账" + (part == null ? "" : "（" + part + "）"));
            List<Evidence> all = meetings.stream().flatMap(m -> m.files().stream()).toList();
            XWPFParagraph overview = DocxDraft.paragraph(doc, true);
            DocxDraft.bodyText(overview, "本台账收录" + year + "年度" + (part == null ? "" : part) + "活动记录" + meetings.size()
                    + "条" + (all.isEmpty() ? "，暂无佐证材料" : "、佐证材料" + all.size() + "份（" + Evidence.counted(all) + "）")
                    + "，按活动日期排列。记录号即党建助手中的记录编号，佐证材料原件见同名压缩包中以日期、活动和记录号命名的文件夹。");
            int n = 0;
            for (Meeting meeting : meetings) {
                meeting(doc, ++n, meeting, zone);
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void meeting(XWPFDocument doc, int n, Meeting meeting, ZoneId zone) throws IOException {
        ActivityRecord r = meeting.record();
        String name = catalogue.find(r.activity()).map(Activity::name).orElse(r.activity());
        // a blank line between meetings, kept with the meeting it announces
        DocxDraft.paragraph(doc, false).setKeepNext(true);
        XWPFParagraph heading = DocxDraft.paragraph(doc, false);
        heading.setKeepNext(true);
        DocxDraft.headingText(heading, Chinese.numeral(n) + "、" + Chinese.monthDay(r.date()) + " " + name);
        line(doc, "时间：" + Chinese.date(r.date()));
        line(doc, "类型：" + name + (r.count() > 1 ? "（" + r.count() + "次）" : ""));
        if (r.topic() != null) {
            line(doc, "主题：" + r.topic());
        }
        if (r.participants() != null) {
            line(doc, "参加人数：" + r.participants() + "人");
        }
        line(doc, "登记：" + (r.senderNick() == null ? r.senderId() : r.senderNick()) + "，"
                + Chinese.dateTime(r.createdAt().atZone(zone).toLocalDateTime()) + "，记录#" + r.id());
        List<Evidence> files = meeting.files();
        line(doc, "佐证材料：" + (files.isEmpty() ? "无" : Evidence.counted(files)));
        List<Evidence> shown = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<String> names = names(files);
        for (int i = 0; i < files.size(); i++) {
            Evidence file = files.get(i);
            if (file.image() && shown.size() < PHOTOS_SHOWN && embeddable(file)) {
                shown.add(file);
            }
            else {
                listed.add(names.get(i));
            }
        }
        photos(doc, shown);
        if (!listed.isEmpty()) {
            XWPFParagraph p = DocxDraft.paragraph(doc, true);
            DocxDraft.smallText(p, (shown.isEmpty() ? "材料：" : "其余材料：") + String.join("、", listed));
        }
    }

    private static void line(XWPFDocument doc, String text) {
        XWPFParagraph p = DocxDraft.paragraph(doc, true);
        p.setKeepNext(true);
        DocxDraft.bodyText(p, text);
    }

    private static boolean embeddable(Evidence file) {
        return switch (file.type()) {
            case "jpg", "png", "gif", "bmp" -> true;
            default -> false;
        };
    }

    /** Two photos a line, scaled; a photo that cannot be read is left out of the page (it is in the zip). */
    private void photos(XWPFDocument doc, List<Evidence> shown) {
        XWPFParagraph p = null;
        for (int i = 0; i < shown.size(); i++) {
            byte[] jpeg;
            int[] size = new int[2];
            try {
                jpeg = scaled(shown.get(i), size);
            }
            catch (IOException | RuntimeException e) {
                log.warn("photo {} could not be scaled for the ledger", shown.get(i).sha256(), e);
                continue;
            }
            if (p == null || i % 2 == 0) {
                // the first line of photos stays on the page of the second
                p = DocxDraft.paragraph(doc, false);
                p.setKeepNext(i + 2 < shown.size());
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
            }
            double width = PHOTO_WIDTH_MM;
            double height = width * size[1] / size[0];
            if (height > PHOTO_MAX_HEIGHT_MM) {
                width = width * PHOTO_MAX_HEIGHT_MM / height;
                height = PHOTO_MAX_HEIGHT_MM;
            }
            XWPFRun run = p.createRun();
            if (i % 2 == 1) {
                run.setText(" ");
            }
            try {
                run.addPicture(new ByteArrayInputStream(jpeg), PictureType.JPEG, "photo" + i + ".jpg",
                        Units.toEMU(width * 72 / 25.4), Units.toEMU(height * 72 / 25.4));
            }
            catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("POI refused a JPEG it was given", e);
            }
        }
    }

    /**
     * The photo as a JPEG of at most {@link #PHOTO_PIXELS} on its long side, upright as its EXIF orientation says. It
     * is decoded already subsampled, so a 12-megapixel photo never sits in memory at full size.
     */
    private byte[] scaled(Evidence file, int[] size) throws IOException {
        try (InputStream in = new BufferedInputStream(blobs.open(file.sha256()), 64 * 1024)) {
            int orientation = Orientation.NORMAL;
            if (file.type().equals("jpg")) {
                in.mark(Orientation.MARK);
                try {
                    orientation = Orientation.of(in);
                }
                catch (IOException e) {
                    // a header we cannot follow: the photo as stored
                }
                in.reset();
            }
            return scaled(in, orientation, size);
        }
    }

    private static byte[] scaled(InputStream in, int orientation, int[] size) throws IOException {
        try (ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for these bytes");
            }
            ImageReader reader = readers.next();
            BufferedImage image;
            try {
                reader.setInput(images, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = Math.max(1, Math.max(width, height) / PHOTO_PIXELS);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            }
            finally {
                reader.dispose();
            }
            double scale = Math.min(1.0, PHOTO_PIXELS / (double) Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            BufferedImage upright = Orientation.upright(small, orientation);
            size[0] = upright.getWidth();
            size[1] = upright.getHeight();
            return jpeg(upright);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The folder of a meeting in the zip: 2026-11-20 主题党日 #23 */
    public String folder(Meeting meeting) {
        ActivityRecord r = meeting.record();
        return r.date() + " " + catalogue.find(r.activity()).map(Activity::name).orElse(r.activity()) + " #" + r.id();
    }

    /**
     * The files' names in a folder: the member's name for a file (made unique), 照片1.jpg, 签到表1.jpg … for pictures.
     * Nothing from the name can leave the folder: path separators and control characters become _.
     */
    static List<String> names(List<Evidence> files) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int[] numbers = new int[Evidence.Kind.values().length];
        for (Evidence file : files) {
            String name = file.name() == null || file.name().isBlank()
                    ? file.kind().chinese() + (++numbers[file.kind().ordinal()]) + "." + file.type()
                    : file.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            String unique = name;
            for (int i = 2; !taken.add(unique); i++) {
                int dot = name.lastIndexOf('.');
                unique = dot > 0 ? name.substring(0, dot) + "(" + i + ")" + name.substring(dot) : name + "(" + i + ")";
            }
            names.add(unique);
        }
        return names;
    }

    /**
     * Writes a zip to {@code out} as it goes: the Word file {@code docx} (when given) and every original file of the
     * meetings, read from the store one at a time.
     */
    public void zip(String docxName, byte[] docx, List<Meeting> meetings, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        // photos, PDF and today's Office files are compressed already: deflating them again costs time for nothing
        zip.setLevel(Deflater.NO_COMPRESSION);
        if (docx != null) {
            zip.putNextEntry(new ZipEntry(docxName));
            zip.write(docx);
            zip.closeEntry();
        }
        for (Meeting meeting : meetings) {
            if (meeting.files().isEmpty()) {
                continue;
            }
            String folder = folder(meeting) + "/";
            List<String> names = names(meeting.files());
            for (int i = 0; i < meeting.files().size(); i++) {
                String type = meeting.files().get(i).type();
                boolean raw = type.equals("bmp") || type.equals("doc") || type.equals("xls") || type.equals("ppt");
                zip.setLevel(raw ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
                zip.putNextEntry(new ZipEntry(folder + names.get(i)));
                try (InputStream in = blobs.open(meeting.files().get(i).sha256())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
