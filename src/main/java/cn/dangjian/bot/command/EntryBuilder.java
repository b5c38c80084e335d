package cn.dangjian.bot.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.DatePrecision;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Facts.AllMembers;
import cn.dangjian.bot.command.Facts.Amount;
import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Stated;
import cn.dangjian.bot.command.Facts.Quantity;
import cn.dangjian.bot.command.Facts.Topic;
import cn.dangjian.bot.question.Question;

/**
 * One activity's facts as they are gathered, its own first, each checked as it is taken: a fact that cannot be
 * accepted refuses the message with a {@link Refusal} that says why and how to write it.
 */
final class EntryBuilder {

    /**
     * A fact that cannot be accepted; the message is the reply. One the member can supply in a word (the day of a
     * vague date, the people of an impossible count) names the {@code missing} field, the {@code question} that asks
     * for it, and the message's {@code reading} without it.
     */
    static final class Refusal extends RuntimeException {
        private final Question.Field missing;
        private final String question;
        private List<Entry> reading = List.of();

        Refusal(String reason) {
            this(reason, null, null);
        }

        Refusal(String reason, Question.Field missing, String question) {
            super(reason, null, false, false);
            this.missing = missing;
            this.question = question;
        }

        Refusal about(List<Entry> entries) {
            reading = List.copyOf(entries);
            return this;
        }

        /** The fact to ask for, with the reading it completes; null when the refusal is not answered in a word. */
        Command.MissingFact missingFact() {
            return missing == null || reading.isEmpty() ? null
                    : new Command.MissingFact(reading, missing, question);
        }
    }

    /** The store's own bound on a record's count. */
    static final int MAX_COUNT = Entry.MAX_COUNT;
    /** Where the branch's size is unknown: more people than this at one branch's activity is a slip. */
    static final int MAX_PARTICIPANTS = 1000;

    private final Activity activity;
    private final LocalDate today;
    private final Integer branchSize;
    private LocalDate date;
    private boolean month;
    private Integer count;
    private Integer participants;
    private String topic;
    private BigDecimal amount;
    /** A refusal the member answers in a word, raised once the message's whole reading is known. */
    private Refusal deferred;
    private boolean undated;
    private int countedAt = -1;

    EntryBuilder(Activity activity, LocalDate today, Integer branchSize) {
        this.activity = activity;
        this.today = today;
        this.branchSize = branchSize;
    }

    void take(Stated fact) {
        if (fact instanceof Dated d) {
            if (d.vague()) {
                // "近期开了支委会": asked for its day, the rest of the reading kept
                deferred = deferred != null ? deferred : new Refusal("未记录：“" + d.said() + "”没有写明具体日期。请问是哪一天？"
                        + "请写明活动的日期，" + example(), Question.Field.DATE,
                        "“" + d.said() + "”没有写明具体日期，请问" + activity.name() + "是哪一天开展的？");
                undated = true;
                return;
            }
            LocalDate day = checked(d);
            // "11月的党小组会补记一下，11月20日开的": the day of that month says more than the month
            if (date == null || month && !d.month() && day != null && YearMonth.from(day).equals(YearMonth.from(date))) {
                date = day;
                month = d.month();
            }
        }
        else if (fact instanceof Topic t) {
            topic = topic == null ? t.text() : topic;
        }
        else if (fact instanceof Amount a && activity.countsMoney()) {
            // an amount said about anything but dues ("主题党日，为困难群众捐款500元") is not what the bot records
            BigDecimal value = checked(a);
            amount = amount == null ? value : amount;
        }
        else if (fact instanceof Quantity q) {
            takeQuantity(q);
        }
        else if (fact instanceof AllMembers && participants == null && branchSize != null) {
            participants = branchSize;
        }
    }

    /** A draft without a date is today's; one whose date was vague has none until the member says it. */
    EntryBuilder dated() {
        date = date == null && !undated ? today : date;
        return this;
    }

    /** The refusal this draft waits to raise (see {@link Refusal#missingFact}), or null. */
    Refusal deferred() {
        return deferred;
    }

    Entry entry() {
        // for 人次 the people who took part are the count ("党员教育培训，40人参加" is 40人次)
        int times = count != null ? count
                : "人次".equals(activity.unit()) && participants != null ? participants : 1;
        return new Entry(activity.key(), date, times, participants, topic, amount,
                month ? DatePrecision.MONTH : DatePrecision.DAY, null);
    }

