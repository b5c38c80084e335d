package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Shape;

/**
 * The commands besides logging. A command is the whole message (give or take 请, 查看, a trailing 吧 or a full stop),
 * never a word inside it, so that "主题党日 已开展" or a message that merely contains 记录 is still read as a log.
 */
final class CommandWords {

    private static final String POLITE = "(?:请|麻烦|帮我|帮忙)";
    private static final Pattern POLITE_BEFORE = Pattern.compile("^" + POLITE);
    private static final String TRAILING = MessageText.SPACES + "。.!~,;、";
    private static final Finder POLITE_AFTER = Finder.of("(?:一下|吧|谢谢|谢谢了|,谢谢)$");

    /**
     * 测试 is what people send to see whether the bot answers; the help text is the useful answer (测试
     * is also a synonym of 知识测试, but nobody logs a test with that one word).
     */
    private static final Pattern HELP = Pattern.compile("帮助|help|\\?|怎么用|怎么使用|如何使用|使用说明|用法|菜单|功能|指令|命令"
            + "|测试|测试一下|test|试试|试一下", Pattern.CASE_INSENSITIVE);
    private static final String UNDO = "(?:撤销|撤回|删除|删掉)";
    private static final Pattern UNDO_LAST = Pattern.compile(
            UNDO + "(?:我的)?(?:上一条|最后一条|刚才那条|刚刚那条|刚才的|刚刚的|刚才|上条)?(?:记录)?");
    private static final Pattern UNDO_ID = Pattern.compile(UNDO + "(?:记录)?第?#?(\\d{1,12})(?:号|条)?(?:记录)?");
    private static final Pattern UNDO_ANYTHING = Pattern.compile(UNDO + ".*");
    private static final String LOOK = "(?:查看|查询|看看|看一下|看下|查一下|查下|显示|列出)?";
    /** How a branch names itself: 本支部, 我们, 咱们支部. */
    private static final String WE_NAMES = "本支部|我们支部|我支部|咱们支部|我们|咱们|支部";
    private static final String WE = "(?:" + WE_NAMES + ")?";
    /** Group 1: the sender's own. The period ("本月", "上个月", "10月", "今年") is taken off first. */
    private static final Pattern RECORDS = Pattern.compile("(?:帮我|请|麻烦)?" + LOOK
            + "(我的|我登记的|我发的|我记的)?(?:最近的?|近期的?)?(?:支部)?(?:的|都有|有)?(?:哪些)?(?:活动)?(?:记录|登记记录)(?:列表|清单)?");
    /** "上个月都干了啥", "今年开展了哪些活动", "我记的有哪些": what was logged, as a question. Group 1: the sender's own. */
    private static final Pattern LOGGED_WHAT = Pattern.compile("(?:" + WE_NAMES + "|大家)?"
            + "(我(?:都)?(?:记|登记|发|报)(?:的|了|过)(?:的)?(?:有)?|"
            + "(?:都|一共|总共)?(?:干|做|搞|弄|开展|记|登记)(?:了|过)(?:些)?(?:有)?)(?:啥|什么|哪些)(?:活动|工作|事情?)?(?:呀|啊|呢)?");
    /** Group 1 may name an activity ("党费收缴进度"): the progress shows it among the others. */
    private static final Pattern PROGRESS = Pattern.compile(LOOK + "(.*?)"
            + "(本月|这个月|当月|本季度|这个季度|本季|季度|全年|本年度|本年|年度|今年)?的?(?:工作)?进度(?:情况)?(?:如何|怎么样|怎样|咋样)?");
    private static final Pattern PAUSE = Pattern.compile("(?:暂停|关闭|停止|关掉|先停)(?:一下)?(?:提醒|催办)(?:功能)?");
    private static final Pattern RESUME = Pattern.compile("(?:恢复|开启|打开|重新开启|继续)(?:提醒|催办)(?:功能)?");
    private static final Pattern SHOW_REMINDERS = Pattern.compile("(?:查看|查询)?(?:提醒设置|提醒状态|提醒安排|提醒时间|提醒)");
    private static final String BODY = "(党小组|支委会|支部委员会)";
    /** 本支部设有党小组, 我们有支委会: what the branch has, said as a whole message (not 本月有党小组会). */
    private static final Pattern HAS_BODY = Pattern.compile(WE + "(?:设有|设立了|设了|成立了|建立了|有)" + BODY + "(?:了|的)?");
    private static final Pattern NO_BODY = Pattern.compile(
            WE + "(?:没有|没设|没设立|未设|未设立|未设置|不设|没成立|未成立|无)" + BODY + "(?:了|的)?");
    private static final Pattern SHOW_SHAPE = Pattern.compile(
            LOOK + "(?:本支部|我们支部|我支部)?的?(?:支部设置|组织设置|机构设置)(?:情况)?");
    private static final Pattern BIND = Pattern.compile("绑定(?:到|本群到|本群)?:?(.*)");
    private static final Pattern HIGHLIGHTS = Pattern.compile(LOOK + "(?:今年|本年|全年|年度)?的?(?:亮点|成效)(?:列表|清单)?");
    /** 亮点：… / 成效：… (the colon is what makes it a highlight, not a message that mentions one). */
    private static final Finder HIGHLIGHT = Finder.of("^(?:亮点|成效)\\s*[:：]");

