package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.DatePrecision;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;

/**
 * Free Chinese chat text to a {@link Command}, as members write it in the branch's DingTalk group.
 *
 * <p>In order: the text is made regular ({@link MessageText}); a confirmation (是, 对, 确认) answers the bot's last
 * question; a message that is a command as a whole (帮助, 撤销 #12, 本季度进度, 绑定 …) is that command; a request for
 * the yearly report is a {@link Command.GenerateDraft}; a notice forwarded from above and chit-chat are {@link Command.Noted}.
 * A message naming activities is then read clause by clause ({@link SpeechActs}): only what it says took place is a
 * {@link Command.Log}; what it plans, cancels or asks is answered, not stored; what it names without saying whether
 * it took place is a {@link Command.Ask}, stored only once the sender confirms. A log whose facts cannot all be
 * accepted (a future date, zero people, more people than the branch has …) is {@link Command.Rejected} as a whole,
 * with a reason that says how to write it. Anything else is {@link Command.NotUnderstood} with the closest activity
 * names.
 *
 * <p>Built once from the catalogue; {@link #parse} is a function of its arguments alone (no Redis, no clock) and is
 * safe to call from any thread.
 */
public final class Parser {

    private static final int SUGGESTIONS = 3;
    private static final Finder DIGIT = Finder.of("\\d");
    /** Readings offered in one question: more than two close ones say nothing in particular. */
    private static final int CHOICES = 2;
    private static final Pattern CONFIRM = Pattern.compile(
            "(?:是|是的|是滴|对|对的|对对|对对对|没错|确认|确定|确认记录|确认无误|对,记录|是,记录)[。.!~]*");

    /** "1", "回复2", "选第一个": the number of one of the readings the bot offered. */
    private static final Pattern CHOICE = Pattern.compile(
            "(?:回复|选择?|我选|就)?第?([1-3一二三])(?:个|项|号|条)?(?:吧|的)?[。.!~]*");

    /** 是, 对, 嗯, 好, 没错, 确认 …: a yes, but only to a question pending ("好" alone is no answer to anything). */
    private static final Pattern YES = Pattern.compile(
            "(?:是|是的|是滴|对|对的|对对|对对对|嗯|嗯嗯|好|好的|行|可以|没错|没问题|确认|确定|确认记录|确认无误|对,记录|是,记录|ok|OK)[。.!~]*");
    private static final Pattern NO = Pattern.compile(
            "(?:不是|不对|不|否|没有|错了|不用|不用了|不记|不要|取消|算了)[。.!~]*");
    /** "2", "第二个", "选2": a numbered choice. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:选|第)?([0-9]{1,2}|[一二三四五六七八九十])(?:个|项|条|号)?[。.!~]*");

    /** "有", "设有", "有的": a yes to whether the branch has a body. */
    private static final Pattern HAS = Pattern.compile("(?:有|有的|设有|设立了|已设立)[。.!~]*");
    private static final Finder WHOLE_EVENT = Finder.of("都|全部|整次|整个|一起|一并");
    private static final Finder ONE_RECORD = Finder.of("只|仅");
    /** "是支委会", "不是，是党小组会", "对，18号": a reply that begins by answering the question. */
    private static final Pattern REPLY = Pattern.compile("(?:不是|不对|对|是|就是|应该是|其实是)");
    /** "3650", "一共三千二", "18": a value said without its unit, as a reply to a question that asks for one. */
    private static final Pattern BARE_VALUE = Pattern.compile(
            "(?:一共|总共|共计?|合计|大约|大概|约)?([0-9][0-9,]*(?:\\.[0-9]{1,2})?|[" + ChineseNumbers.CHARS + "]+)");

    /** "28号", "28日", "二十八": a day said alone, to the question for the day of a record stored with its month. */
    private static final Pattern BARE_DAY = Pattern.compile("([0-9]{1,2}|[" + ChineseNumbers.CHARS + "]{1,3})[号日]?");

    private final Supplier<LearnedWords> learned;
    private final ActivityWords words;
    private final CommandWords commands;
    private final LogReader logs;
    private final Answers answers;

    public Parser(Catalogue catalogue) {
        this(catalogue, () -> LearnedWords.NONE);
    }

