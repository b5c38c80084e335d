package cn.dangjian.bot.command;

import java.util.List;

import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Shape;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;

/** What a chat message asks the bot to do, understood from free Chinese text by {@link Parser}. */
public sealed interface Command {

    /**
     * Store these activities (one message may name several: "召开支委会和党员大会"). {@code besides}, when not null, says
     * what else the message named that is not stored ("另外，11月30日的支部党员大会开展后请告诉我，我再记录。").
     */
    record Log(List<Entry> entries, String besides) implements Command {
        public Log {
            entries = List.copyOf(entries);
        }

        public Log(List<Entry> entries) {
            this(entries, null);
        }
    }

    /**
     * The bot's reading of a message that names activities without saying they took place ("主题党日", "开展主题党日活动"):
     * nothing is stored until the sender confirms. {@code question} says the reading ({@code QuestionText} says how to
     * answer); {@code teaches} the member's word a confirmation teaches, when the bot reached it through resemblance.
     */
    record Ask(List<Entry> entries, String question, Teaching teaches) implements Command {
        public Ask {
            entries = List.copyOf(entries);
        }

        public Ask(List<Entry> entries, String question) {
            this(entries, question, null);
        }
    }

    /**
     * The member's own word that named the activity of a reading the bot reached by resemblance ("生活会" for
     * organizational_life_meeting): a 是 to the reading makes it a candidate word of the organisation.
     */
    record Teaching(String word, String activity) {
    }

