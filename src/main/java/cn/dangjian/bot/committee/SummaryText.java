package cn.dangjian.bot.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.dingtalk.MarkdownText;
import cn.dangjian.bot.report.DraftDocument;
import cn.dangjian.bot.report.DraftDocument.Closing;
import cn.dangjian.bot.report.DraftDocument.Heading;
import cn.dangjian.bot.report.DraftDocument.Lead;
import cn.dangjian.bot.report.DraftDocument.LeadStyle;
import cn.dangjian.bot.report.DraftDocument.Paragraph;

/**
 * How a committee's 党建工作总结 reads: the committee speaks of its branches (各支部…), counts first, every branch's
 * year in a line, the gaps named with the branches that left them, and plans that answer the gaps. Judgement the
 * counts cannot ground is marked {@link DraftDocument#TO_EDIT}. The same document goes to Word and to Markdown.
 */
final class SummaryText {

    /** Branches named in one sentence of the problems before "等N个支部". */
    static final int NAMED = 10;

    private SummaryText() {
    }

    /** 机关党委2026年度党建工作总结 */
    static String title(YearAcross y) {
        return y.committee().name() + y.year() + "年度党建工作总结";
    }

    static DraftDocument draft(YearAcross y, LocalDate today) {
        String name = y.committee().name();
        int n = y.branches().size();
        List<DraftDocument.Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.plain(y.year() + "年，" + name + "坚持以习近平新时代中国特色社会主义思想为指导，认真落实新时代党的建设"
                + "总要求，督促指导所属" + n + "个党支部严格落实组织生活制度，推动基层党建工作规范化开展。现将" + y.year()
                + "年度党建工作总结如下" + (y.complete() ? "" : "（数据统计至" + Chinese.monthDay(y.through()) + "）") + "："));

        blocks.add(new Heading("一、基本情况"));
        List<YearAcross.BranchYear> silent = y.silent();
        blocks.add(Paragraph.plain(name + "下设党支部" + n + "个。年内各支部通过党建助手登记活动" + y.events() + "项（记录"
                + y.records() + "条）" + (silent.isEmpty() ? "" : "，其中" + silent.size() + "个支部尚无活动记录")
                + "。对照各支部的规定动作，" + (y.completeBranches().size() == n ? "各支部均按期完成"
                        : y.completeBranches().size() + "个支部均按期完成，" + (n - y.completeBranches().size())
                                + "个支部存在缺项")
                + "。"));