    /** 年度关账 2026, 关账2026年度, 关闭2026年度, 2026年度关账. */
    private static final Pattern CLOSE_YEAR = Pattern.compile(
            "(?:年度关账|关账|关闭|封账)(\\d{4})?(?:年度|年)?(?:关账)?|(\\d{4})(?:年度|年)(?:关账|关闭|封账)");
    /** 重新开放2026年度 原因:补录12月党费 (the reason after 原因/理由, or after a comma). */
    private static final Pattern REOPEN_YEAR = Pattern.compile(
            "(?:重新开放|重新打开|重新开启|解除关账|取消关账)(\\d{4})(?:年度|年)(?:关账)?[,;:\\s]*"
                    + "(?:(?:原因|理由)[:\\s]*)?(.*)", Pattern.DOTALL);

    private static final Finder DRAFT_WORD = Finder.of("述职|年度报告|工作总结|年度总结|年终总结|总结报告");
    private static final Pattern DRAFT_ASK = Pattern.compile(
            POLITE + "?(?:生成|起草|草拟|撰写|写|出|导出|做)(?:一份|一个|一下)?.*(?:总结|报告)");
    /** A deadline or a hand-in: said of a document by whoever asks for it, not by whoever wants it drafted. */
    private static final Finder DEADLINE = Finder.of("(?:日|号|底|天)前|之前|以前|截止|报送|上报|报至|提交|报组织部|报党委|交给|交到|请于|请在");
    /** A request by the document's name alone is short: "2025年度述职报告", "年度总结". */
    private static final int DOCUMENT_NAME = 14;
    static final String DOCUMENT_MENTIONED = "收到。需要起草年度述职报告或工作总结时，请支部书记发送“生成述职报告”或“生成工作总结”，"
            + "我即根据全年记录起草初稿。";
    private static final Pattern YEAR = Pattern.compile(
            "(\\d{4}|[〇零一二三四五六七八九]{4})年|(?<!\\d)(20\\d\\d)(?!\\d)|今年|本年|去年|上一?年|前年");

    private static final Finder QUESTION = Finder.of("[?吗么呢]$|几次|几个|多少|有没有|是否|了没有?$");
    /** How to do something ("怎么记录支委会"), not how it went ("开得怎么样"). */
    private static final Finder HOW = Finder.of("怎么(?!样)|如何|怎样(?!了)");
    private final ActivityWords words;

    CommandWords(ActivityWords words) {
        this.words = words;
    }

