package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branch;

/**
 * {@code GET /api/v1/branches/{branchId}/records?year=YYYY}: the year's live records, oldest first, as JSON, or as
 * CSV with {@code Accept: text/csv}.
 */
@RestController
class RecordsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final AdminArguments arguments;

    RecordsController(ActivityStore store, Catalogue catalogue, AdminArguments arguments) {
        this.store = store;
        this.catalogue = catalogue;
        this.arguments = arguments;
    }

    @GetMapping("/api/v1/branches/{branchId}/records")
    ResponseEntity<?> records(@PathVariable String branchId, @RequestParam(required = false) String year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Branch branch = arguments.branch(branchId);
        int wanted = arguments.year(year);
        boolean csv = wantsCsv(accept);
        List<RecordView> records = store.year(branch.id(), wanted).stream()
                .map(r -> RecordView.of(r, catalogue)).toList();
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(records);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("records-" + branch.id() + "-" + wanted + ".csv").build().toString())
                .body(RecordsCsv.of(records));
    }

    /** The caller's first choice, by quality, between JSON (the default, also for any type) and CSV. */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        }
        catch (InvalidMediaTypeException e) {
            throw notAcceptable();
        }
        MediaType best = types.stream()
                .filter(t -> t.getQualityValue() > 0)
                .filter(t -> t.includes(MediaType.APPLICATION_JSON) || t.includes(CSV))
                .max(Comparator.comparingDouble(MediaType::getQualityValue))
                .orElseThrow(RecordsController::notAcceptable);
        return !best.includes(MediaType.APPLICATION_JSON);
    }

    private static AdminProblem notAcceptable() {
        return new AdminProblem(HttpStatus.NOT_ACCEPTABLE, "记录只能以 JSON（application/json）或 CSV（text/csv）格式提供。");
    }
}
