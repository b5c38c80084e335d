package cn.dangjian.bot.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.report.DraftKind;
import cn.dangjian.bot.report.Drafts;
import cn.dangjian.bot.year.DraftArchive;
import cn.dangjian.bot.year.YearBook;

/**
 * 汇总各支部述职报告: every branch's 述职报告 draft of a year, in one zip for the 述职评议 meeting, in the committee's
 * file order. A branch that closed the year gives its final draft as archived at closing (what its secretary signed
 * off), not one made again today. DingTalk takes files up to 20 MB: a committee whose drafts come to more gets
 * several zips (第1部分 …).
 */
@Service
class DutyReports {

    private static final Logger log = LoggerFactory.getLogger(DutyReports.class);

    /** Bytes of drafts per zip: under DingTalk's 20 MB upload with room for the zip's own directory. */
    static final int MAX_ZIP_BYTES = 19 * 1024 * 1024;

    private final Drafts drafts;
    private final YearBook years;
    private final DraftArchive archive;

    DutyReports(Drafts drafts, YearBook years, DraftArchive archive) {
        this.drafts = drafts;
        this.years = years;
        this.archive = archive;
    }

    /**
     * The zips, the branches whose draft could not be made (named in the chat, never silently left out) and how many
     * drafts are the final ones of a closed year.
     */
    record Bundle(List<Message.File> zips, List<Branch> failed, int finals) {
    }

    Bundle bundle(Committee committee, List<Branch> branches, int year) {
        List<List<byte[]>> parts = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        List<Branch> failed = new ArrayList<>();
        int finals = 0;
        long size = 0;
        for (Branch branch : branches) {
            byte[] docx;
            String name;
            try {
                if (years.status(branch.id(), year).closed()) {
                    DraftArchive.Archived closed = archive.finalDraft(branch, year, DraftKind.DUTY_REPORT);
                    docx = closed.docx();
                    name = closed.fileName();
                    finals++;
                }
                else {
                    Drafts.Composed composed = drafts.compose(branch, year, DraftKind.DUTY_REPORT);
                    docx = drafts.docx(composed);
                    name = composed.fileName();
                }
            }
            catch (RuntimeException e) {
                log.error("The {} 述职报告 of branch {} could not be made for committee {}", year, branch.id(),
                        committee.id(), e);
                failed.add(branch);
                continue;
            }
            if (parts.isEmpty() || size + docx.length > MAX_ZIP_BYTES) {
                parts.add(new ArrayList<>());
                names.add(new ArrayList<>());
                size = 0;
            }
            parts.get(parts.size() - 1).add(docx);
            names.get(names.size() - 1).add(name);
            size += docx.length;
        }
        List<Message.File> zips = new ArrayList<>();
        String base = committee.name() + year + "年度各支部述职报告";
        for (int i = 0; i < parts.size(); i++) {
            String fileName = parts.size() == 1 ? base + ".zip" : base + "（第" + (i + 1) + "部分）.zip";
            zips.add(new Message.File(fileName, zip(names.get(i), parts.get(i))));
        }
        return new Bundle(zips, failed, finals);
    }

    /** Entry names in UTF-8 (Java's default, flagged so): Windows' Explorer and WPS show the Chinese names. */
    static byte[] zip(List<String> names, List<byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<String> used = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String name = names.get(i);
                // two branches of one name would overwrite each other in the folder the zip is unpacked to
                String unique = used.contains(name) ? name.replace(".docx", "（" + (i + 1) + "）.docx") : name;
                used.add(unique);
                zip.putNextEntry(new ZipEntry(unique));
                zip.write(files.get(i));
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