    /** The command the whole message is, or null when it is none (then it may be a log). */
    Command read(String message, LocalDate today) {
        String cased = casedCore(message);
        String core = cased.toLowerCase(Locale.ROOT);
        if (HELP.matcher(message).matches() || HELP.matcher(core).matches()) {
            return new Command.Help();
        }
        Matcher m;
        // each command has its keyword; a log of forty characters need not try them all
        if (core.contains("撤") || core.contains("删")) {
            if ((m = UNDO_ID.matcher(core)).matches()) {
                return new Command.Undo(List.of(Long.parseLong(m.group(1))));
            }
            if (UNDO_LAST.matcher(core).matches()) {
                return new Command.Undo(List.of());
            }
            if (UNDO_ANYTHING.matcher(core).matches()) {
                // "撤销支委会那条": undoing is clearly meant, but which record is not; a guess could remove the wrong one
                return new Command.Rejected("未撤销：请写明要撤销的记录编号，例如“撤销 #12”；只发“撤销”则撤销您的上一条记录，"
                        + "发送“记录”可查看编号。");
            }
        }
        if ((core.contains("亮点") || core.contains("成效")) && HIGHLIGHTS.matcher(core).matches()) {
            return new Command.ListHighlights();
        }
        if (core.contains("记录") || core.contains("啥") || core.contains("什么") || core.contains("哪些")) {
            Period period = Questions.period(core, today);
            String rest = period == null ? core : Questions.withoutPeriod(core).replaceFirst("^的", "");
            if ((m = RECORDS.matcher(rest)).matches() || (m = LOGGED_WHAT.matcher(rest)).matches()) {
                boolean mine = m.group(1) != null && m.group(1).startsWith("我");
                return new Command.ListRecords(period, mine);
            }
        }
        if (core.contains("进度")) {
            Period period = Questions.period(core, today);
            String rest = period == null ? core : Questions.withoutPeriod(core);
            if ((m = PROGRESS.matcher(rest)).matches() && (m.group(1).isEmpty() || words.isWord(strip的(m.group(1))))) {
                return period == null || period.equals(Period.of(period.cadence(), today))
                        ? new Command.ShowProgress(period == null ? scope(m.group(2)) : scope(period.cadence()))
                        : new Command.ShowProgress(scope(period.cadence()), period);
            }
        }
        if (core.contains("提醒") || core.contains("催办")) {
            if (PAUSE.matcher(core).matches()) {
                return new Command.Reminders(Command.Reminders.Action.PAUSE);
            }
            if (RESUME.matcher(core).matches()) {
                return new Command.Reminders(Command.Reminders.Action.RESUME);
            }
            if (SHOW_REMINDERS.matcher(core).matches()) {
                return new Command.Reminders(Command.Reminders.Action.SHOW);
            }
        }
        if (core.contains("关账") || core.contains("关闭") || core.contains("封账") || core.contains("重新")) {
            Command year = year(core, message);
            if (year != null) {
                return year;
            }
        }
        if (core.contains("党小组") || core.contains("支委会") || core.contains("支部委员会") || core.contains("设置")) {
            if (SHOW_SHAPE.matcher(core).matches()) {
                return new Command.BranchShape(null, null);
            }
            if ((m = HAS_BODY.matcher(core)).matches() || (m = NO_BODY.matcher(core)).matches()) {
                return new Command.BranchShape(m.group(1).equals("党小组") ? Shape.Subject.PARTY_GROUPS
                        : Shape.Subject.COMMITTEE, m.pattern() == HAS_BODY);
            }
        }
        // a branch id keeps its capitals: 绑定 bA finds the branch bA
        if (core.startsWith("绑定") && (m = BIND.matcher(cased)).matches()) {
            String branch = m.group(1).strip();
            return branch.isEmpty()
                    ? new Command.Rejected("未绑定：请写明支部名称或编号，例如“绑定 机关第一党支部”。")
                    : new Command.Bind(branch);
        }
        return null;
    }

    /** Closing or reopening a year: the year must be named, since either changes what may be recorded. */
    private static Command year(String core, String message) {
        Matcher m;
        if ((m = REOPEN_YEAR.matcher(core)).matches()) {
            // the reason as written, not lower-cased: it goes into the audit trail
            Matcher asWritten = REOPEN_YEAR.matcher(message);
            String reason = MessageText.withoutTrailing(asWritten.find() ? asWritten.group(2) : m.group(2), TRAILING)
                    .strip();
            if (reason.isEmpty()) {
                return new Command.Rejected("重新开放年度须说明原因，请发送“重新开放" + m.group(1) + "年度 原因：…”，原因将记入审计记录。");
            }
            return new Command.ReopenYear(Integer.parseInt(m.group(1)), reason);
        }
        if ((m = CLOSE_YEAR.matcher(core)).matches()) {
            String year = m.group(1) != null ? m.group(1) : m.group(2);
            if (year == null) {
                return new Command.Rejected("请写明要关账的年度，例如“年度关账 2026”。关账后该年度的记录不能再新增、撤销或修改。");
            }
            return new Command.CloseYear(Integer.parseInt(year));
        }
        return null;
    }