    /**
     * {@code base} with what this builder took laid over it (a reply to a question: "18号", "8个人", "是主题党日"); a
     * date said is a day's. Null when it took nothing.
     */
    Entry over(Entry base, boolean activitySaid) {
        if (!activitySaid && date == null && count == null && participants == null && topic == null && amount == null) {
            return null;
        }
        Integer people = participants != null ? participants : base.participants();
        Integer times = count != null ? count
                : participants != null && "人次".equals(activity.unit()) ? participants : null;
        return new Entry(activity.key(), date != null ? date : base.date(), times != null ? times : base.count(),
                people, topic != null ? topic : base.topic(),
                amount != null ? amount : activity.countsMoney() ? base.amount() : null,
                date != null ? cn.dangjian.bot.activity.DatePrecision.DAY : base.precision(), base.words());
    }

    /**
     * The same activity named twice on one day is one record ("3月党费已收齐，党费合计3200元"); counts given for each
     * add up ("书记与支委谈心谈话5人次，与党员谈心谈话18人次" is 23人次).
     */
    static void merge(List<EntryBuilder> drafts, EntryBuilder next) {
        for (EntryBuilder d : drafts) {
            if (d.activity.equals(next.activity) && java.util.Objects.equals(d.date, next.date)) {
                d.deferred = d.deferred != null ? d.deferred : next.deferred;
                d.undated |= next.undated;
                if (d.count == null || next.count == null || d.countedAt >= 0 && d.countedAt == next.countedAt) {
                    // one number said of both ("看望慰问困难党员4人") counts once
                    d.count = d.count != null ? d.count : next.count;
                }
                else if (d.count + next.count > MAX_COUNT) {
                    throw new Refusal("未记录：" + d.activity.name() + "的数量合计超过" + MAX_COUNT
                            + "，与一个支部的实际不符。请核对后重新发送，例如“召开支委会2次”。");
                }
                else {
                    d.count = d.count + next.count;
                }
                d.participants = d.participants != null ? d.participants : next.participants;
                d.topic = d.topic != null ? d.topic : next.topic;
                d.amount = d.amount != null ? d.amount : next.amount;
                return;
            }
        }
        drafts.add(next);
    }

    /**
     * What a number means depends on the activity: "5人次" and "2名" count 走访慰问 and 发展党员, while "18人" are the
     * people at a 支委会; "3个" counts 整改 but says nothing about a 集中学习.
     */
    private void takeQuantity(Quantity q) {
        if (q.role() == Facts.Role.ABSENT || q.role() == Facts.Role.SERVED) {
            return;
        }
        boolean countsPeople = "人次".equals(activity.unit()) || "名".equals(activity.unit());
        boolean persons = switch (q.unit()) {
            case "人", "个人", "名", "位", "人次", "户" -> true;
            // "来了30个": people who came, counted without 人
            case "个" -> q.role() == Facts.Role.PARTICIPATION;
            default -> false;
        };
        boolean times = switch (q.unit()) {
            case "次", "回", "场", "轮" -> true;
            default -> q.unit().equals(activity.unit());
        };
        if (!persons && !times) {
            return;
        }
        boolean people = persons && (q.role() == Facts.Role.PARTICIPATION || !countsPeople);
        long value = integer(q, people);
        if (people) {
            if (checkParticipants(q, value)) {
                participants = participants == null ? (int) value : participants;
            }
        }
        else {
            if (value <= 0) {
                throw new Refusal("未记录：数量“" + q.said() + "”须大于零。请写明实际开展的次数，例如“召开支委会2次”。");
            }
            if (value > MAX_COUNT) {
                throw new Refusal("未记录：数量“" + q.said() + "”超过" + MAX_COUNT
                        + "，与一个支部的实际不符。请核对后重新发送，例如“召开支委会2次”。");
            }
            // "走访慰问了3名老党员和2户困难党员家庭": the people a visit reached add up (each number once)
            if (count == null || countsPeople && persons && q.at() != countedAt) {
                count = count == null ? (int) value : (int) Math.min(MAX_COUNT, count + value);
                countedAt = q.at();
            }
        }
    }

