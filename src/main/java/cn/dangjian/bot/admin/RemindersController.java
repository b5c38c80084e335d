package cn.dangjian.bot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.reminder.ReminderKind;
import cn.dangjian.bot.reminder.Reminders;

/**
 * {@code POST /api/v1/branches/{branchId}/reminders/{kind}}: sends that reminder to the branch now, computed from
 * today's records, whatever the schedule, a pause or an earlier send say; for an operator who must resend one.
 */
@RestController
class RemindersController {

    private final Branches branches;
    private final Reminders reminders;
    private final Clock clock;

    RemindersController(Branches branches, Reminders reminders, Clock clock) {
        this.branches = branches;
        this.reminders = reminders;
        this.clock = clock;
    }

    @PostMapping("/api/v1/branches/{branchId}/reminders/{kind}")
    ResponseEntity<Map<String, Object>> sendNow(@PathVariable String branchId, @PathVariable String kind) {
        Branch branch = branches.byId(branchId).orElse(null);
        if (branch == null) {
            return error(HttpStatus.NOT_FOUND, "未找到编号为“" + branchId + "”的党支部。");
        }
        ReminderKind reminder = ReminderKind.ofKey(kind).orElse(null);
        if (reminder == null) {
            return error(HttpStatus.NOT_FOUND, "提醒类型应为 monthly、quarterly 或 yearly，收到的是“" + kind + "”。");
        }
        Reminders.Outcome outcome = reminders.sendNow(branch, reminder);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("branch", branch.id());
        body.put("kind", reminder.key());
        body.put("period", Reminders.periodKey(Period.of(reminder.cadence(), LocalDate.now(clock))));
        body.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        return switch (outcome) {
            case SENT, ACKNOWLEDGED, NOTHING_TO_SAY, PAUSED -> ResponseEntity.ok(body);
            case NO_DESTINATION -> {
                body.put("error", "该支部未配置钉钉群或自定义机器人，提醒无处发送。");
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(body);
            }
            case REFUSED -> {
                body.put("error", "钉钉拒绝了该提醒，原因已记入日志。");
                yield ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
            }
        };
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
