package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.command.Facts.Amount;
import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Stated;
import cn.dangjian.bot.command.Facts.Quantity;
import cn.dangjian.bot.command.Facts.Topic;

/**
 * Which {@link SpeechAct} a clause performs, from its words and its facts, and how the acts of a message's clauses
 * combine. Two acts belong to the whole message: a notice from above (nothing in it is the branch's own report) and
 * chit-chat. Every other act is a clause's, read from its own markers in this order, the first that is present wins:
 * <ol>
 * <li>a question (吗, 了没, 什么时候, ?);</li>
 * <li>a negation or cancellation (还没开, 未召开, 取消, 推迟, 改期);</li>
 * <li>what is about to happen (马上开支委会了, 即将): a plan, whatever its 了;</li>
 * <li>a clear completion: an aspect word (开了, 已开展, 开完, 搞定, 刚…) or a day that has passed (昨天, 3天前, 上周五);</li>
 * <li>a plan: a day to come (明天, 下周, 下个月初), an intention (计划, 准备, 拟, 将于), a request to attend (请…准时参加)
 *     or a time of day (下午三点): who reports work done does not say when it starts;</li>
 * <li>a weaker sign of completion: a number of people who took part, a count, an amount, a topic, or today's date with a
 *     formal verb (今天召开支委会);</li>
 * </ol>
 * A clause with none of these takes the act of the nearest clause that has one ("召开支委会，7人参加"); a message with
 * none anywhere is {@link SpeechAct#UNMARKED}, and the bot asks (unless it names a result such as 转正 or 办实事, which
 * {@link LogReader} takes as done).
 * <p>
 * Words after an agenda verb (研究下周三开展主题党日) speak of the agenda: only their completion words count
 * ("研究了…" says the meeting was held).
 */
final class SpeechActs {

    private static final Finder QUESTION = Finder.of(
            "\\?|(?:吗|么|嘛|了没有?)$|了没|什么|啥|几点|几号|哪天|哪一天|何时|多久|是否|有没有|要不要|能不能|可不可以"
                    + "|是不是|几次|几个|多少|开没开|搞没搞|算不算|对不对|行不行|怎么|如何|怎样|咋");

    private static final String TRAILING = MessageText.SPACES + ",。;!~\u0000";

    private static final String VERB = "(?:开|召开|开展|搞|办|学|讲|上|组织|举行|举办|进行|交|缴|收)";

    /** ("2人未交" is not one: the count takes its 未交 along, so that it speaks of some members, not the activity.) */
    private static final Finder CANCELLED = Finder.of(
            "(?:没有?|尚未|还未|暂未|还没有?|并未|未能?|从未)有?" + VERB
                    // "一直没发展党员": a negation right before the activity's word
                    + "|(?:没有?|尚未|还未|暂未|还没有?|并未|从未)(?=\\u0000|$)"
                    + "|(?:没有?|未能?|尚未)(?:按期|如期|按时|正常)"
                    + "|取消|推迟|延期|改期|改到|改在|改为|调整到|调整为|调到|挪到|暂停|延后|顺延|另行通知|作废|(?:不|别)(?:开|搞|办|组织)了|开不了|不用开|不开"
                    + "|(?:暂|先|就|今年|本月)?不(?:再)?(?:召开|开展|举行|举办|组织)");

    private static final Finder DONE_WORD = Finder.of(
            "(?<![为除罢忘])了(?![解没吗么呢])|已|业已|曾经|(?<!前)完成|完毕|结束|开完|搞完|弄完|学完|办完|讲完|做完|忙完|弄好|搞好了|办好"
                    + "|搞定|[开搞学讲办做]过|顺利|圆满|刚刚?(?=[开召搞办学讲组结完举收交参看听])|收齐|交齐|缴齐|补记|补录|补登"
                    + "|补报|选举产生|当选|(?:审议|表决|选举|研究|会议|全票)通过"
                    // "讲得真好", "开得很成功": how it went says it took place
                    + "|得(?:很|真|挺|非常|特别|不错|好|蛮|相当|十分|圆满|成功|热烈)");