    /**
     * 亮点：… / 成效：…, read before anything else so that a highlight naming activities is not logged; the text after
     * the colon is kept as the secretary typed it ({@code raw}), spaces included.
     */
    Command highlight(String message, String raw) {
        if (!HIGHLIGHT.in(message)) {
            return null;
        }
        Matcher colon = Pattern.compile("[:：]").matcher(raw);
        String text = colon.find() ? raw.substring(colon.end()).strip() : "";
        return text.isEmpty()
                ? new Command.Rejected("未记下：请在“亮点：”后写明内容，例如“亮点：支部与社区开展联建共建，党员志愿服务常态化”。")
                : new Command.AddHighlight(text);
    }

    /**
     * A request for the yearly report: 述职 picks the duty report, 总结 the work summary, a plain 年度报告 the duty
     * report. A message that also names activities is a log ("召开年度组织生活会，做年度工作总结") unless it starts by
     * asking for the document ("生成…").
     */
    Command draft(String message, LocalDate today, boolean namesActivities) {
        boolean asks = DRAFT_ASK.matcher(message).lookingAt();
        boolean names = DRAFT_WORD.in(message);
        if (namesActivities ? !(asks && names) : !(asks || names)) {
            return null;
        }
        if (!asks && (DEADLINE.in(message) || message.length() > DOCUMENT_NAME)) {
            // "述职报告初稿请于12月20日前报组织部" speaks of the document; only its entitled author asks for it
            return new Command.Noted(SpeechAct.NOTICE, DOCUMENT_MENTIONED);
        }
        String kind = message.contains("述职") ? Command.GenerateDraft.DUTY_REPORT
                : message.contains("总结") ? Command.GenerateDraft.WORK_SUMMARY : Command.GenerateDraft.DUTY_REPORT;
        Integer year = year(message, today);
        if (year != null && year > today.getYear()) {
            return new Command.Rejected("未生成：" + year + "年度尚未开始。请写明要生成的年度，例如“生成" + (today.getYear() - 1)
                    + "年度述职报告”。");
        }
        return new Command.GenerateDraft(year, kind);
    }

    /**
     * A question about activities ("本月支委会开了吗？", "今年讲了几次党课") is answered with the progress, and "怎么记录支委会"
     * with the help: neither is a log.
     */
    Command question(String masked) {
        String text = MessageText.withoutTrailing(masked, TRAILING);
        if (HOW.in(text)) {
            return new Command.Help();
        }
        if (!QUESTION.in(text)) {
            return null;
        }
        Progress.Scope scope = text.contains("季度") || text.contains("本季") ? Progress.Scope.QUARTER
                : text.contains("今年") || text.contains("全年") || text.contains("本年") || text.contains("年度")
                        ? Progress.Scope.YEAR : Progress.Scope.MONTH;
        return new Command.ShowProgress(scope);
    }

    /** The message without its polite words and trailing marks, as written (the commands read it lower-cased). */
    private static String casedCore(String message) {
        String core = MessageText.withoutTrailing(message, TRAILING);
        if (POLITE_AFTER.in(core)) {
            core = POLITE_AFTER.matcher(core).replaceAll("");
        }
        core = POLITE_BEFORE.matcher(core).replaceFirst("");
        if (core.length() > 1 && core.endsWith("?")) {
            core = core.substring(0, core.length() - 1);
        }
        return core;
    }

    private static String strip的(String text) {
        return text.endsWith("的") ? text.substring(0, text.length() - 1) : text;
    }

    private static Progress.Scope scope(Cadence cadence) {
        return switch (cadence) {
            case QUARTERLY -> Progress.Scope.QUARTER;
            case YEARLY -> Progress.Scope.YEAR;
            default -> Progress.Scope.MONTH;
        };
    }

    private static Progress.Scope scope(String word) {
        if (word == null) {
            return Progress.Scope.MONTH;
        }
        return switch (word) {
            case "本季度", "这个季度", "本季", "季度" -> Progress.Scope.QUARTER;
            case "全年", "本年度", "本年", "年度", "今年" -> Progress.Scope.YEAR;
            default -> Progress.Scope.MONTH;
        };
    }

    private static Integer year(String message, LocalDate today) {
        Matcher m = YEAR.matcher(message);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        if (digits != null) {
            return (int) ChineseNumbers.parse(digits);
        }
        return today.getYear() - switch (m.group()) {
            case "去年", "上年", "上一年" -> 1;
            case "前年" -> 2;
            default -> 0;
        };
    }
}
