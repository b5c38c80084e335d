package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.report.DraftKind;
import cn.dangjian.bot.report.Drafts;
import cn.dangjian.bot.year.DraftArchive;
import cn.dangjian.bot.year.YearBook;

/**
 * {@code POST /api/v1/branches/{branchId}/drafts?year=YYYY&kind=duty-report|work-summary}: the year's draft as a
 * Word file, or as Markdown with {@code Accept: text/markdown}. Without a year, the one a secretary would get in
 * chat (the previous year in January and February unless it is closed, else the current one); without a kind, the
 * duty report. A closed year's draft is the one archived when it was closed.
 */
@RestController
class DraftsController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Drafts drafts;
    private final YearBook book;
    private final DraftArchive archive;
    private final AdminArguments arguments;

    DraftsController(Drafts drafts, YearBook book, DraftArchive archive, AdminArguments arguments) {
        this.drafts = drafts;
        this.book = book;
        this.archive = archive;
        this.arguments = arguments;
    }

    @PostMapping("/api/v1/branches/{branchId}/drafts")
    ResponseEntity<?> draft(@PathVariable String branchId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String kind,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Branch branch = arguments.branch(branchId);
        Set<Integer> closed = book.closedYears(branch.id());
        int wanted = year(closed, year);
        DraftKind draftKind = kind(kind);
        boolean markdown = wantsMarkdown(accept);
        if (closed.contains(wanted)) {
            // a closed year's draft is the one archived when it was closed, never a new one
            DraftArchive.Archived archived = archive.finalDraft(branch, wanted, draftKind);
            return markdown ? ResponseEntity.ok().contentType(MARKDOWN).body(archived.markdown())
                    : docx(archived.fileName(), archived.docx());
        }
        Drafts.Composed composed = drafts.compose(branch, wanted, draftKind);
        if (markdown) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(drafts.markdown(composed));
        }
        return docx(composed.fileName(), drafts.docx(composed));
    }

    /**
     * {@code GET …/drafts/model?year&kind}: the numbers of the draft the POST would make, as JSON: every figure with
     * the records it rests on ({@code facts.*.records}: id and date; the table's rows likewise), so that a reader
     * checks any number of a draft in one step. A closed year's is the archived one.
     */
    @GetMapping("/api/v1/branches/{branchId}/drafts/model")
    ResponseEntity<String> model(@PathVariable String branchId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String kind) {
        Branch branch = arguments.branch(branchId);
        Set<Integer> closed = book.closedYears(branch.id());
        int wanted = year(closed, year);
        DraftKind draftKind = kind(kind);
        String json = closed.contains(wanted) ? archive.finalDraft(branch, wanted, draftKind).model()
                : JSON.writeValueAsString(drafts.compose(branch, wanted, draftKind).model());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    /** The year asked for, by default the one being drafted ({@link YearBook#draftYear}); one that has begun. */
    private int year(Set<Integer> closed, String year) {
        int wanted = year == null || year.isBlank() ? YearBook.draftYear(arguments.today(), closed)
                : arguments.year(year);
        if (!Drafts.begun(wanted, arguments.today())) {
            throw new AdminProblem(HttpStatus.BAD_REQUEST, wanted + "年度尚未开始，无法生成草稿。");
        }
        return wanted;
    }

    /** The kind asked for, by default the 述职报告. */
    private static DraftKind kind(String kind) {
        return kind == null || kind.isBlank() ? DraftKind.DUTY_REPORT
                : DraftKind.of(kind.strip()).orElseThrow(() -> new AdminProblem(HttpStatus.BAD_REQUEST,
                        "草稿类型“" + kind + "”无效，请填写 duty-report（述职报告）或 work-summary（党建工作总结）。"));
    }

    static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    static boolean wantsMarkdown(String accept) {
        return AdminArguments.prefers(accept, MARKDOWN, DOCX,
                "草稿只能以 Word 文件（" + DOCX + "）或 Markdown（text/markdown）格式提供。");
    }
}
