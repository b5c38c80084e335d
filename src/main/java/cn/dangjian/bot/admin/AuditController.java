package cn.dangjian.bot.admin;

import static cn.dangjian.bot.admin.Csv.text;
import static cn.dangjian.bot.admin.Csv.value;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.year.AuditTrail;

/**
 * {@code GET /api/v1/branches/{branchId}/audit?year=YYYY}: who did what to which record, when, from which message —
 * every create, undo, edit (the changed fields before and after), attach and detach of the year's records and the
 * year's closings and reopenings, oldest first, as JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class AuditController {

    static final List<String> HEADER = List.of("id", "at", "action", "actor", "actorNick", "record", "activity",
            "recordDate", "year", "reason", "msgId", "before", "after", "version", "evidence");

    private final AuditTrail trail;
    private final AdminArguments arguments;

    AuditController(AuditTrail trail, AdminArguments arguments) {
        this.trail = trail;
        this.arguments = arguments;
    }

    /** An edit's changed fields in one cell: "participants=18; topic=" (an absent fact empty), in field order. */
    private static String changes(java.util.Map<String, String> fields) {
        if (fields == null) {
            return "";
        }
        return text(fields.entrySet().stream().map(f -> f.getKey() + "=" + (f.getValue() == null ? "" : f.getValue()))
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    @GetMapping("/api/v1/branches/{branchId}/audit")
    ResponseEntity<?> audit(@PathVariable String branchId, @RequestParam(required = false) String year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Branch branch = arguments.branch(branchId);
        int wanted = arguments.year(year);
        boolean csv = AdminArguments.prefers(accept, Csv.TYPE, MediaType.APPLICATION_JSON,
                "审计记录只能以 JSON（application/json）或 CSV（text/csv）格式提供。");
        List<AuditTrail.Entry> entries = trail.of(branch.id(), wanted);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
        }
        List<List<String>> rows = entries.stream().map(e -> Arrays.asList(e.id(), value(e.at()), e.action(),
                text(e.actor()), text(e.actorNick()), value(e.record()), value(e.activity()), value(e.recordDate()),
                Integer.toString(e.year()), text(e.reason()), text(e.msgId()), changes(e.before()),
                changes(e.after()), value(e.version()), text(e.evidence()))).toList();
        return Csv.download("audit-" + branch.id() + "-" + wanted + ".csv", Csv.of(HEADER, rows));
    }
}
