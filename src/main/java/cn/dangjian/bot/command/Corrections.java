package cn.dangjian.bot.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.command.ActivityWords.Mention;
import cn.dangjian.bot.command.Facts.Amount;
import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Quantity;
import cn.dangjian.bot.command.Facts.Stated;

/**
 * What a correction of a stored record says the record should hold, as people say it: "人数不对，是23人", "补一下人数，
 * 党员去了22个", "日期错了，是11月28日", "金额3860元", "改成主题党日", "主题补上：…". Only what the message says is
 * changed; an activity the message names is a change only when it is what the record should become ("改成主题党日",
 * "是党小组会"), not when it names the record ("警示教育那条补一下人数").
 */
final class Corrections {

    /** Words before the new value: "改成主题党日", "应该是3560元", "是党小组会". */
    private static final Pattern BECOMES = Pattern.compile("(?:改成|改为|换成|更正为|更改为|应该是|应是|应为|其实是|实际是|是)$");
    /** "人数", "人" in the message: a bare number of 个 is people. */
    private static final Finder PEOPLE = Finder.of("人数|参加|参会|到会|出席|去了|来了|到了|人");
    private static final Pattern TOPIC = Pattern.compile(
            "(?:主题(?!党日)|题目)(?:补上|补一下|补充|改成|改为|应该是|应为|是|为)?[:\\s]*[《“「]?([^》”」\\n]{1,100}?)[》”」]?[。.!]*$");

    private Corrections() {
    }

    /** The changes the message asks for; {@link Command.Correction#isEmpty} when it names none. */
    static Command.Correction read(String rest, LocalDate today, ActivityWords words) {
        StringBuilder masked = new StringBuilder(rest);
        String topic = null;
        Matcher t = TOPIC.matcher(rest);
        if (t.find()) {
            topic = t.group(1).strip();
            Facts.mask(masked, t.start(), t.end());
        }
        String activity = null;
        for (Mention m : words.find(masked)) {
            if (BECOMES.matcher(masked.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                activity = m.activity().key();
            }
            Facts.mask(masked, m.start(), m.end());
        }
        List<Stated> facts = new ArrayList<>();
        DateExpressions.find(masked, rest, today, facts);
        Facts.amounts(masked, facts);
        Facts.quantities(masked, facts);
        LocalDate date = null;
        BigDecimal amount = null;
        Integer participants = null;
        Integer count = null;
        boolean people = PEOPLE.in(rest);
        for (Stated fact : facts) {
            if (fact instanceof Dated d && d.date() != null) {
                date = d.date();
            }
            else if (fact instanceof Amount a) {
                amount = a.value();
            }
            else if (fact instanceof Quantity q && q.role() != Facts.Role.ABSENT
                    && q.number().chars().noneMatch(c -> c == '.' || c == '-')) {
                // "1.5人", "-3人" count nobody: the correction leaves people and counts as they are
                int n = (int) ChineseNumbers.parse(q.number());
                if (q.unit().equals("次") || q.unit().equals("回") || q.unit().equals("场")) {
                    count = n;
                }
                else if (q.unit().contains("人") || q.unit().equals("名") || q.unit().equals("位")
                        || q.unit().equals("个") && people) {
                    participants = n;
                }
            }
        }
        return new Command.Correction(activity, date, count, participants, topic, amount);
    }
}
