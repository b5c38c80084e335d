package cn.dangjian.bot.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.dingtalk.Message;

/**
 * The reminder as the branch reads it: short, formal, naming what is missing and what is done, addressed to the
 * secretaries (mentioned where the channel can). Computed at send time from the branch's progress.
 */
final class ReminderText {

    private ReminderText() {
    }

    /**
     * The reminder of {@code kind} for the progress of its period, or empty when it has nothing to say: the branch
     * owes nothing of this rhythm, or owes nothing more and the organisation does not acknowledge completion.
     */
    static Optional<Message.Markdown> compose(Branch branch, ReminderKind kind, Progress progress, LocalDate today,
            boolean acknowledgeComplete) {
        return compose(branch, kind, progress, today, acknowledgeComplete, null);
    }

    /** @param note a last paragraph for the organisation's admins, or null */
    static Optional<Message.Markdown> compose(Branch branch, ReminderKind kind, Progress progress, LocalDate today,
            boolean acknowledgeComplete, String note) {
        return body(branch, kind, progress, today, acknowledgeComplete).map(message -> note == null ? message
                : new Message.Markdown(message.title(), message.text() + "\n\n" + note, message.mentions()));
    }

    private static Optional<Message.Markdown> body(Branch branch, ReminderKind kind, Progress progress,
            LocalDate today, boolean acknowledgeComplete) {
        List<Progress.Item> items = progress.items().stream().filter(i -> i.cadence() == kind.cadence()).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Period period = Period.of(kind.cadence(), today);
        String title = title(kind, period);
        StringBuilder text = new StringBuilder("#### ").append(branch.name()).append(title).append("\n\n");
        List<Progress.Item> missing = items.stream().filter(i -> !i.complete()).toList();
        List<Progress.Item> done = items.stream().filter(Progress.Item::complete).toList();
        if (missing.isEmpty()) {
            if (!acknowledgeComplete) {
                return Optional.empty();
            }
            text.append(scope(kind)).append("各项").append(kind == ReminderKind.YEARLY ? "年度工作" : "组织生活")
                    .append("均已记录在案，谢谢大家。");
            if (kind == ReminderKind.YEARLY) {
                text.append(draftLine(period));
            }
            return Optional.of(new Message.Markdown(title, text.toString(), List.of()));
        }
        text.append("截至").append(today.getMonthValue()).append('月').append(today.getDayOfMonth()).append("日，")
                .append(scope(kind)).append("尚未记录以下工作：\n");
        missing.forEach(item -> text.append("\n- ").append(item.activity().name()));
        text.append("\n\n");
        if (!done.isEmpty()) {
            text.append("已记录：");
            for (int i = 0; i < done.size(); i++) {
                Progress.Item item = done.get(i);
                text.append(i == 0 ? "" : "、").append(item.activity().name());
                if (!item.activity().countsMoney()) {
                    text.append(item.done()).append(item.activity().unit());
                }
            }
            text.append("。\n\n");
        }
        text.append("请支部书记统筹安排，于").append(deadline(kind, period)).append("前组织开展");
        Optional<Progress.Item> example = missing.stream().filter(i -> !i.activity().countsMoney()).findFirst();
        text.append(example.map(i -> "；开展后请在群里@我登记，例如“" + i.activity().name() + " 已开展”。")
                .orElse("；完成后请在群里@我登记。"));
        if (kind == ReminderKind.YEARLY) {
            text.append(draftLine(period));
        }
        return Optional.of(new Message.Markdown(title, text.toString(), branch.secretaries()));
    }

    /** 3月组织生活提醒, 第二季度组织生活提醒, 2026年度组织生活提醒. */
    static String title(ReminderKind kind, Period period) {
        return switch (kind) {
            case MONTHLY -> period.label() + "组织生活提醒";
            case QUARTERLY -> period.label() + "组织生活提醒";
            case YEARLY -> period.year() + "年度组织生活提醒";
        };
    }

    private static String scope(ReminderKind kind) {
        return switch (kind) {
            case MONTHLY -> "本月";
            case QUARTERLY -> "本季度";
            case YEARLY -> "今年";
        };
    }

    private static String deadline(ReminderKind kind, Period period) {
        return switch (kind) {
            case MONTHLY -> "月底";
            case QUARTERLY -> Chinese.monthDay(period.end());
            case YEARLY -> "年底";
        };
    }

    /**
     * The yearly reminder of 1 December says so when next year's schedule is missing: the State Council publishes it
     * in November or December, and without it next year's reminders only know weekends.
     */
    static String missingCalendar(int year) {
        return "bot-config/calendar/ 中尚无" + year + "年的节假日安排，" + year
                + "年的提醒将只避开周末、不避开法定节假日和调休。国务院办公厅的" + year + "年节假日安排通知发布后，请据此补充 "
                + year + ".yml。";
    }

    private static String draftLine(Period year) {
        return "\n\n全年记录可用于起草年度述职报告，如需初稿，请在群里@我发送“生成" + year.year() + "年度述职报告”。";
    }
}