        blocks.add(new Heading("二、主要工作"));
        int part = 0;
        if (!y.obligations().isEmpty()) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            for (YearAcross.Obligation o : y.obligations()) {
                text.append(Chinese.numeral(++i)).append("是").append(o.activity().name()).append("。各支部共")
                        .append(o.activity().countsMoney() ? "收缴" + o.done() + "次" : "开展" + o.done() + o.activity().unit())
                        .append("，").append(o.owing() == n ? "" : "应" + o.cadence().everyChinese() + "开展的")
                        .append(o.owing()).append("个支部中").append(o.met() == o.owing() ? "均" : o.met() + "个")
                        .append("做到").append(o.cadence().everyChinese())
                        .append(o.activity().countsMoney() ? "按期收缴。" : "按期开展。");
            }
            blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++part) + "）督促落实组织生活制度。",
                    LeadStyle.SUBHEADING), text.toString()));
        }
        if (!y.topics().isEmpty()) {
            String topics = y.topics().stream().map(t -> "“" + t.text() + "”" + (t.branches() > 1 ? "（" + t.branches()
                    + "个支部）" : "")).collect(Collectors.joining("、"));
            blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++part) + "）指导支部开展主题鲜明的活动。",
                    LeadStyle.SUBHEADING), "各支部围绕" + topics + "等主题开展学习和活动，" + DraftDocument.TO_EDIT
                    + "可补充典型做法和成效。"));
        }
        blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++part) + "）各支部工作开展情况。", LeadStyle.SUBHEADING),
                "各支部登记活动和完成规定动作情况如下："));
        for (YearAcross.BranchYear b : y.branches()) {
            blocks.add(Paragraph.plain(branchLine(b, y.complete())));
        }

        blocks.add(new Heading("三、存在的问题"));
        List<String> problems = new ArrayList<>();
        List<YearAcross.Obligation> gaps = y.obligations().stream().filter(o -> !o.missed().isEmpty()).toList();
        // branches without any record are one problem of their own, not a name in every obligation's list
        List<String> gapLines = new ArrayList<>();
        for (YearAcross.Obligation o : gaps) {
            List<Branch> keeping = o.missed().stream().map(YearAcross.Missed::branch)
                    .filter(b -> silent.stream().noneMatch(q -> q.branch().id().equals(b.id()))).toList();
            if (!keeping.isEmpty()) {
                gapLines.add(o.activity().name() + "有" + keeping.size() + "个支部未做到" + o.cadence().everyChinese()
                        + "按期开展（" + named(keeping) + "）");
            }
        }
        if (!gapLines.isEmpty()) {
            problems.add("部分支部组织生活开展不够规律。" + String.join("；", gapLines) + "。");
        }
        if (!silent.isEmpty()) {
            problems.add("部分支部活动记录不够及时完整。" + named(silent.stream().map(YearAcross.BranchYear::branch).toList())
                    + "年内尚无活动记录，实际开展情况需进一步核实。");
        }
        if (problems.isEmpty()) {
            blocks.add(Paragraph.plain("对照各支部的规定动作，" + (y.complete() ? "全年" : "截至" + Chinese.monthDay(y.through()))
                    + "未发现缺项。工作中的其他不足请根据实际补充。" + DraftDocument.TO_EDIT));
        }
        for (int i = 0; i < problems.size(); i++) {
            blocks.add(new Paragraph(new Lead(Chinese.numeral(i + 1) + "是" + problems.get(i).substring(0,
                    problems.get(i).indexOf('。') + 1), LeadStyle.BOLD), problems.get(i).substring(
                            problems.get(i).indexOf('。') + 1)));
        }

        blocks.add(new Heading("四、下步工作打算"));
        int plan = 0;
        blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++plan) + "）加强对支部的督促指导。", LeadStyle.SUBHEADING),
                gaps.isEmpty() && silent.isEmpty() ? "坚持每月通报各支部工作进度，推动各支部保持组织生活规范有序。"
                        : "对存在缺项的" + behind(y) + "个支部逐一跟踪，督促按期补齐，每月通报各支部工作进度。"));
        blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++plan) + "）严格落实“三会一课”制度。", LeadStyle.SUBHEADING),
                "指导各支部年初拟定全年计划，用好党建助手的按月提醒，做到活动开展一次、登记一次、佐证材料归档一次。"));
        blocks.add(new Paragraph(new Lead("（" + Chinese.numeral(++plan) + "）推动党建与业务工作深度融合。",
                LeadStyle.SUBHEADING), DraftDocument.TO_EDIT));
        blocks.add(new Closing(name));
        blocks.add(new Closing(Chinese.date(today)));
        return new DraftDocument(name + "\n" + y.year() + "年度党建工作总结", blocks);
    }

    /**
     * 机关第一党支部：登记活动32项，规定动作均按期完成 / …，支部委员会会议3月、5月未开展，党课全年未开展; a branch
     * without records is said to have none, its every obligation unmet goes without saying.
     */
    static String branchLine(YearAcross.BranchYear b, boolean complete) {
        if (b.records() == 0) {
            return b.branch().name() + "：尚无活动记录。";
        }
        String line = b.branch().name() + "：" + (b.firstMonth() > 1 && b.firstMonth() <= 12
                ? Chinese.month(b.firstMonth()) + "起使用党建助手，" : "") + "登记活动" + b.events() + "项";
        List<Progress.Item> missed = b.progress().incomplete();
        if (b.progress().items().isEmpty()) {
            return line + "。";
        }
        if (missed.isEmpty()) {
            return line + "，规定动作均按期完成。";
        }
        // 全年 only of a year kept from January: a branch that began in November missed its months, not its year
        boolean wholeYear = b.firstMonth() == 1;
        return line + "，" + missed.stream().map(i -> i.activity().name() + (wholeYear
                && i.missing().size() == i.required() ? (complete ? "全年" : "年内") : Period.labels(i.missing())) + "未开展")
                .collect(Collectors.joining("，")) + "。";
    }

    private static long behind(YearAcross y) {
        return y.branches().stream().filter(b -> !b.complete() || b.records() == 0).count();
    }

    /** 第1党支部、第2党支部等12个支部 */
    static String named(List<Branch> branches) {
        String names = branches.stream().limit(NAMED).map(Branch::name).collect(Collectors.joining("、"));
        return branches.size() > NAMED ? names + "等" + branches.size() + "个支部" : names;
    }

    /** The chat message that goes with the Word file: the counts and where the committee should look. */
    static String summary(YearAcross y) {
        int n = y.branches().size();
        StringBuilder text = new StringBuilder("#### ").append(title(y)).append("（草稿）\n\n");
        text.append("总结以").append(MarkdownText.literal(y.committee().name())).append("口吻，汇总所属").append(n)
                .append("个支部").append(y.complete() ? "全年" : "1月1日至" + Chinese.monthDay(y.through()))
                .append("的活动记录写成，各支部情况逐一列出，Word文件随后发送。\n\n");
        text.append("- 登记活动").append(y.events()).append("项（记录").append(y.records()).append("条）\n");
        text.append("- 规定动作均按期完成的支部：").append(y.completeBranches().size()).append("个\n");
        for (YearAcross.Obligation o : y.obligations()) {
            if (!o.missed().isEmpty()) {
                text.append("- ").append(o.activity().name()).append("未按期开展：").append(o.missed().size())
                        .append("个支部\n");
            }
        }
        if (!y.silent().isEmpty()) {
            text.append("- 尚无活动记录：").append(MarkdownText.literal(named(y.silent().stream()
                    .map(YearAcross.BranchYear::branch).toList()))).append('\n');
        }
        text.append("\n标有").append(DraftDocument.TO_EDIT).append("的内容请根据实际补充修改。");
        return text.toString();
    }
}
