package cn.dangjian.bot.committee;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.dingtalk.Message;

/**
 * 各支部进度 as the committee's group reads it: one line per branch with something missing, the most behind first,
 * then the branches with nothing missing folded into one line. A list, not a table: DingTalk's Markdown tables are
 * not established.
 */
final class BoardText {

    private BoardText() {
    }

    static String title(Board board) {
        return board.committee().name() + "各支部进度";
    }

    /**
     * The answer; with {@code picture}, the heat map follows it. The list stops before a chat message's bound, and says
     * how many branches it leaves to the picture and the admin API.
     */
    static String markdown(Board board, boolean picture) {
        StringBuilder text = new StringBuilder("#### ").append(title(board)).append("\n\n");
        text.append(summary(board)).append(picture ? "各支部对照情况见随后发送的热力图。" : "").append("\n\n");
        List<Standing> behind = board.behind();
        int budget = Message.MAX_TEXT_BYTES - 1500;
        for (int i = 0; i < behind.size(); i++) {
            String line = "- " + line(behind.get(i)) + "\n";
            if (bytes(text) + bytes(line) > budget) {
                text.append("- 另有").append(behind.size() - i).append("个支部尚有未完成事项，未逐一列出")
                        .append(picture ? "，见热力图" : "")
                        .append("；完整名单可由管理员通过管理接口导出（/api/v1/committees/")
                        .append(board.committee().id()).append("/progress，CSV）。\n");
                break;
            }
            text.append(line);
        }
        List<Standing> complete = board.complete();
        if (!complete.isEmpty()) {
            text.append("- 各项均已完成（").append(complete.size()).append("个）：")
                    .append(String.join("、", complete.stream().map(s -> s.branch().name()).toList())).append('\n');
        }
        List<Standing> notStarted = board.notStarted();
        if (!notStarted.isEmpty()) {
            text.append("- 尚未启用党建助手（").append(notStarted.size()).append("个）：")
                    .append(String.join("、", notStarted.stream().map(s -> s.branch().name()).toList())).append('\n');
        }
        return text.toString();
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** 截至2026年3月20日，共12个支部，其中9个支部尚有未完成事项（按未完成多少排列），3个支部各项均已完成。 */
    static String summary(Board board) {
        int all = board.standings().size();
        if (all == 0) {
            return "本组织下尚未配置党支部（branches.yml 中支部的 committee 项）。";
        }
        int behind = board.behind().size();
        int complete = board.complete().size();
        int notStarted = board.notStarted().size();
        String head = "截至" + Chinese.date(board.asOf()) + "，共" + all + "个支部";
        String idle = notStarted == 0 ? "" : notStarted + "个支部尚未启用党建助手";
        if (behind == 0) {
            return head + (notStarted == 0 ? "，各项均已完成。"
                    : complete == 0 ? "，均尚未启用党建助手。" : "，其中" + complete + "个支部各项均已完成，" + idle + "。");
        }
        List<String> rest = new ArrayList<>();
        if (complete > 0) {
            rest.add(complete + "个支部各项均已完成");
        }
        if (notStarted > 0) {
            rest.add(idle);
        }
        return head + "，其中" + behind + "个支部尚有未完成事项（未完成多的在前）"
                + (rest.isEmpty() ? "。" : "，" + String.join("，", rest) + "。");
    }

    /** **第三党支部**（未完成5项）：本月缺…；本季度缺…；全年缺…；此前未开展主题党日（1月、2月）. */
    static String line(Standing standing) {
        String began = standing.firstMonth() > 1 ? Chinese.month(standing.firstMonth()) + "起使用党建助手，" : "";
        return "**" + standing.branch().name() + "**（" + began + "未完成" + standing.behind() + "项）：" + lacks(standing);
    }

    /** 本月缺…；本季度缺…；全年缺…；此前未开展…（1月、2月）, the parts that apply. */
    static String lacks(Standing standing) {
        List<String> parts = new ArrayList<>();
        add(parts, "本月缺", standing.lacksThisMonth());
        add(parts, "本季度缺", standing.lacksThisQuarter());
        add(parts, "全年缺", standing.lacksThisYear());
        List<Progress.Item> earlier = standing.missedEarlier();
        if (!earlier.isEmpty()) {
            parts.add("此前未开展" + String.join("、", earlier.stream()
                    .map(i -> i.activity().name() + "（" + Period.labels(i.missing()) + "）").toList()));
        }
        return String.join("；", parts);
    }

    private static void add(List<String> parts, String lead, List<Activity> activities) {
        if (!activities.isEmpty()) {
            parts.add(lead + String.join("、", activities.stream().map(Activity::name).toList()));
        }
    }

    static String names(List<Branch> branches) {
        return String.join("、", branches.stream().map(Branch::name).toList());
    }
}
