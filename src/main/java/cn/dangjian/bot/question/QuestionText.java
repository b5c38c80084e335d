package cn.dangjian.bot.question;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.dingtalk.MarkdownText;

/**
 * How every question the bot asks reads, in one place: the prompt, the answers as tap-to-reply links (a markdown link
 * to {@code dtmd://dingtalkclient/sendMessage} sends its content into the conversation as if typed, dingtalk.md §6),
 * and always how to answer by hand, since a tapped message in a group may not @ the bot and a robot in a group hears
 * only messages that @ it.
 */
public final class QuestionText {

    /** The robot's name as members @ it in a group. */
    public static final String BOT_NAME = "党建助手";

    private static final String TITLE = "请确认";

    private QuestionText() {
    }

    /** "您是说…吗？" with 是 / 不是. */
    public static Reply confirm(String prompt, boolean group) {
        return Reply.markdown(TITLE, MarkdownText.literal(prompt) + "\n\n" + tap("是，记录", "是", group) + "　"
                + tap("不是", "不是", group) + "\n\n" + by(group, "是") + "记录，或" + by(group, "不是")
                + "取消；也可直接重发更正后的内容。");
    }

    /** The prompt and its numbered options, each a link that answers with its number. */
    public static Reply choose(String prompt, List<String> options, boolean group) {
        StringBuilder text = new StringBuilder(MarkdownText.literal(prompt)).append('\n');
        for (int i = 0; i < options.size(); i++) {
            String number = Integer.toString(i + 1);
            text.append('\n').append(number).append(". ").append(tap(MarkdownText.literal(options.get(i)), number, group));
        }
        return Reply.markdown(TITLE, text.append("\n\n请").append(by(group, "1")).append("等序号选择；都不是请")
                .append(by(group, "不是")).append("。").toString());
    }

    /** A question answered by a value, with an example of one ("18号", "8人"). */
    public static Reply missing(String prompt, String example, boolean group) {
        return Reply.markdown(TITLE, MarkdownText.literal(prompt) + "\n\n请直接" + by(group, example) + "。");
    }

    /**
     * A question about the branch's shape: its two answers as links that send their own words ("设有党小组"), which
     * the bot reads with or without the question pending.
     */
    public static Reply shape(String prompt, List<String> answers, boolean group) {
        StringBuilder text = new StringBuilder(MarkdownText.literal(prompt)).append("\n\n");
        for (int i = 0; i < answers.size(); i++) {
            text.append(i > 0 ? "　" : "").append(tap(answers.get(i), answers.get(i), group));
        }
        text.append("\n\n请点选，或").append(by(group, answers.get(0))).append("、").append(by(group, answers.get(1)).substring(2))
                .append("。此项每天至多询问一次，以后如有变化，可随时发送“支部设置”查看或更正。");
        return Reply.markdown(TITLE, text.toString());
    }

    /** What the field is called in a question: 活动日期, 参加人数 …. */
    public static String name(Question.Field field) {
        return switch (field) {
            case ACTIVITY -> "活动名称";
            case DATE -> "活动日期";
            case COUNT -> "次数";
            case PARTICIPANTS -> "参加人数";
            case AMOUNT -> "金额";
            case TOPIC -> "主题";
        };
    }

    /** A value of the field as a member would reply it: 18号, 8人, 4200元, 是主题党日 …. */
    public static String example(Question.Field field) {
        if (field == null) {
            return "18号";
        }
        return switch (field) {
            case ACTIVITY -> "是主题党日";
            case DATE -> "18号";
            case COUNT -> "2次";
            case PARTICIPANTS -> "8人";
            case AMOUNT -> "4200元";
            case TOPIC -> "主题《学习党章》";
        };
    }

    /** 回复“@党建助手 是” in a group, 回复“是” in the one-to-one chat. */
    public static String by(boolean group, String answer) {
        return "回复“" + (group ? "@" + BOT_NAME + " " : "") + answer + "”";
    }

    /** A link that sends {@code answer} when tapped; in a group with the @ of the bot, which hears nothing else there. */
    private static String tap(String label, String answer, boolean group) {
        String content = group ? "@" + BOT_NAME + " " + answer : answer;
        return "[" + label + "](dtmd://dingtalkclient/sendMessage?content="
                + URLEncoder.encode(content, StandardCharsets.UTF_8).replace("+", "%20") + ")";
    }
}
