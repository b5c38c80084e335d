package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;

/**
 * Questions about the records, answered in a line with the records' ids: when an activity last took place, how many
 * times (or people, or yuan) in a period, whether it took place, what a period still lacks. Any member.
 */
@Component
class QueryHandler implements CommandHandler<Command.Query> {

    /** Records whose ids an answer names at most; beyond that it gives the count. */
    private static final int IDS_SHOWN = 5;

    private final ActivityStore store;
    private final Catalogue catalogue;
    private final Shapes shapes;

    QueryHandler(ActivityStore store, Catalogue catalogue, Shapes shapes) {
        this.shapes = shapes;
        this.store = store;
        this.catalogue = catalogue;
    }

    @Override
    public Class<Command.Query> command() {
        return Command.Query.class;
    }

    @Override
    public Reply handle(Command.Query query, Turn turn) {
        return Reply.text(switch (query.kind()) {
            case LAST -> last(query, turn);
            case COUNT -> count(query, turn);
            case WHETHER -> whether(query, turn);
            case MISSING -> missing(query, turn);
        });
    }

    private String last(Command.Query query, Turn turn) {
        Activity activity = catalogue.get(query.activity());
        LocalDate today = turn.today();
        LocalDate from = query.period() != null ? query.period().start() : LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = query.period() != null && query.period().end().isBefore(today) ? query.period().end() : today;
        List<ActivityRecord> records = of(activity, store.between(turn.branch().id(), from, to));
        if (records.isEmpty()) {
            return (query.period() != null ? query.period().named(today) : "今年和去年") + "都没有" + activity.name()
                    + "的记录。";
        }
        ActivityRecord last = records.get(records.size() - 1);
        return "上次" + activity.name() + "是" + Chinese.dateFrom(last.date(), today) + "（" + facts(last, activity)
                + "#" + last.id() + "，" + last.senderNick() + "登记）。";
    }

    private String count(Command.Query query, Turn turn) {
        Activity activity = catalogue.get(query.activity());
        Period period = query.period() != null ? query.period() : Period.of(Cadence.YEARLY, turn.today());
        List<ActivityRecord> records = inPeriod(activity, period, turn);
        String when = period.named(turn.today());
        if (records.isEmpty()) {
            return when + "尚未记录" + activity.name() + "。";
        }
        String total = activity.countsMoney()
                ? Chinese.money(records.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)) + "（" + records.size() + "次）"
                : records.stream().mapToLong(ActivityRecord::count).sum() + activity.unit();
        return when + activity.name() + "共" + total + "（" + ids(records) + "）。";
    }

    private String whether(Command.Query query, Turn turn) {
        Activity activity = catalogue.get(query.activity());
        Cadence cadence = shapes.effective(turn.branch()).obligations().getOrDefault(activity.key(), Cadence.NONE);
        Period period = query.period() != null ? query.period()
                : Period.of(cadence == Cadence.NONE ? Cadence.YEARLY : cadence, turn.today());
        List<ActivityRecord> records = inPeriod(activity, period, turn);
        String when = period.named(turn.today());
        if (records.isEmpty()) {
            return when + "尚未记录" + activity.name() + "。" + (cadence == Cadence.NONE ? ""
                    : "按规定" + cadence.everyChinese() + "至少开展一次，开展后请告诉我。");
        }
        ActivityRecord last = records.get(records.size() - 1);
        return "是的，" + when + "已有" + activity.name() + "：" + Chinese.dateFrom(last.date(), turn.today())
                + "（" + facts(last, activity) + "#" + last.id() + "）"
                + (records.size() > 1 ? "，共" + records.size() + "条记录（" + ids(records) + "）" : "") + "。";
    }

    /**
     * What the period still lacks. The current month's question also covers what its quarter still lacks (a month
     * is where a quarterly meeting is held), and in December the year's.
     */
    private String missing(Command.Query query, Turn turn) {
        Branch branch = shapes.effective(turn.branch());
        LocalDate today = turn.today();
        Period asked = query.period() != null ? query.period() : Period.of(Cadence.MONTHLY, today);
        boolean current = asked.equals(Period.of(asked.cadence(), today));
        Map<String, Cadence> obligations = branch.obligations();
        Tally tally = store.tally(branch.id(), asked.year());
        List<String> lacking = new ArrayList<>();
        for (Progress.Item item : Progress.of(asked, today, catalogue, obligations, tally).incomplete()) {
            lacking.add(item.activity().name() + "（" + Period.labels(item.missing()) + "）");
        }
        if (current && asked.cadence() == Cadence.MONTHLY) {
            Period quarter = Period.of(Cadence.QUARTERLY, today);
            for (Progress.Item item : Progress.of(quarter, today, catalogue, obligations, tally).incomplete()) {
                if (item.cadence() == Cadence.QUARTERLY) {
                    lacking.add(item.activity().name() + "（本季度）");
                }
            }
            if (today.getMonthValue() == 12) {
                for (Progress.Item item : Progress.of(Period.of(Cadence.YEARLY, today), today, catalogue, obligations,
                        tally).incomplete()) {
                    if (item.cadence() == Cadence.YEARLY) {
                        lacking.add(item.activity().name() + "（今年）");
                    }
                }
            }
        }
        String when = asked.named(today);
        if (lacking.isEmpty()) {
            return when + "的规定动作均已完成" + (current && asked.cadence() == Cadence.MONTHLY ? "，本季度的也已完成" : "")
                    + "。";
        }
        return when + "还差：" + String.join("、", lacking) + "。" + (current ? "开展后请告诉我，我来记录。" : "");
    }

    private List<ActivityRecord> inPeriod(Activity activity, Period period, Turn turn) {
        LocalDate to = period.end().isBefore(turn.today()) ? period.end() : turn.today();
        return of(activity, store.between(turn.branch().id(), period.start(), to));
    }

    private static List<ActivityRecord> of(Activity activity, List<ActivityRecord> records) {
        return records.stream().filter(r -> r.activity().equals(activity.key())).toList();
    }

    /** "3,560元，" or "参加9人，": what the record says besides its date, before its id. */
    private static String facts(ActivityRecord record, Activity activity) {
        if (activity.countsMoney() && record.amount() != null) {
            return Chinese.money(record.amount()) + "，";
        }
        StringBuilder facts = new StringBuilder();
        if (record.count() > 1) {
            facts.append(record.count()).append(activity.unit()).append("，");
        }
        if (record.participants() != null) {
            facts.append("参加").append(record.participants()).append("人，");
        }
        return facts.toString();
    }

    private static String ids(List<ActivityRecord> records) {
        String shown = records.stream().skip(Math.max(0, records.size() - IDS_SHOWN)).map(r -> "#" + r.id())
                .collect(Collectors.joining("、"));
        return records.size() > IDS_SHOWN ? "最近的为" + shown : shown;
    }
}
