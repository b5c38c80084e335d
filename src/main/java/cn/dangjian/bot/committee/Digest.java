package cn.dangjian.bot.committee;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.dingtalk.Message;

/**
 * A committee's look back at a month, for its group on the first working day of the next: which branches left
 * something of the month undone (and of the quarter or the year when the month closed one), which did what their
 * monthly reminder asked after it came, and how many had done everything.
 *
 * @param month     the month looked back on
 * @param board     the branches as they stood at its end
 * @param caughtUp  branch id to the obligations logged after the branch's monthly reminder, for the branches that
 *                  were reminded of something and finished the month complete
 * @param reminded  branch id to when its monthly reminder went, for those in {@code caughtUp}
 */
record Digest(Period month, Board board, Map<String, List<Activity>> caughtUp, Map<String, Instant> reminded) {

    /** The obligations a branch left undone in the month (and in the quarter or year the month ended). */
    static List<Activity> fellBehindOn(Standing standing, Period month) {
        LocalDate end = month.end();
        boolean quarterEnds = Period.of(Cadence.QUARTERLY, end).end().equals(end);
        boolean yearEnds = end.getMonthValue() == 12;
        return java.util.stream.Stream.of(
                        standing.lacksThisMonth().stream(),
                        quarterEnds ? standing.lacksThisQuarter().stream() : java.util.stream.Stream.<Activity>empty(),
                        yearEnds ? standing.lacksThisYear().stream() : java.util.stream.Stream.<Activity>empty())
                .flatMap(s -> s).toList();
    }

    String title() {
        return board.committee().name() + Chinese.yearMonth(month.year(), month.index()) + "工作情况";
    }

    Message.Markdown message(java.time.ZoneId zone) {
        String monthName = Chinese.month(month.index());
        StringBuilder text = new StringBuilder("#### ").append(title()).append("\n\n");
        List<Standing> all = board.standings();
        List<Standing> behind = all.stream().filter(s -> !fellBehindOn(s, month).isEmpty()).toList();
        // a branch that had not begun keeping records owed nothing: neither done nor behind
        int idle = board.notStarted().size();
        text.append(monthName).append("共").append(all.size()).append("个支部，");
        if (behind.isEmpty() && idle == 0) {
            text.append("均已按期完成本月各项工作").append(caughtUp.isEmpty() ? "。" : "，其中" + caughtUp.size()
                    + "个支部在提醒后补齐。").append("\n\n");
        }
        else {
            List<String> parts = new java.util.ArrayList<>();
            int done = all.size() - behind.size() - idle;
            if (done > 0 || behind.isEmpty()) {
                parts.add(done + "个支部按期完成本月各项工作");
            }
            if (!behind.isEmpty()) {
                parts.add(behind.size() + "个支部有未完成事项");
            }
            if (idle > 0) {
                parts.add(idle + "个支部尚未启用党建助手");
            }
            text.append(String.join("，", parts)).append("。\n\n");
        }
        StringBuilder rest = new StringBuilder();
        if (!caughtUp.isEmpty()) {
            rest.append("**提醒后补齐（").append(caughtUp.size()).append("个）**\n\n");
            all.stream().filter(s -> caughtUp.containsKey(s.branch().id())).forEach(s -> rest.append("- ")
                    .append(s.branch().name()).append("：").append(names(caughtUp.get(s.branch().id())))
                    .append("（").append(Chinese.monthDay(reminded.get(s.branch().id()).atZone(zone)))
                    .append("提醒后补记）\n"));
            rest.append('\n');
        }
        if (!behind.isEmpty()) {
            text.append("**未按期完成（").append(behind.size()).append("个，未完成多的在前）**\n\n");
            int budget = Message.MAX_TEXT_BYTES - 1500 - bytes(rest);
            for (int i = 0; i < behind.size(); i++) {
                String line = "- " + behind.get(i).branch().name() + "：" + names(fellBehindOn(behind.get(i), month))
                        + "\n";
                if (bytes(text) + bytes(line) > budget) {
                    text.append("- 另有").append(behind.size() - i).append("个支部，完整名单请发送“各支部进度”或通过管理接口导出。\n");
                    break;
                }
                text.append(line);
            }
            text.append('\n');
        }
        text.append(rest);
        return new Message.Markdown(title(), text.toString().strip());
    }

    private static String names(List<Activity> activities) {
        return String.join("、", activities.stream().map(Activity::name).toList());
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