    /**
     * What is about to happen or due by a day: "马上开支委会了" is not done for its 了, nor "这周五之前把党费交一下" for
     * its Friday that has passed.
     */
    private static final Finder SOON = Finder.of(
            "马上|即将|就要|快要|待会|等会|一会儿?|稍后|这就|(?<=\\u0000)(?:之前|以前)|该[^,\\u0000]{0,3}了");

    private static final Finder PLAN_WORD = Finder.of(
            "计划|准备|打算|(?<![模草])拟(?![定稿])|将于|将在|将要|将会|即将|预计|预定|定于|定在|安排在"
                    + "|届时|准时|按时参加|务必|别忘|记得|(?<![需重主只])要(?=" + VERB + ")"
                    + "|请[^\\u0000]{0,12}?(?:参加|参会|出席|到场|报名|做好|提前|带上|携带|安排)"
                    // a suggestion ("开个支委会吧", "把党费交一下"), an intention ("晚上开个党小组会")
                    + "|一下$|(?<!算[^,]{0,20})吧$|(?:开|搞|办|组织)个(?!人)"
                    // a request to others: "请大家本周内把心得体会交给我", "提醒各位…"
                    + "|请[^\\u0000]{0,12}?(?:交|提交|上交|报送|发给)|把[^,]{0,12}?(?:交|发|报|送)给|提醒(?:各位|大家|全体)");

    /** A time of day: 下午三点, 14:30, 9点半 (not 两点要求: a Chinese numeral needs a time word or 半/钟/整 with it). */
    private static final Finder CLOCK = Finder.of(
            "(?<![\\d:])\\d{1,2}:\\d{2}|(?<!\\d)\\d{1,2}点|(?:上午|下午|晚上|早上|中午|傍晚|晚)[一二两三四五六七八九十]{1,3}点"
                    + "|[一二两三四五六七八九十]{1,3}点(?:半|钟|整|[一二三四五六七八九十]+分)");