    /** @param learned the organisation's taught words as they are now (read on every message, so kept cheap) */
    public Parser(Catalogue catalogue, Supplier<LearnedWords> learned) {
        this.learned = learned;
        this.words = new ActivityWords(catalogue);
        this.commands = new CommandWords(words);
        this.logs = new LogReader(words);
        this.answers = new Answers(catalogue);
    }

    /** A message from a chat whose branch is not known: no member count bounds the participants. */
    public Command parse(String text, LocalDate today) {
        return parse(text, today, null);
    }

    /**
     * @param today  the sender's today in {@code bot.zone}: relative dates (昨天, 上周五, 3月15日) resolve against it
     * @param branch the sender's branch, or null: its member count bounds the participants and says how many
     *               "全体党员" are
     */
    public Command parse(String text, LocalDate today, Branch branch) {
        return parse(text, today, branch, null);
    }

    /**
     * A reply read against the sender's pending {@code question} first: a yes in any usual form, a no, a number among
     * its choices, or a value or correction laid over its reading ("18号", "8个人", "4200元", "是主题党日") is a
     * {@link Command.AnswerQuestion}; anything else (a new report, another command, chit-chat) is read as if nothing
     * were pending.
     *
     * @param question the sender's pending question, or null
     */
    public Command parse(String text, LocalDate today, Branch branch, Question question) {
        Command command = read(text, today, branch);
        if (question == null) {
            return command;
        }
        MessageText message = MessageText.of(text);
        String normal = message.text();
        if (YES.matcher(normal).matches()) {
            return new Command.AnswerQuestion(question, new Answer.Yes());
        }
        if (NO.matcher(normal).matches()) {
            return new Command.AnswerQuestion(question, new Answer.No());
        }
        if (question.kind() == Question.Kind.BRANCH_SHAPE && HAS.matcher(normal).matches()) {
            // "有", "设有": a yes to "本支部是否设立了党小组？"
            return new Command.AnswerQuestion(question, new Answer.Yes());
        }
        if (question.kind() == Question.Kind.UNDO_EVENT) {
            // "都撤销", "整次活动都撤了" / "只撤销这一条": the options by their words
            if (WHOLE_EVENT.in(normal)) {
                return new Command.AnswerQuestion(question, new Answer.Choice(1));
            }
            if (ONE_RECORD.in(normal)) {
                return new Command.AnswerQuestion(question, new Answer.Choice(2));
            }
        }
        if (command instanceof Command.Choice choice && question.choices() > 0) {
            return new Command.AnswerQuestion(question, new Answer.Choice(choice.number()));
        }
        Matcher number = NUMBER.matcher(normal);
        if (question.choices() > 0 && number.matches()) {
            return new Command.AnswerQuestion(question,
                    new Answer.Choice((int) ChineseNumbers.parse(number.group(1))));
        }
        if (question.kind() == Question.Kind.CHOOSE && !(command instanceof Command.Log)) {
            // "支委会", "党小组会那个": the candidate named
            int named = named(question, normal);
            if (named > 0) {
                return new Command.AnswerQuestion(question, new Answer.Choice(named));
            }
        }
        // a reply that is a report of its own replaces the question, unless the question waits for what it says or
        // the reply answers it ("是支委会", "不是，是党小组会")
        boolean report = command instanceof Command.Log || command instanceof Command.Ask;
        // "不对，是20人" to a question is its answer, not a correction of the record stored before it
        boolean unread = command instanceof Command.NotUnderstood || command instanceof Command.Noted
                || command instanceof Command.Rejected || command instanceof Command.Choice
                || command instanceof Command.Correct c && c.id() == null && !AboutRecords.points(normal);
        // the day of a record already stored is optional: only a reply that says nothing else of its own gives it
        boolean stored = question.record() != null;
        boolean answers = !stored
                && (question.kind() == Question.Kind.MISSING_FIELD || REPLY.matcher(normal).lookingAt());
        if (!question.reading().isEmpty() && (unread || report && answers)) {
            Answer amended = logs.amend(question.reading(), valued(message, question), today,
                    branch == null ? null : branch.memberCount());
            if (amended != null && !(stored && amended instanceof Answer.Amended a
                    && a.reading().stream().anyMatch(e -> e.precision() != DatePrecision.DAY))) {
                return new Command.AnswerQuestion(question, amended);
            }
        }
        return command;
    }

