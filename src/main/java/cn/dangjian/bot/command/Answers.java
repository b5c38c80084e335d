package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.DatePrecision;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.LogReader.Aside;

/**
 * The short answers that say what the bot understood when it stores nothing, or asks before storing: the tone of a
 * colleague who keeps the branch's book, not of an error message.
 */
final class Answers {

    static final String NOTICE = "收到通知。通知中的工作安排不作为活动记录；支部落实后，请把开展情况告诉我，我再记录。";
    static final String QUESTION = "我只记录支部已开展的活动，这个问题暂时回答不了。查看本支部本月的完成情况，请发送“进度”。";

    private static final Finder THANKS = Finder.of("谢|感谢");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:周|星期|礼拜).");

    private final Catalogue catalogue;

    Answers(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String chat(String message) {
        return THANKS.in(message) ? "不客气。" : "好的。";
    }

    /** The answer to a message whose activities are all planned, cancelled or asked about. */
    static String aside(List<Aside> asides, LocalDate today) {
        return aside(asides, today, true);
    }

    /** The sentence added to a log for the activities of the message that were not logged; null when there are none. */
    static String besides(List<Aside> asides, LocalDate today) {
        return asides.isEmpty() ? null : "另外，" + aside(asides, today, false);
    }

    private static String aside(List<Aside> asides, LocalDate today, boolean alone) {
        StringBuilder answer = new StringBuilder(alone ? "好的，" : "");
        List<Aside> plans = asides.stream().filter(a -> a.act() == SpeechAct.PLAN).toList();
        List<Aside> cancelled = asides.stream().filter(a -> a.act() == SpeechAct.CANCELLED).toList();
        List<Aside> asked = asides.stream().filter(a -> a.act() == SpeechAct.QUESTION).toList();
        if (!cancelled.isEmpty()) {
            answer.append(names(cancelled, today)).append("尚未开展，未作记录").append(plans.isEmpty() ? "。" : "；");
        }
        if (!plans.isEmpty()) {
            answer.append(names(plans, today)).append("开展后请告诉我，我再记录。");
            for (Aside plan : plans) {
                if (bareWeekday(plan)) {
                    LocalDate said = plan.when().date();
                    answer.append(said.isBefore(today)
                            ? "如指本" + plan.when().said() + "（" + Chinese.dateFrom(said, today) + "）已开展的活动，请写“本"
                            : "如指上周已开展的活动，请写“上").append(plan.when().said()).append("”重新发送。");
                    break;
                }
            }
        }
        else if (!cancelled.isEmpty()) {
            answer.append("开展后请告诉我，我再记录。");
        }
        if (!asked.isEmpty()) {
            answer.append(alone && plans.isEmpty() && cancelled.isEmpty() ? "" : "关于").append(names(asked, today))
                    .append("的完成情况，请发送“进度”查看。");
        }
        return answer.toString();
    }

    /** "您是说11月29日已开展主题党日1次吗？" (how to answer is QuestionText's). */
    String confirm(List<Entry> entries, LocalDate today) {
        Set<LocalDate> dates = entries.stream().map(Entry::date).collect(Collectors.toCollection(LinkedHashSet::new));
        StringBuilder question = new StringBuilder("您是说");
        if (dates.size() == 1) {
            question.append(when(entries.get(0), today));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (i > 0) {
                question.append('、');
            }
            if (dates.size() > 1) {
                question.append(when(entry, today));
            }
            question.append(i == 0 || dates.size() > 1 ? "已" : "").append(reading(entry));
        }
        return question.append("吗？").toString();
    }

    /** "您是说3月20日已开展以下哪一项？" (the readings are {@link #options}; how to answer is QuestionText's). */
    String choose(List<List<Entry>> choices, LocalDate today) {
        Set<LocalDate> dates = dates(choices);
        return "您是说" + (dates.size() == 1 ? when(choices.get(0).get(0), today) : "") + "已开展以下哪一项？";
    }

    /** Each reading as one numbered option: "支部党员大会1次（15人参加）". */
    List<String> options(List<List<Entry>> choices, LocalDate today) {
        boolean dated = dates(choices).size() > 1;
        return choices.stream().map(reading -> reading.stream()
                .map(e -> (dated ? when(e, today) : "") + reading(e).replaceFirst("^开展", ""))
                .collect(Collectors.joining("、"))).toList();
    }

    private static Set<LocalDate> dates(List<List<Entry>> choices) {
        return choices.stream().flatMap(List::stream).map(Entry::date)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "11月29日", or "10月" for a month said without a day. */
    private static String when(Entry entry, LocalDate today) {
        if (entry.precision() != DatePrecision.MONTH) {
            return Chinese.dateFrom(entry.date(), today);
        }
        return (entry.date().getYear() == today.getYear() ? "" : entry.date().getYear() + "年")
                + Chinese.month(entry.date().getMonthValue());
    }

    /** "开展主题党日1次（18人参加，主题《…》）", "收缴党费3200元". */
    private String reading(Entry entry) {
        Activity activity = catalogue.get(entry.activity());
        StringBuilder text = new StringBuilder();
        if (activity.countsMoney() && entry.amount() != null) {
            text.append("收缴").append(activity.name().replace("收缴", "")).append(Chinese.money(entry.amount()));
        }
        else {
            text.append("开展").append(activity.name()).append(entry.count()).append(activity.unit());
        }
        StringBuilder extras = new StringBuilder();
        if (entry.participants() != null) {
            extras.append(entry.participants()).append("人参加");
        }
        if (entry.topic() != null) {
            extras.append(extras.isEmpty() ? "" : "，").append("主题《").append(entry.topic()).append("》");
        }
        if (!extras.isEmpty()) {
            text.append('（').append(extras).append('）');
        }
        return text.toString();
    }

    private static String names(List<Aside> asides, LocalDate today) {
        return asides.stream()
                .map(a -> (a.when() != null && a.when().date() != null
                        ? Chinese.dateFrom(day(a, today), today) + "的" : "") + a.activity().name())
                .distinct()
                .collect(Collectors.joining("、"));
    }

    private static boolean bareWeekday(Aside aside) {
        return aside.when() != null && aside.when().date() != null
                && BARE_WEEKDAY.matcher(aside.when().said()).matches();
    }

    /** A plan's bare weekday is the coming one: "周四开支部大会" said on a Sunday is about next Thursday. */
    private static LocalDate day(Aside aside, LocalDate today) {
        LocalDate date = aside.when().date();
        return aside.act() == SpeechAct.PLAN && bareWeekday(aside) && date.isBefore(today) ? date.plusWeeks(1) : date;
    }
}