    /**
     * The bot's readings of a message that resembles several activities ("今天开了支部会，15人参加"): one question
     * ({@code prompt}) with numbered choices ({@code options}, one per reading); the sender's number stores that
     * reading. {@code teaches} holds, per reading, the member's word its choice teaches (or null).
     */
    record Choose(List<List<Entry>> choices, String prompt, List<String> options, List<Teaching> teaches)
            implements Command {
        public Choose {
            choices = choices.stream().map(List::copyOf).toList();
            options = List.copyOf(options);
            teaches = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(teaches));
        }
    }

    /** "1", "回复2" with no question pending: nothing was offered to choose from. */
    record Choice(int number) implements Command {
    }

    /** 是 / 对 / 确认 with no question pending: there is nothing to confirm. */
    record Confirm() implements Command {
    }

    /**
     * A reply read against the sender's pending question ({@link Question}): yes, no, a numbered choice, or a value
     * or correction laid over the question's reading.
     */
    record AnswerQuestion(Question question, Answer answer) implements Command {
    }

    /**
     * Understood, and deliberately not stored: a plan, a cancellation, a question the progress cannot answer, a notice
     * forwarded from above, chit-chat. {@code answer} says what the bot understood.
     */
    record Noted(SpeechAct act, String answer) implements Command {
    }

    /** 撤销 (the sender's last record: {@code ids} empty) or 撤销 #12 #13. */
    record Undo(List<Long> ids) implements Command {
        public Undo {
            ids = List.copyOf(ids);
        }
    }

    /**
     * "#15人数不对，是23人", "刚才那条改成主题党日": the record {@code id} (null: the sender's last) should hold what
     * {@code correction} says. The record keeps its id; the author or a secretary may correct it.
     */
    /**
     * Corrects record {@code id}, or else the sender's last record, of activity {@code of} when the message names the
     * record by its activity ("刚才那个主题党日是11月1日的").
     */
    record Correct(Long id, String of, Correction correction) implements Command {
        public Correct(Long id, Correction correction) {
            this(id, null, correction);
        }
    }

    /** What a correction changes; a null fact stays as it is. */
    record Correction(String activity, java.time.LocalDate date, Integer count, Integer participants, String topic,
            java.math.BigDecimal amount) {

        public boolean isEmpty() {
            return activity == null && date == null && count == null && participants == null && topic == null
                    && amount == null;
        }
    }

    /**
     * 记录 (the latest records, {@code period} null), 本月记录 / 上个月都干了啥 / 今年的记录 (those of a month, quarter or
     * year); 我的记录 ({@code mine}): the sender's own.
     */
    record ListRecords(Period period, boolean mine) implements Command {
    }

    /**
     * 进度 / 本月进度, 本季度进度, 全年进度; 上个月进度, 11月进度, 三季度进度: {@code period} names the month, quarter or
     * year asked about, null for the current one of the scope.
     */
    record ShowProgress(Progress.Scope scope, Period period) implements Command {
        public ShowProgress(Progress.Scope scope) {
            this(scope, null);
        }
    }

    /**
     * A question the records answer in a line: when an activity last took place (上次支委会是哪天), how many times or
     * people (今年讲了几次党课, 发展了几个党员), whether it took place (组织生活会开了没, 这个月党费交了吗), or what the
     * period still lacks (这个月还差哪些). {@code activity} is a catalogue key (null for MISSING); {@code period} the
     * month, quarter or year asked about, null when the question names none.
     */
    record Query(Kind kind, String activity, Period period) implements Command {
        public enum Kind { LAST, COUNT, WHETHER, MISSING }
    }

    /** 生成2026年度述职报告 / 年度总结: {@code year} null means the default year; kind is duty-report or work-summary. */
    record GenerateDraft(Integer year, String kind) implements Command {
        public static final String DUTY_REPORT = "duty-report";
        public static final String WORK_SUMMARY = "work-summary";
    }

    /**
     * 亮点：… / 成效：…: the secretary names what the year's draft should say; {@code text} as typed. {@code year}: the
     * draft's year, null until the year gate has chosen it (as for a draft asked for without a year).
     */
    record AddHighlight(String text, Integer year) implements Command {

        public AddHighlight(String text) {
            this(text, null);
        }
    }

    /** 亮点 / 查看亮点: the highlights kept for the year's draft; {@code year} as in {@link AddHighlight}. */
    record ListHighlights(Integer year) implements Command {

        public ListHighlights() {
            this(null);
        }
    }

    /** 绑定 机关第一党支部: an organisation admin binds the current group to a branch. */
    record Bind(String branch) implements Command {
    }

    /**
     * 本支部设有党小组 / 我们没有支委会: a secretary says whether the branch has the body ({@code has}); 支部设置
     * ({@code subject} and {@code has} null): anyone sees the branch's shape and where it comes from.
     */
    record BranchShape(Shape.Subject subject, Boolean has) implements Command {
    }

    /** 暂停提醒 / 恢复提醒 / 提醒设置. */
    record Reminders(Action action) implements Command {
        public enum Action { PAUSE, RESUME, SHOW }
    }

    /** 年度关账 2026 / 关闭2026年度: a secretary or an organisation admin closes the branch's year. */
    record CloseYear(int year) implements Command {
    }

    /** 重新开放2026年度 原因：…: an organisation admin reopens a closed year, saying why. */
    record ReopenYear(int year, String reason) implements Command {
    }

    /**
     * The draft of a closed year, as archived when it was closed: what a request for that year's draft gets (never a
     * new one). Not read from text: a {@link GenerateDraft} of a closed year becomes this before it is answered.
     */
    record ArchivedDraft(int year, String kind) implements Command {
    }

    record Help() implements Command {
    }

    /**
     * The message names an activity, but a fact in it cannot be accepted (a future date, a count of zero …).
     * {@code reason} is the Chinese sentence that says what was not accepted and how to say it.
     */
    record Rejected(String reason, MissingFact missing) implements Command {
        public Rejected(String reason) {
            this(reason, null);
        }
    }

    /**
     * What a refusal lacks that the member can say in a word (the day of "近期", the people of "3000人"): the bot asks
     * {@code question} and keeps {@code reading}, which the answer completes.
     */
    record MissingFact(List<Entry> reading, Question.Field field, String question) {
        public MissingFact {
            reading = List.copyOf(reading);
        }
    }

    /** No activity or command recognised; {@code suggestions} are the closest activity names. */
    record NotUnderstood(List<String> suggestions) implements Command {
        public NotUnderstood {
            suggestions = List.copyOf(suggestions);
        }
    }
}
