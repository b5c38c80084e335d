package cn.dangjian.bot.admin;

import java.util.List;

import org.springframework.http.HttpHeaders;
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

    static final MediaType CSV = Csv.TYPE;

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
        return Csv.download("records-" + branch.id() + "-" + wanted + ".csv", RecordsCsv.of(records));
    }

    static boolean wantsCsv(String accept) {
        return AdminArguments.prefers(accept, CSV, MediaType.APPLICATION_JSON,
                "记录只能以 JSON（application/json）或 CSV（text/csv）格式提供。");
    }
}
