package cn.dangjian.bot.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.reminder.ReminderKind;
import cn.dangjian.bot.reminder.Reminders;

/**
 * {@code POST /api/v1/branches/{branchId}/reminders/{kind}}: sends that reminder to the branch now, computed from
 * today's records, whatever the schedule, a pause or an earlier send say; for an operator who must resend one.
 * Answers {@code {branch, kind, period, outcome}}; 404 for an unknown branch or kind, 409 when the branch has nowhere
 * to receive it, 502 when DingTalk refused it.
 */
@RestController
class RemindersController {

    private final AdminArguments arguments;
    private final Reminders reminders;

    RemindersController(AdminArguments arguments, Reminders reminders) {
        this.arguments = arguments;
        this.reminders = reminders;
    }

    @PostMapping("/api/v1/branches/{branchId}/reminders/{kind}")
    ResponseEntity<Map<String, Object>> sendNow(@PathVariable String branchId, @PathVariable String kind) {
        Branch branch = arguments.branch(branchId);
        ReminderKind reminder = ReminderKind.ofKey(kind).orElseThrow(() -> new AdminProblem(HttpStatus.NOT_FOUND,
                "提醒类型“" + kind + "”无效，请填写 monthly（每月）、quarterly（季度）或 yearly（年度）。"));
        Reminders.Outcome outcome = reminders.sendNow(branch, reminder);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("branch", branch.id());
        body.put("kind", reminder.key());
        body.put("period", Reminders.periodKey(Period.of(reminder.cadence(), arguments.today())));
        body.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        return switch (outcome) {
            case NO_DESTINATION -> {
                body.put("error", "该支部未配置钉钉群或自定义机器人，提醒无处发送。");
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(body);
            }
            case REFUSED -> {
                body.put("error", "钉钉拒绝了该提醒，原因已记入日志。");
                yield ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
            }
            default -> ResponseEntity.ok(body);
        };
    }
}