    /** The number of the one candidate whose activity the reply names, or 0 when it names none or several. */
    private int named(Question question, String reply) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        words.find(reply).stream().filter(m -> !m.resembled()).forEach(m -> keys.add(m.activity().key()));
        int found = 0;
        for (int i = 0; i < question.readings().size() && keys.size() == 1; i++) {
            if (question.readings().get(i).entries().stream().anyMatch(e -> keys.contains(e.activity()))) {
                if (found > 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /**
     * The reply with the unit of the value its question waits for, when it says a bare number ("3650" to "收缴了多少元？"
     * is 3650元, "18" to "参加多少人？" is 18人参加, to "是哪一天？" the 18th); else the reply as it is.
     */
    private static MessageText valued(MessageText reply, Question question) {
        if (question.kind() != Question.Kind.MISSING_FIELD || question.field() == null) {
            return reply;
        }
        Matcher day = BARE_DAY.matcher(reply.text());
        if (question.record() != null && day.matches()) {
            // "28号" to the day of a record stored as 10月 is the 28th of October, whatever today's month
            LocalDate month = question.reading().get(0).date();
            return MessageText.of(month.getYear() + "年" + month.getMonthValue() + "月" + day.group(1) + "日");
        }
        String unit = switch (question.field()) {
            case AMOUNT -> "元";
            case PARTICIPANTS -> "人参加";
            case COUNT -> "次";
            case DATE -> "号";
            default -> null;
        };
        Matcher bare = BARE_VALUE.matcher(reply.text());
        return unit != null && bare.matches() ? MessageText.of(bare.group(1) + unit) : reply;
    }

    private Command read(String text, LocalDate today, Branch branch) {
        MessageText message = MessageText.of(text);
        String normal = message.text();
        if (normal.isEmpty()) {
            return new Command.Help();
        }
        Command highlight = commands.highlight(normal, text);
        if (highlight != null) {
            return highlight;
        }
        if (CONFIRM.matcher(normal).matches()) {
            return new Command.Confirm();
        }
        Matcher choice = CHOICE.matcher(normal);
        if (choice.matches()) {
            return new Command.Choice((int) ChineseNumbers.parse(choice.group(1)));
        }
        Command command = AboutRecords.read(normal, today, words);
        if (command == null) {
            command = commands.read(normal, today);
        }
        if (command == null) {
            command = Questions.missing(normal, today);
        }
        if (command != null) {
            return command;
        }
        LearnedWords learned = this.learned.get();
        LogReader.Reading reading = logs.read(message, today, null, learned);
        boolean namesActivities = !reading.mentions().isEmpty();
        Command draft = commands.draft(normal, today, namesActivities);
        if (draft != null) {
            return draft;
        }
        if (SpeechActs.isNotice(reading.masked())) {
            // a notice forwarded with the member's own report after it: the report is what the member tells the bot
            int own = SpeechActs.ownWorkAfterNotice(normal);
            Command report = own < 0 ? null : read(normal.substring(own), today, branch);
            return report instanceof Command.Log || report instanceof Command.Ask || report instanceof Command.Rejected
                    ? report : new Command.Noted(SpeechAct.NOTICE, Answers.NOTICE);
        }
        String talk = Talk.answer(normal);
        if (talk != null) {
            return new Command.Noted(SpeechAct.CHAT, talk);
        }
        if (!namesActivities) {
            if (SpeechActs.isChat(normal)) {
                return new Command.Noted(SpeechAct.CHAT, Answers.chat(normal));
            }
            Command question = Questions.about(normal, today, logs);
            if (question != null) {
                return question;
            }
            Command resembled = resembled(message, today, branch);
            return resembled != null ? resembled : new Command.NotUnderstood(words.closest(normal, SUGGESTIONS));
        }

        try {
            LogReader.Understanding understood = logs.understand(reading, today,
                    branch == null ? null : branch.memberCount());
            if ((!understood.done().isEmpty() || !understood.unsure().isEmpty()) && Talk.exhortsTheGroup(normal)
                    && !DIGIT.in(normal)) {
                // "以后开完会都@它说一声": the activities it names are the work asked of the group, not work done
                return new Command.Noted(SpeechAct.CHAT, Talk.TO_THE_GROUP);
            }
            if (!understood.unsure().isEmpty() || reading.resembled() && !understood.done().isEmpty()) {
                // one doubtful activity makes the whole reading a question: nothing is stored unconfirmed
                List<Entry> asked = new ArrayList<>(understood.done());
                asked.addAll(understood.unsure());
                return new Command.Ask(asked, answers.confirm(asked, today), teachable(reading.teaches(), today));
            }
            if (!understood.done().isEmpty()) {
                return new Command.Log(understood.done(), Answers.besides(understood.aside(), today));
            }
            List<LogReader.Aside> aside = understood.aside();
            if (aside.stream().allMatch(a -> a.act() == SpeechAct.QUESTION)) {
                // "本月支委会开了吗？" is answered with the progress, "怎么记录支委会" with the help; a question about a
                // day to come ("明天开党员大会吗？"), or who or when, is not one the records answer
                boolean ahead = aside.stream().anyMatch(a -> a.when() != null && a.when().after(today));
                Command question = ahead ? null : Questions.about(normal, today, logs);
                if (question == null && !ahead && !SpeechActs.asksWhoOrWhen(reading.masked())) {
                    question = commands.question(reading.masked());
                }
                return question != null ? question : new Command.Noted(SpeechAct.QUESTION, Answers.QUESTION);
            }
            return new Command.Noted(aside.get(0).act(), Answers.aside(aside, today));
        }
        catch (EntryBuilder.Refusal refusal) {
            return new Command.Rejected(refusal.getMessage(), refusal.missingFact());
        }
    }

    /**
     * A message that reads as done but names no activity the catalogue knows ("昨天搞了党日主题活动，来了16个人"): the
     * whole reading with the activity it resembles, asked rather than refused, so that the member answers 是 instead
     * of typing it all again. Null when nothing resembles it closely, or when it does not say anything took place.
     */
    private Command resembled(MessageText message, LocalDate today, Branch branch) {
        List<List<Entry>> readings = new ArrayList<>();
        List<Command.Teaching> teaches = new ArrayList<>();
        EntryBuilder.Refusal refused = null;
        for (ActivityWords.Mention candidate : words.resembling(logs.withoutFacts(message, today), CHOICES)) {
            try {
                LogReader.Reading reading = logs.read(message, today, candidate, LearnedWords.NONE);
                LogReader.Understanding understood = logs.understand(reading, today,
                        branch == null ? null : branch.memberCount());
                if (!understood.done().isEmpty()) {
                    readings.add(understood.done());
                    teaches.add(teachable(reading.teaches(), today));
                }
            }
            catch (EntryBuilder.Refusal refusal) {
                refused = refused == null ? refusal : refused;
            }
        }
        if (readings.isEmpty()) {
            return refused == null ? null : new Command.Rejected(refused.getMessage());
        }
        if (readings.size() == 1) {
            return new Command.Ask(readings.get(0), answers.confirm(readings.get(0), today), teaches.get(0));
        }
        return new Command.Choose(readings, answers.choose(readings, today), answers.options(readings, today),
                teaches);
    }

    private Command.Teaching teachable(Command.Teaching teaches, LocalDate today) {
        return teaches != null && teachable(teaches.word(), teaches.activity(), today) ? teaches : null;
    }

    /**
     * Whether members may teach {@code word} as an activity's: not a word of the catalogue (whichever activity's), not
     * one holding a catalogue word of another activity, not a command, a confirmation or a number.
     */
    public boolean teachable(String word, String activity, LocalDate today) {
        if (word == null || !ActivityWords.teachable(word) || words.isWord(word)) {
            return false;
        }
        for (ActivityWords.Mention m : words.find(word)) {
            if (!m.resembled() && !m.activity().key().equals(activity)) {
                return false;
            }
        }
        String normal = MessageText.of(word).text();
        return !YES.matcher(normal).matches() && !NO.matcher(normal).matches() && !CHOICE.matcher(normal).matches()
                && AboutRecords.read(normal, today, words) == null && commands.read(normal, today) == null;
    }

    /** The acts of the clauses naming activities, for the speech-act table; NOTICE and CHAT for the whole message. */
    List<SpeechAct> acts(String text, LocalDate today) {
        MessageText message = MessageText.of(text);
        LogReader.Reading reading = logs.read(message, today);
        if (SpeechActs.isNotice(reading.masked())) {
            return List.of(SpeechAct.NOTICE);
        }
        if (reading.mentions().isEmpty()) {
            return SpeechActs.isChat(message.text()) ? List.of(SpeechAct.CHAT) : List.of();
        }
        return logs.acts(reading, today);
    }
}
