package cn.dangjian.bot.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.dangjian.bot.activity.Catalogue;

/**
 * Messages built to make a parser slow or make it fail, each up to the 2,000 characters the bot reads: one token
 * repeated, two tokens alternating, openings nested around a word, and a real report followed by a run. The tokens are
 * what the parser's patterns react to (quotes and brackets, dates, numerals, counts, punctuation, the particles of
 * chit-chat and of the speech acts, topic and agenda words, every activity name of the catalogue), so the shapes are
 * not only those an attacker has tried. Shared by {@link ParserWorstCasesTest} (nothing throws) and
 * {@link ParserBenchmark} (time against an ordinary message).
 */
final class WorstCases {

    static final int LENGTH = 2000;

    /** The tokens; a fixed seed keeps the pairs the same from run to run. */
    static List<String> tokens(Catalogue catalogue) {
        List<String> tokens = new ArrayList<>(List.of(
                "哈", "了", "好的", "好的了", "收到", "谢谢", "是", "吗", "？", "?", "，", "。", "、", " ", "\n", "!", "~", "…",
                "《", "》", "“", "”", "\"", "'", "「", "」", "【", "】", "(", ")", "（", "）", "[", "]", "[赞]", "👍",
                "题为", "主题是", "主题：", "主题", "学习", "关于", "的通知", "请", "参加", "研究", "通过", "召开", "开展", "开了",
                "没开", "取消", "推迟", "计划", "马上", "明天", "昨天", "上周五", "周", "3月15日", "2026年3月15日", "3.15",
                "15日", "3月", "2026年", "一", "二十", "十一", "两", "7", "12", "7人", "7人参加", "全体党员", "3次", "200元",
                "下午三点", "14:30", "点", "#", "#12", "撤销", "记录", "进度", "绑定", "党费", "亮点", "生成", "述职报告", "年度",
                "暂停提醒", "@党建助手", "@党建助手 ", "1,000", ",000", "3.5", "¥", "以", "为题", "为主题", "\u0000", "\t"));
        catalogue.all().forEach(activity -> {
            tokens.add(activity.name());
            tokens.addAll(activity.synonyms());
        });
        return tokens;
    }

    /** Name → message, in a stable order. */
    static Map<String, String> messages(Catalogue catalogue) {
        List<String> tokens = tokens(catalogue);
        Map<String, String> messages = new LinkedHashMap<>();
        for (String token : tokens) {
            messages.put("run of " + token, run(token));
            messages.put("report then run of " + token, fill("3月15日召开支委会，7人参加，主题《学习党章》。", token));
            messages.put("nested " + token, nested(token, "支委会"));
        }
        Random random = new Random(17);
        for (int i = 0; i < 150; i++) {
            String a = tokens.get(random.nextInt(tokens.size()));
            String b = tokens.get(random.nextInt(tokens.size()));
            messages.put("alternating " + a + b, run(a + b));
        }
        for (int i = 0; i < 50; i++) {
            StringBuilder mix = new StringBuilder();
            while (mix.length() < LENGTH) {
                mix.append(tokens.get(random.nextInt(tokens.size())));
            }
            messages.put("random mix " + i, cut(mix.toString()));
        }
        return messages;
    }

    /** An ordinary long report, the yardstick: a quarter's meetings one a line, up to {@link #LENGTH}. */
    static String ordinaryLong() {
        StringBuilder text = new StringBuilder();
        String[] meetings = {"召开支委会", "召开党小组会", "开展主题党日活动", "讲党课", "召开支部党员大会"};
        for (int i = 0; ; i++) {
            String line = (1 + i % 3) + "月" + (1 + i % 19) + "日" + meetings[i % meetings.length] + "，" + (5 + i % 20)
                    + "人参加，主题《学习党章第" + (1 + i % 11) + "章》。\n";
            if (text.length() + line.length() > LENGTH) {
                return text.toString();
            }
            text.append(line);
        }
    }

    static String run(String token) {
        return fill("", token);
    }

    private static String fill(String start, String token) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() + token.length() <= LENGTH) {
            text.append(token);
        }
        return text.toString();
    }

    /** {@code token} opened half the length's times around {@code word}, then closed as often as it fits. */
    private static String nested(String token, String word) {
        int times = (LENGTH - word.length()) / 2 / token.length();
        return cut(token.repeat(times) + word + token.repeat(times));
    }

    private static String cut(String text) {
        return text.length() <= LENGTH ? text : text.substring(0, LENGTH);
    }

    private WorstCases() {
    }
}