    /**
     * More members at a meeting than the branch has is a slip of the keyboard (3000 for 30): the bot asks for the real
     * number rather than store it. People who need not be members (参加群众105人) are bounded only by what one branch's
     * activity can reach.
     */
    private boolean checkParticipants(Quantity q, long value) {
        String example = "例如“" + activity.name() + "，18人参加”。";
        if (value <= 0) {
            throw new Refusal("未记录：参加人数“" + q.said() + "”须大于零。请写明实际参加的人数，" + example);
        }
        if (branchSize != null && !q.outsiders() && value > branchSize) {
            // a slip of the keyboard (3000 for 30): asked for the real number, the rest of the reading kept
            deferred = deferred != null ? deferred : new Refusal("未记录：参加人数“" + q.said() + "”多于本支部党员人数（"
                    + branchSize + "人）。请问实际参加多少人？请核对后重新发送，" + example, Question.Field.PARTICIPANTS,
                    "参加人数“" + q.said() + "”多于本支部党员人数（" + branchSize + "人），请问" + activity.name()
                            + "实际参加多少人？");
            return false;
        }
        if (value > MAX_PARTICIPANTS) {
            deferred = deferred != null ? deferred : new Refusal("未记录：参加人数“" + q.said() + "”超过" + MAX_PARTICIPANTS
                    + "人，与一个支部的实际不符。请问实际参加多少人？请核对后重新发送，" + example, Question.Field.PARTICIPANTS,
                    "参加人数“" + q.said() + "”超过" + MAX_PARTICIPANTS + "人，与一个支部的实际不符，请问" + activity.name()
                            + "实际参加多少人？");
            return false;
        }
        return true;
    }

    private static long integer(Quantity q, boolean people) {
        String number = q.number();
        if (number.contains(".")) {
            throw new Refusal("未记录：" + (people ? "参加人数" : "数量") + "“" + q.said() + "”须为整数。请核对后重新发送，例如"
                    + (people ? "“18人参加”。" : "“召开支委会2次”。"));
        }
        boolean negative = number.startsWith("-");
        long value = ChineseNumbers.parse(negative ? number.substring(1) : number);
        return negative ? -value : value;
    }

    private static BigDecimal checked(Amount a) {
        if (a.value().signum() <= 0) {
            throw new Refusal("未记录：党费金额“" + a.said() + "”须大于零。请写明收缴的金额，例如“收缴3月党费3200元”。");
        }
        if (a.value().stripTrailingZeros().scale() > 2) {
            throw new Refusal("未记录：党费金额“" + a.said() + "”最多保留两位小数。请核对后重新发送，例如“党费3200.50元”。");
        }
        return a.value().setScale(2);
    }

    private String example() {
        return "例如“" + Chinese.monthDay(today) + "召开支委会”。";
    }

    private LocalDate checked(Dated d) {
        String example = example();
        if (d.date() == null) {
            throw new Refusal("未记录：日期“" + d.said() + "”不存在。请核对月份和日期，" + example);
        }
        if (d.month() && d.date().isAfter(today)) {
            throw new Refusal("未记录：" + Chinese.month(d.date().getMonthValue()) + "尚未到来。请写明已开展活动的月份或日期，"
                    + example);
        }
        if (d.month() && d.date().isBefore(today.withDayOfMonth(1).minusYears(1))) {
            throw new Refusal("未记录：" + d.date().getYear() + "年" + Chinese.month(d.date().getMonthValue())
                    + "距今已超过一年，不再补记。请核对日期，" + example);
        }
        if (d.date().isAfter(today)) {
            String weekday = d.said().matches("(?:周|星期|礼拜).") ? "（本" + d.said() + "）" : "";
            String hint = weekday.isEmpty() ? "请写明已开展活动的日期，" + example
                    : "如指上周，请写“上" + d.said() + "”。";
            throw new Refusal("未记录：日期" + Chinese.date(d.date()) + weekday + "晚于今天。" + hint);
        }
        if (d.date().isBefore(today.minusYears(1))) {
            throw new Refusal("未记录：日期" + Chinese.date(d.date()) + "距今已超过一年，不再补记。请核对日期，" + example);
        }
        return d.date();
    }
}
