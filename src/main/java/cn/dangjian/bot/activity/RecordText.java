package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;

/** How a record and a progress read in chat: "3月15日 支部委员会会议 1次，参加18人，主题《…》". */
@Component
class RecordText {

    private final Catalogue catalogue;

    RecordText(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The records of one message that are one event, said once: "4月3日 主题党日（含红色教育、重温入党誓词），参加22人". One
     * event is one gathering of the branch (an organisation activity counted in 次) with what was done at it (theory,
     * integrity or service work counted in 次), all on one day; null for anything else, which is said record by record.
     */
    String event(List<ActivityRecord> records, LocalDate today) {
        List<ActivityRecord> gatherings = records.stream().filter(r -> gathering(catalogue.get(r.activity()))).toList();
        boolean oneDay = records.stream().allMatch(r -> r.date().equals(records.get(0).date())
                && r.datePrecision() == records.get(0).datePrecision());
        if (records.size() < 2 || gatherings.size() != 1 || !oneDay || records.stream()
                .anyMatch(r -> r != gatherings.get(0) && !"次".equals(catalogue.get(r.activity()).unit()))) {
            return null;
        }
        ActivityRecord main = gatherings.get(0);
        String described = describe(main, today);
        String name = catalogue.get(main.activity()).name();
        String within = records.stream().filter(r -> r != main).map(r -> catalogue.get(r.activity()).name())
                .collect(Collectors.joining("、"));
        int at = described.indexOf(name) + name.length();
        // "4月3日 主题党日 1次，参加22人" → "4月3日 主题党日（含…），参加22人": the event's one time goes without saying
        String rest = described.substring(at).replaceFirst("^ 1次", "");
        return described.substring(0, at) + "（含" + within + "）" + rest;
    }

    private static boolean gathering(Activity activity) {
        return "organization".equals(activity.section()) && "次".equals(activity.unit());
    }

    String describe(ActivityRecord record, LocalDate today) {
        Activity activity = catalogue.get(record.activity());
        StringBuilder text = new StringBuilder(when(record, today)).append(' ').append(activity.name());
        if (activity.countsMoney() && record.amount() != null) {
            text.append(' ').append(Chinese.money(record.amount()));
        }
        else {
            text.append(' ').append(record.count()).append(activity.unit());
        }
        if (record.participants() != null) {
            text.append("，参加").append(record.participants()).append("人");
        }
        if (record.topic() != null && !record.topic().isBlank()) {
            text.append("，主题《").append(record.topic()).append("》");
        }
        return text.toString();
    }

    /**
     * @param unproven the records of the obligations asking for evidence that have none
     * @param timeLeft 本月还剩3个工作日 (含今天): what the branch still has to act on what is missing; null for a period
     *                 that has ended
     */
    String progress(Branch branch, Progress progress, MissingEvidence unproven, String timeLeft) {
        StringBuilder text = new StringBuilder("#### ").append(branch.name()).append(' ').append(progress.label())
                .append("进度\n");
        if (progress.items().isEmpty()) {
            return text.append("本期没有需要完成的规定动作。").toString();
        }
        for (Progress.Item item : progress.items()) {
            Activity activity = item.activity();
            text.append("- ").append(activity.name()).append("（").append(item.cadence().everyChinese()).append("）：")
                    .append(activity.countsMoney() ? "已收缴" : "已开展").append(item.done())
                    .append(activity.countsMoney() ? "次" : activity.unit());
            // "其中" follows what it counts: 已开展3次，均已按期完成；其中1次… but 已开展2次，其中1次…；1月尚未开展
            String lacking = unproven(activity, unproven.of(activity.key()), progress.to());
            text.append(item.complete() ? "，均已按期完成" + (lacking.isEmpty() ? "" : "；" + lacking)
                    : (lacking.isEmpty() ? "" : "，" + lacking) + "；" + Period.labels(item.missing()) + "尚未开展");
            text.append('\n');
        }
        long missing = progress.incomplete().size();
        text.append(missing == 0 ? "\n规定动作均已完成。"
                : timeLeft == null ? "\n有" + missing + "项规定动作未按期完成。"
                : "\n尚有" + missing + "项规定动作未完成，" + timeLeft + "，请及时开展并登记。");
        if (unproven.size() > 0) {
            text.append("\n补充佐证材料：发送“附件 #记录号”，再按提示发送照片、签到表等。");
        }
        return text.toString();
    }

    /** How many records to name before "等": a line stays a line. */
    private static final int UNPROVEN_NAMED = 5;

    /** "其中1次缺佐证材料（#23 11月20日）": the times of the records without evidence, and which they are. */
    private static String unproven(Activity activity, List<ActivityRecord> records, LocalDate today) {
        if (records.isEmpty()) {
            return "";
        }
        long times = activity.countsMoney() ? records.size() : records.stream().mapToLong(ActivityRecord::count).sum();
        String named = records.stream().limit(UNPROVEN_NAMED).map(r -> "#" + r.id() + " " + date(r.date(), today))
                .collect(Collectors.joining("、"));
        return "其中" + times + (activity.countsMoney() ? "次" : activity.unit()) + "缺佐证材料（" + named
                + (records.size() > UNPROVEN_NAMED ? "等" + records.size() + "条" : "") + "）";
    }

    /** The record's date as it is known: "10月" for a month, else the day. */
    static String when(ActivityRecord record, LocalDate today) {
        return record.datePrecision() == DatePrecision.MONTH
                ? (record.date().getYear() == today.getYear() ? "" : record.date().getYear() + "年")
                        + Chinese.month(record.date().getMonthValue())
                : date(record.date(), today);
    }

    static String date(LocalDate date, LocalDate today) {
        return Chinese.dateFrom(date, today);
    }

}