    /** The formal verbs of a report: with today's date they tell what was done today. */
    private static final Finder FORMAL_VERB = Finder.of("召开|开展|举行|举办|组织|进行|收缴|缴纳|完成|带队|带领");

    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:周|星期|礼拜).");

    private static final Finder NOTICE = Finder.of(
            "关于[^\\n]{1,60}?的(?:通知|函|安排|提示|方案)|^(?:【[^】]{0,12}】)?(?:通知|公告|紧急通知|温馨提示|重要提醒)[:\\n]"
                    + "|【[^】]{0,6}(?:通知|公告|提醒)】|请各(?:党)?(?:支部|党小组|单位|部门|位支部书记|位书记)|^各(?:党)?支部"
                    + "|各党支部[:,]|各支部书记|(?:前|之前)(?:上报|报送|报至|提交|报给|反馈)|转发[^\\n]{0,20}(?:通知|文件)"
                    + "|请(?:于|在)[^\\n]{0,20}前(?:上报|报送|提交|完成)"
                    // another organisation's event offered to members: "工会…，党员可以报名"
                    + "|(?:可以|可|欢迎|自愿)(?:报名|参加|参与)|有(?:兴趣|意向|意愿)的");

    /**
     * One piece of chit-chat: an acknowledgement, thanks or a greeting, with the particles and forms of address around
     * it. The words repeat possessively and the particles are character classes, so that 哈哈哈… or 好的了了了… of any
     * length is read in a loop, not a recursion per repetition (which overflowed the stack); for that, a word that
     * begins another (好 of 好嘞, ok of okay) comes after it, since a possessive repetition does not go back to try
     * another word.
     */
    private static final Pattern CHAT_WORD = Pattern.compile("(?:大家|各位|书记|领导)?(?:已收到|收到|好滴|好嘞|好哒|好的?|嗯|哦|噢"
            + "|okay|ok|谢谢|感谢|多谢|辛苦|明白|知道|了解|没问题|点赞|赞|太棒|棒|哈|早上好|早|晚上好|晚安|再见|拜拜|不客气|加油"
            + "|马上落实|马上办|这就办|立即落实|抓紧落实|已阅|已读|是|对|行|可以|妥)++"
            + "[了啦呀啊哈呢哒的滴哦]*(?:大家|书记|领导|老师|同志们|各位|您们|您|你们|你)?"
            + "(?:的?(?:参与|支持|配合|付出|辛苦付出))?[了啦呀啊哈哦]*+");

    private static final Pattern CHAT_SEPARATORS = Pattern.compile("[\\s,.;:!~。、…\\-，；：！～]+");

    private SpeechActs() {
    }

    /**
     * Who, when, where: a question the records cannot answer with the progress. "是不是这周五讲" asks the day as well:
     * the day (masked by then) right after 是不是.
     */
    private static final Finder ASKS_WHO_OR_WHEN = Finder.of(
            "什么时候|啥时候|几点|几号|哪天|哪一天|何时|谁|哪里|在哪|哪儿|是不是(?:在|定在|放在)?\u0000");

    static boolean asksWhoOrWhen(CharSequence text) {
        return ASKS_WHO_OR_WHEN.in(text);
    }

    /** A notice forwarded from above: nothing in it reports the branch's own work, whatever activities it names. */
    static boolean isNotice(CharSequence text) {
        Matcher notice = NOTICE.matcher(text);
        for (int from = 0; NOTICE.find(notice, text, from); from = notice.end()) {
            // "会上学习了县委关于…的通知精神": a notice the branch studied is what its meeting did
            if (!STUDIED.matcher(text).region(Math.max(0, notice.start() - 12), notice.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…的通知。另外我们支部昨天开了党小组会": after a sentence's end, the member speaking of the branch's own work.
     */
    private static final Finder OWN_WORK = Finder.of(
            "[。.!?\\n]\\s*(?:另外|此外|另:|另,|我们|我支部|本支部|咱们|咱支部)");

    /**
     * Where the member's own report begins after a notice forwarded above it, or -1: only when the notice is all
     * before it and nothing after it is a notice again.
     */
    static int ownWorkAfterNotice(String text) {
        Matcher own = OWN_WORK.matcher(text);
        for (int from = 0; OWN_WORK.find(own, text, from); from = own.end()) {
            int at = own.start() + 1;
            if (isNotice(text.substring(0, at)) && !isNotice(text.substring(at))) {
                return at;
            }
        }
        return -1;
    }

    private static final Finder STUDIED = Finder.of("(?:学习|传达|贯彻|落实|宣读|解读|领学)了?[^,。;!?\\n]{0,8}$");

    /** Chit-chat: the whole message is acknowledgements, thanks or emoji ("收到👍", "好的，谢谢", "[赞][赞]"). */
    static boolean isChat(String text) {
        String words = Talk.withoutEmoji(text);
        for (String part : CHAT_SEPARATORS.split(words.toLowerCase(java.util.Locale.ROOT))) {
            if (!part.isEmpty() && !CHAT_WORD.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The strength of what a clause says; the strongest present decides (see the class comment). */
    private enum Sign {
        QUESTION(SpeechAct.QUESTION), CANCELLED(SpeechAct.CANCELLED), DONE(SpeechAct.DONE), PLAN(SpeechAct.PLAN),
        LIKELY_DONE(SpeechAct.DONE), NONE(SpeechAct.UNMARKED);

        final SpeechAct act;

        Sign(SpeechAct act) {
            this.act = act;
        }
    }

    /**
     * The clause's own act.
     *
     * @param words  the clause up to its agenda verb, with what was understood masked
     * @param agenda the rest of the clause from its agenda verb on ("研究下周…"), or empty
     * @param facts  the facts said in {@code words}
     */
    static SpeechAct of(String words, String agenda, List<Stated> facts, LocalDate today) {
        return sign(words, agenda, facts, today).act;
    }

    private static Sign sign(String words, String agenda, List<Stated> facts, LocalDate today) {
        String clause = MessageText.withoutTrailing(words, TRAILING);
        // a clause that is all facts and activities ("，7人参加" once understood) has no words to read
        boolean hasWords = clause.chars().anyMatch(c -> c != Facts.MASK) || !agenda.isEmpty();
        if (!hasWords) {
            return facts.isEmpty() ? Sign.NONE : evidence(false, facts, "", today);
        }
        if (QUESTION.in(clause)) {
            return Sign.QUESTION;
        }
        if (CANCELLED.in(clause)) {
            return Sign.CANCELLED;
        }
        if (SOON.in(clause)) {
            return Sign.PLAN;
        }
        if (DONE_WORD.in(clause) || DONE_WORD.in(agenda) || arrived(facts)) {
            return Sign.DONE;
        }
        return evidence(PLAN_WORD.in(clause) || CLOCK.in(clause), facts, clause, today);
    }

    /** "来了11个人": people came, whatever time of day the clause also names. */
    static boolean arrived(List<Stated> facts) {
        return facts.stream().anyMatch(f -> f instanceof Quantity q && q.arrived());
    }

    /**
     * Whether a clause reads as a plan only for its time of day ("今晚八点线上学习"): once people are said to have come
     * ("来了11个人"), it is what took place tonight.
     */
    static boolean plannedByClockOnly(String words, List<Stated> facts, LocalDate today) {
        return CLOCK.in(words) && !PLAN_WORD.in(words) && !SOON.in(words)
                && facts.stream().noneMatch(f -> f instanceof Dated d && d.after(today));
    }

    /** What the facts add to the words: a day passed or to come, people, counts, amounts, topics. */
    private static Sign evidence(boolean planned, List<Stated> facts, String clause, LocalDate today) {
        boolean plan = planned;
        boolean saysToday = false;
        boolean likely = false;
        for (Stated fact : facts) {
            if (fact instanceof Dated d) {
                if (d.after(today)) {
                    plan = true;
                }
                else if (d.date() != null && d.date().isBefore(today) && !BARE_WEEKDAY.matcher(d.said()).matches()) {
                    // nobody plans for a day that has passed
                    return Sign.DONE;
                }
                else if (d.date() != null && d.date().equals(today)) {
                    saysToday = true;
                }
            }
            else if (fact instanceof Quantity q && q.role() != Facts.Role.ABSENT || fact instanceof Amount
                    || fact instanceof Topic || fact instanceof Facts.AllMembers) {
                likely = true;
            }
        }
        if (plan) {
            return Sign.PLAN;
        }
        if (likely || saysToday && FORMAL_VERB.in(clause)) {
            return Sign.LIKELY_DONE;
        }
        return Sign.NONE;
    }

    /**
     * The acts of a message's clauses once every unmarked clause has taken the act of its nearest marked one (the
     * earlier one on a tie). Unmarked clauses stay unmarked only when no clause says anything.
     */
    static List<SpeechAct> resolve(List<SpeechAct> own) {
        int n = own.size();
        // the nearest marked clause before and after each, found in one pass each way rather than searched from each
        int[] before = new int[n];
        int[] after = new int[n];
        for (int i = 0, last = -1; i < n; i++) {
            if (own.get(i) != SpeechAct.UNMARKED) {
                last = i;
            }
            before[i] = last;
        }
        for (int i = n - 1, next = -1; i >= 0; i--) {
            if (own.get(i) != SpeechAct.UNMARKED) {
                next = i;
            }
            after[i] = next;
        }
        List<SpeechAct> acts = new ArrayList<>(own);
        for (int i = 0; i < n; i++) {
            if (own.get(i) != SpeechAct.UNMARKED || before[i] < 0 && after[i] < 0) {
                continue;
            }
            boolean earlier = after[i] < 0 || before[i] >= 0 && i - before[i] <= after[i] - i;
            acts.set(i, own.get(earlier ? before[i] : after[i]));
        }
        return acts;
    }
}
