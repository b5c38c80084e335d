package cn.dangjian.bot.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.report.DraftKind;
import cn.dangjian.bot.year.DraftArchive;
import cn.dangjian.bot.year.YearBook;
import cn.dangjian.bot.year.YearStatus;

/**
 * {@code GET /api/v1/branches/{branchId}/years/{year}}: whether the branch's year is open or closed, who closed or
 * reopened it, when and why, and the final drafts archived at closing, downloadable at
 * {@code …/years/{year}/archive/{kind}} (Word, or Markdown with {@code Accept: text/markdown}) with the numbers
 * they were made from at {@code …/archive/{kind}/model}.
 */
@RestController
class YearsController {

    private final YearBook book;
    private final DraftArchive archive;
    private final AdminArguments arguments;

    YearsController(YearBook book, DraftArchive archive, AdminArguments arguments) {
        this.book = book;
        this.archive = archive;
        this.arguments = arguments;
    }

    @GetMapping("/api/v1/branches/{branchId}/years/{year}")
    Map<String, Object> year(@PathVariable String branchId, @PathVariable String year) {
        Branch branch = arguments.branch(branchId);
        int wanted = arguments.year(year);
        YearStatus status = book.status(branch.id(), wanted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("branch", branch.id());
        body.put("year", wanted);
        body.put("state", status.closed() ? "closed" : "open");
        change(body, "closed", status.closing());
        change(body, "reopened", status.reopening());
        body.put("reopenReason", status.reopenReason());
        Instant archivedAt = archive.archivedAt(branch.id(), wanted).orElse(null);
        if (archivedAt == null) {
            body.put("archive", null);
            return body;
        }
        List<Map<String, Object>> drafts = new ArrayList<>();
        String base = "/api/v1/branches/" + branch.id() + "/years/" + wanted + "/archive/";
        for (DraftKind kind : DraftKind.values()) {
            Map<String, Object> draft = new LinkedHashMap<>();
            draft.put("kind", kind.key());
            draft.put("download", base + kind.key());
            draft.put("model", base + kind.key() + "/model");
            drafts.add(draft);
        }
        Map<String, Object> archived = new LinkedHashMap<>();
        archived.put("archivedAt", archivedAt);
        archived.put("drafts", drafts);
        body.put("archive", archived);
        return body;
    }

    private static void change(Map<String, Object> body, String name, YearStatus.Change change) {
        body.put(name + "By", change == null ? null : change.by());
        body.put(name + "ByNick", change == null ? null : change.byNick());
        body.put(name + "At", change == null ? null : change.at());
        body.put(name + "MsgId", change == null ? null : change.msgId());
    }

    @GetMapping("/api/v1/branches/{branchId}/years/{year}/archive/{kind}")
    ResponseEntity<?> draft(@PathVariable String branchId, @PathVariable String year, @PathVariable String kind,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DraftArchive.Archived archived = archived(branchId, year, kind);
        if (DraftsController.wantsMarkdown(accept)) {
            return ResponseEntity.ok().contentType(DraftsController.MARKDOWN).body(archived.markdown());
        }
        return DraftsController.docx(archived.fileName(), archived.docx());
    }

    @GetMapping("/api/v1/branches/{branchId}/years/{year}/archive/{kind}/model")
    ResponseEntity<String> model(@PathVariable String branchId, @PathVariable String year, @PathVariable String kind) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(archived(branchId, year, kind).model());
    }

    private DraftArchive.Archived archived(String branchId, String year, String kind) {
        Branch branch = arguments.branch(branchId);
        int wanted = arguments.year(year);
        DraftKind draftKind = DraftKind.of(kind).orElseThrow(() -> new AdminProblem(HttpStatus.NOT_FOUND,
                "草稿类型“" + kind + "”无效，请填写 duty-report（述职报告）或 work-summary（党建工作总结）。"));
        return archive.read(branch.id(), wanted, draftKind).orElseThrow(() -> new AdminProblem(HttpStatus.NOT_FOUND,
                wanted + "年度尚无存档的终稿：年度关账时才存档。"));
    }
}
