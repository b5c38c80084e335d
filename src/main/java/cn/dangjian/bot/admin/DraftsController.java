package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.report.DraftKind;
import cn.dangjian.bot.report.Drafts;

/**
 * {@code POST /api/v1/branches/{branchId}/drafts?year=YYYY&kind=duty-report|work-summary}: the draft as a Word file,
 * or as Markdown with {@code Accept: text/markdown}. The year defaults as in chat (the previous one in January and
 * February), the kind to the duty report.
 */
@RestController
class DraftsController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final Branches branches;
    private final Drafts drafts;

    DraftsController(Branches branches, Drafts drafts) {
        this.branches = branches;
        this.drafts = drafts;
    }

    @PostMapping("/api/v1/branches/{branchId}/drafts")
    ResponseEntity<?> draft(@PathVariable String branchId, @RequestParam Optional<Integer> year,
            @RequestParam(defaultValue = "duty-report") String kind,
            @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "*/*") String accept) {
        Optional<Branch> branch = branches.byId(branchId);
        if (branch.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "未找到支部 " + branchId + "（见 bot-config/branches.yml）。");
        }
        Optional<DraftKind> draftKind = DraftKind.of(kind);
        if (draftKind.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "kind 应为 duty-report（述职报告）或 work-summary（党建工作总结）。");
        }
        int draftYear = year.orElseGet(() -> Drafts.defaultYear(drafts.today()));
        if (!Drafts.begun(draftYear, drafts.today())) {
            return problem(HttpStatus.BAD_REQUEST, draftYear + "年度尚未开始。");
        }
        Drafts.Composed composed = drafts.compose(branch.get(), draftYear, draftKind.get());
        if (MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.isCompatibleWith(MARKDOWN) && !t.isWildcardType())) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(drafts.markdown(composed));
        }
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(composed.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(drafts.docx(composed));
    }

    private static ResponseEntity<String> problem(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(text);
    }
}
