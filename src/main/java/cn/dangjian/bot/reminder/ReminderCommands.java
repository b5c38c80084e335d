package cn.dangjian.bot.reminder;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;

/**
 * 暂停提醒 / 恢复提醒 (a secretary or an organisation admin; idempotent per msgId) and 提醒设置 (anyone in the
 * branch).
 */
@Component
class ReminderCommands implements CommandHandler<Command.Reminders> {

    static final String ONLY_LEADS = "抱歉，暂停或恢复提醒需由支部书记或组织管理员操作。如有需要，请联系本支部书记。";

    private final ReminderSchedules schedules;
    private final ReminderPauses pauses;
    private final Clock clock;
    private final Shapes shapes;

    ReminderCommands(ReminderSchedules schedules, ReminderPauses pauses, Clock clock, Shapes shapes) {
        this.shapes = shapes;
        this.schedules = schedules;
        this.pauses = pauses;
        this.clock = clock;
    }

    @Override
    public Class<Command.Reminders> command() {
        return Command.Reminders.class;
    }

    /** Anyone in the branch may see the settings; pausing and resuming are the secretary's. */
    @Override
    public Role required(Command.Reminders command) {
        return command.action() == Command.Reminders.Action.SHOW ? Role.MEMBER : Role.SECRETARY;
    }

    @Override
    public String refusal(Command.Reminders command) {
        return ONLY_LEADS;
    }

    @Override
    public Reply handle(Command.Reminders command, Turn turn) {
        Branch branch = shapes.effective(turn.branch());
        return switch (command.action()) {
            case SHOW -> show(branch);
            case PAUSE -> {
                ReminderPauses.Change change = pauses.pause(branch.id(), turn.message().senderStaffId(),
                        clock.instant(), turn.message().msgId());
                yield Reply.text(change == ReminderPauses.Change.DONE
                        ? "已暂停本支部的组织生活提醒。需要恢复时，请发送“恢复提醒”。"
                        : "本支部的提醒此前已暂停。需要恢复时，请发送“恢复提醒”。");
            }
            case RESUME -> {
                if (pauses.resume(branch.id(), turn.message().msgId()) == ReminderPauses.Change.ALREADY) {
                    yield Reply.text("本支部的提醒正常开启，无需恢复。发送“提醒设置”可查看下次提醒时间。");
                }
                yield Reply.text("已恢复本支部的组织生活提醒。" + nextOf(branch).map(next -> "下次提醒将于" + when(next) + "发出。")
                        .orElse(""));
            }
        };
    }

    private Reply show(Branch branch) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        StringBuilder text = new StringBuilder("#### ").append(branch.name()).append("提醒设置\n");
        for (ReminderKind kind : ReminderKind.values()) {
            text.append("\n- ").append(kind.chineseName()).append("：");
            boolean owes = branch.obligations().values().stream().anyMatch(c -> c == kind.cadence());
            Optional<Schedule> schedule = schedules.schedule(branch.id(), kind);
            if (!owes) {
                text.append("本支部无此类规定动作，不发送");
            }
            else if (schedule.isEmpty()) {
                text.append("未开启");
            }
            else {
                text.append(schedule.get().next(now).map(next -> "下次于" + when(next) + moved(schedule.get(), next))
                        .orElse("已无后续安排"));
            }
        }
        text.append("\n\n");
        if (pauses.paused(branch.id())) {
            text.append("本支部的提醒目前**已暂停**。需要恢复时，请支部书记发送“恢复提醒”。");
        }
        else {
            text.append("提醒于规定时间发到本群，列出尚未记录的规定动作。如需暂停，请支部书记发送“暂停提醒”。");
        }
        return Reply.markdown(branch.name() + "提醒设置", text.toString());
    }

    private Optional<ZonedDateTime> nextOf(Branch branch) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Optional<ZonedDateTime> next = Optional.empty();
        for (ReminderKind kind : ReminderKind.values()) {
            boolean owes = branch.obligations().values().stream().anyMatch(c -> c == kind.cadence());
            Optional<ZonedDateTime> fire = owes ? schedules.schedule(branch.id(), kind).flatMap(s -> s.next(now))
                    : Optional.empty();
            if (fire.isPresent() && (next.isEmpty() || fire.get().isBefore(next.get()))) {
                next = fire;
            }
        }
        return next;
    }

    /** （原定10月25日，逢休息日提前）: why the reminder does not go on its usual day. */
    private static String moved(Schedule schedule, ZonedDateTime fire) {
        Period period = Period.of(schedule.kind().cadence(), fire.toLocalDate());
        return schedule.planned(period).filter(planned -> !planned.toLocalDate().equals(fire.toLocalDate()))
                .map(planned -> "（原定" + Chinese.monthDay(planned) + "，"
                        + (planned.isAfter(fire) ? "因休息日或节假日提前" : "逢休息日顺延") + "）")
                .orElse("");
    }

    /** 2026年3月25日（星期三）09:05. */
    static String when(ZonedDateTime time) {
        return Chinese.dateWeekdayTime(time.toLocalDateTime());
    }
}
