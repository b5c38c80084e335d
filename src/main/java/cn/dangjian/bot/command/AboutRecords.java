package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A message about records already stored: it names them (#12, 第12条, 刚才那条) and says what to do with them, in a
 * sentence and with whatever is around it ("？？不对，撤销 #6", "#12、#13 都撤了吧😅", "撤销刚才那条，测试是下周的").
 * Such a message never creates a record: a member who names #15 speaks of #15, whatever else the message says; what it
 * says besides an undo is a correction of that record ({@link Corrections}).
 */
final class AboutRecords {

    /** #12, ＃12 (made half-width before), 第12条, 12号记录: the ids members copy from the bot's answers. */
    private static final Finder ID = Finder.of("#\\s*(\\d{1,12})|第(\\d{1,12})条|(?<!\\d)(\\d{1,12})号记录");
    /** The sender's own last record, as people point at it. */
    private static final Finder LAST = Finder.of(
            "(?:刚才|刚刚|刚)(?:发|登记|记录?|录|说)?的?(?:那|这)一?(?:条|个)(?:记录)?|上一条|最后一条");
    /**
     * "刚才的党员大会人数写错了": the sender's last record named by its activity, a pointer only beside a word saying
     * it is wrong ("刚才的党课讲得很好" is a remark).
     */
    private static final Finder LAST_NAMED = Finder.of("(?:刚才|刚刚)(?:发|登记|记录?|录|说)?的");
    /**
     * "人数不对", "日期写错了" at a record's field, or "不对，" / "错了，" opening the message: a correction of the sender's
     * last record even without pointing at it ("支委会日期不对 应该是11月28号", "不对，是22号").
     */
    private static final Finder WRONG_FIELD = Finder.of(
            "(?:日期|时间|日子|人数|金额|数额|钱数|主题|题目)(?:也|都)?(?:不对|错了|有误|写错|记错|搞错|弄错|填错|说错)");
    private static final Finder WRONG_OPENS = Finder.of("(?:不对|错了|写错了|记错了|说错了|搞错了)[,，\\s]");
    private static final Finder WRONG = Finder.of("不对|错了|有误|写错|记错|搞错|弄错|填错|说错");
    /** Said of a record, an undo: 撤销, 撤回, 删掉, 撤了 ("撤销了原定的检查" is a report, and names no record). */
    private static final Finder UNDO = Finder.of("撤销|撤回|撤掉|撤了|删除|删掉|删了|作废|不要了");

    private AboutRecords() {
    }

    /** What the message asks of the records it names, or null when it names none. */
    static Command read(String message, LocalDate today, ActivityWords words) {
        List<Long> ids = ids(message);
        Matcher last = LAST.matcher(message);
        boolean isLast = ids.isEmpty() && LAST.find(last, message, 0);
        if (ids.isEmpty() && !isLast) {
            return unpointed(message, today, words);
        }
        if (UNDO.in(message)) {
            return new Command.Undo(ids);
        }
        String which = isLast ? "您刚才的记录" : String.join("、", ids.stream().map(id -> "#" + id).toList());
        if (ids.size() > 1) {
            return new Command.Rejected("未作更正：一条消息请只更正一条记录，例如“#" + ids.get(0) + " 人数改为23人”；"
                    + "撤销几条可以一起发，例如“撤销 " + which.replace("、", " ") + "”。");
        }
        String rest = isLast ? message.substring(0, last.start()) + " " + message.substring(last.end())
                : ID.matcher(message).replaceAll(" ");
        Command.Correction correction = Corrections.read(rest, today, words);
        if (correction.isEmpty()) {
            String id = isLast ? "" : " " + which;
            return new Command.Rejected("未作记录：这条消息说的是" + (isLast ? which : "记录 " + which)
                    + "，不会另记一条。如需更正，请写明改成什么，例如“" + (isLast ? "刚才那条" : which)
                    + "人数改为23人”或“" + (isLast ? "刚才那条" : which) + "日期改为11月28日”；如需撤销，请发送“撤销" + id
                    + "”。");
        }
        if (!isLast) {
            return new Command.Correct(ids.get(0), correction);
        }
        // "刚才那个主题党日…": the sender's last record of that activity, not whatever they logged last
        List<ActivityWords.Mention> named = words.find(new StringBuilder(message.substring(last.end())));
        boolean namesOne = !named.isEmpty() && named.get(0).start() <= 1 && !named.get(0).activity().key().equals(
                correction.activity());
        return new Command.Correct(null, namesOne ? named.get(0).activity().key() : null, correction);
    }

    /**
     * A correction that does not point at a record but says what of it is wrong: "刚才的党员大会人数写错了，实到23人",
     * "支委会日期不对 应该是11月28号", "不对，是22号". The record is the sender's last, of the activity named before the
     * field when one is; null when the message is no such correction or says no new value.
     */
    private static Command unpointed(String message, LocalDate today, ActivityWords words) {
        Matcher named = LAST_NAMED.matcher(message);
        boolean lastNamed = LAST_NAMED.find(named, message, 0) && WRONG.in(message);
        Matcher field = WRONG_FIELD.matcher(message);
        boolean wrongField = WRONG_FIELD.find(field, message, 0);
        if (!lastNamed && !wrongField && !WRONG_OPENS.at(message, 0)) {
            return null;
        }
        int from = lastNamed ? named.end() : 0;
        int to = wrongField ? field.start() : message.length();
        List<ActivityWords.Mention> mentions = words.find(new StringBuilder(message.substring(from, Math.max(from, to))));
        // the activity names the record only when it opens what is said of it ("支委会日期不对"), not in a report
        String of = (wrongField || lastNamed) && !mentions.isEmpty() && mentions.get(0).start() <= 1
                && !mentions.get(0).resembled() ? mentions.get(0).activity().key() : null;
        String rest = message.substring(0, from) + " "
                + (of == null ? message.substring(from) : message.substring(from + mentions.get(0).end()));
        Command.Correction correction = Corrections.read(rest, today, words);
        if (correction.isEmpty() || correction.activity() != null && correction.activity().equals(of)) {
            return null;
        }
        return new Command.Correct(null, of, correction);
    }

    /** Whether the message points at a stored record (#12, 刚才那条), rather than only saying something is wrong. */
    static boolean points(String message) {
        return !ids(message).isEmpty() || LAST.in(message);
    }

    static List<Long> ids(String message) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(message);
        for (int from = 0; ID.find(m, message, from); from = m.end()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            long id = Long.parseLong(digits);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
