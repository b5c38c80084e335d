package cn.dangjian.bot.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.dangjian.bot.admin.AdminArguments;
import cn.dangjian.bot.admin.AdminProblem;
import cn.dangjian.bot.branch.Branch;

/**
 * {@code GET /api/v1/branches/{branchId}/ledger?year=YYYY}: the year's 台账 as a Word file, or with
 * {@code Accept: application/zip} a zip of it and every original file, streamed as it is written (a year of photos
 * never sits in memory). Admin token required, as for every {@code /api/v1} call.
 */
@RestController
class LedgerController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Ledger ledger;
    private final AdminArguments arguments;
    private final Clock clock;

    LedgerController(Ledger ledger, AdminArguments arguments, Clock clock) {
        this.ledger = ledger;
        this.arguments = arguments;
        this.clock = clock;
    }

    @GetMapping("/api/v1/branches/{branchId}/ledger")
    ResponseEntity<StreamingResponseBody> ledger(@PathVariable String branchId,
            @RequestParam(required = false) String year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Branch branch = arguments.branch(branchId);
        int wanted = year == null || year.isBlank() ? arguments.today().getYear() : arguments.year(year);
        if (wanted > arguments.today().getYear()) {
            throw new AdminProblem(HttpStatus.BAD_REQUEST, wanted + "年度尚未开始，无法导出台账。");
        }
        boolean zip = AdminArguments.prefers(accept, ZIP, DOCX,
                "台账可导出为Word文件（" + DOCX + "）或压缩包（application/zip）。");
        List<Ledger.Meeting> meetings = ledger.meetings(branch, wanted);
        String title = Ledger.title(branch, wanted);
        byte[] docx = ledger.docx(branch, wanted, null, meetings, clock.getZone());
        StreamingResponseBody body = zip ? out -> ledger.zip(title + ".docx", docx, meetings, out)
                : out -> out.write(docx);
        return ResponseEntity.ok().contentType(zip ? ZIP : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(title + (zip ? ".zip" : ".docx"), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
