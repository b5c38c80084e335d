package cn.dangjian.bot.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.command.ActivityWords.Mention;
import cn.dangjian.bot.command.Facts.Amount;
import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Stated;
import cn.dangjian.bot.command.Facts.Quantity;
import cn.dangjian.bot.command.Facts.Topic;

/**
 * Reads a log message into entries: which activities it names, and which facts belong to which.
 *
 * <p>A message is cut into clauses at ，。；！？. A fact in a clause that names no activity ("，18人参加") is shared by all
 * the activities of the message; a fact said before the first activity of a clause ("3月15日召开支委会和党员大会") is
 * shared by the activities of that clause; any other fact belongs to the activity it follows, up to the next 和/及/、
 * ("支委会2次，党员大会1次", "开了2次支委会和1次党员大会"). An activity's own fact wins over a shared one. A message with a
 * single date gives it to every activity.
 *
 * <p>An activity named after a held one as its agenda ("开了支委会，研究发展党员工作", "选举产生新一届支部委员会") is what
 * the meeting dealt with, not a second activity: it is not logged and its facts are dropped.
 *
 * <p>Every fact an activity sees is checked; one fact refused refuses the whole message, so nothing is stored from a
 * message the bot did not fully accept.
 */
final class LogReader {

    /** A fact that cannot be accepted; {@code reason} is the reply. */
    static final class Refusal extends RuntimeException {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What a message says, with the understood parts masked in {@code masked} (same positions as {@code text}). */
    record Reading(String text, String masked, List<Mention> mentions, List<Stated> facts) {
    }

    private static final String SEPARATORS = ",。;!?\n";
    private static final String CONNECTORS = "和及与、并跟&+";
    private static final Pattern AGENDA_VERB = Pattern.compile("研究|讨论|审议|部署|通报|听取|酝酿|选举|表决");
    private static final Pattern AGENDA_TAIL = Pattern.compile("工作|事项|事宜|情况|问题|方案|计划|安排|筹备|有关|相关");
    private static final Pattern ONLY_CONNECTOR = Pattern.compile("[和及与、并跟]|以及");
    private static final int MAX_COUNT = 1000;
    private static final int MAX_PARTICIPANTS = 10_000;

    private final ActivityWords words;

    LogReader(ActivityWords words) {
        this.words = words;
    }

    Reading read(String text, LocalDate today) {
        StringBuilder masked = new StringBuilder(text);
        List<Stated> facts = new ArrayList<>();
        Facts.topics(masked, facts, words::isWord);
        List<Mention> mentions = words.find(masked);
        if (!mentions.isEmpty()) {
            for (Mention m : mentions) {
                Facts.mask(masked, m.start(), m.end());
            }
            DateExpressions.find(masked, text, today, facts);
            Facts.amounts(masked, facts);
            Facts.quantities(masked, facts);
            facts.sort(Comparator.comparingInt(Stated::at));
        }
        return new Reading(text, masked.toString(), mentions, facts);
    }

    /** @throws Refusal when a fact cannot be accepted */
    Command.Log entries(Reading reading, LocalDate today) {
        Layout layout = new Layout(reading);
        List<Mention> mentions = reading.mentions();
        boolean[] agenda = layout.agenda();
        int[] owner = new int[reading.facts().size()];
        for (int f = 0; f < owner.length; f++) {
            owner[f] = layout.owner(reading.facts().get(f));
        }
        Dated onlyDate = onlyDate(reading.facts(), owner, agenda);
        List<EntryBuilder> builders = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (agenda[i]) {
                continue;
            }
            EntryBuilder builder = new EntryBuilder(mentions.get(i).activity());
            int clause = Layout.clauseScope(layout.clauseOf(mentions.get(i).start()));
            for (int scope : new int[] {i, clause, Layout.MESSAGE}) {
                for (int f = 0; f < owner.length; f++) {
                    if (owner[f] == scope) {
                        builder.take(reading.facts().get(f), today);
                    }
                }
            }
            if (builder.date == null && onlyDate != null) {
                builder.take(onlyDate, today);
            }
            merge(builders, builder.dated(today));
        }
        return new Command.Log(builders.stream().map(EntryBuilder::entry).toList());
    }

    /** The single date of a message names the day of all its activities ("支委会3月15日召开，党员大会…"). */
    private static Dated onlyDate(List<Stated> facts, int[] owner, boolean[] agenda) {
        Dated only = null;
        for (int f = 0; f < facts.size(); f++) {
            if (facts.get(f) instanceof Dated d && !(owner[f] >= 0 && agenda[owner[f]])) {
                if (only != null) {
                    return null;
                }
                only = d;
            }
        }
        return only;
    }

    /**
     * The same activity named twice on one day is one record ("3月党费已收齐，党费合计3200元"); counts given for each
     * add up ("书记与支委谈心谈话5人次，与党员谈心谈话18人次" is 23人次).
     */
    private static void merge(List<EntryBuilder> builders, EntryBuilder next) {
        for (EntryBuilder d : builders) {
            if (d.activity.equals(next.activity) && d.date.equals(next.date)) {
                if (d.count == null || next.count == null) {
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
        builders.add(next);
    }

    /** Where the clauses and the activities of one message lie, and so which facts belong to which activity. */
    private static final class Layout {

        static final int MESSAGE = -1;

        private final Reading reading;
        private final int[] clause;
        private final int[] clauseStart;
        /** For each mention: where its own part of the clause begins (its start, the 和 before it, or its 研究). */
        private final int[] pieceStart;
        private final boolean[] agenda;

        Layout(Reading reading) {
            this.reading = reading;
            String masked = reading.masked();
            clause = new int[masked.length() + 1];
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < masked.length(); i++) {
                clause[i] = starts.size() - 1;
                if (SEPARATORS.indexOf(masked.charAt(i)) >= 0) {
                    starts.add(i + 1);
                }
            }
            clause[masked.length()] = starts.size() - 1;
            clauseStart = starts.stream().mapToInt(Integer::intValue).toArray();
            List<Mention> mentions = reading.mentions();
            pieceStart = new int[mentions.size()];
            agenda = new boolean[mentions.size()];
            boolean held = false;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                boolean sameClause = i > 0 && clauseOf(mentions.get(i - 1).start()) == clauseOf(m.start());
                pieceStart[i] = sameClause ? connectorBefore(masked, mentions.get(i - 1).end(), m.start()) : m.start();
                int from = Math.max(i == 0 ? 0 : mentions.get(i - 1).end(), clauseStart[clauseOf(m.start())]);
                Matcher verb = AGENDA_VERB.matcher(reading.text()).region(from, m.end());
                boolean agendaLike = verb.find();
                if (agendaLike) {
                    // what comes after 研究 is the agenda: "研究下周三开展主题党日" plans a date, it logs none
                    pieceStart[i] = Math.min(pieceStart[i], verb.start());
                }
                agendaLike |= AGENDA_TAIL.matcher(reading.text()).region(m.end(), masked.length()).lookingAt();
                // "研究了发展党员工作和主题党日活动安排": what is joined to an agenda item is on the agenda too
                agendaLike |= i > 0 && agenda[i - 1]
                        && ONLY_CONNECTOR.matcher(reading.text()).region(mentions.get(i - 1).end(), m.start()).matches();
                agenda[i] = held && agendaLike;
                held |= !agenda[i];
            }
        }

        static int clauseScope(int clause) {
            return -2 - clause;
        }

        int clauseOf(int position) {
            return clause[position];
        }

        /** The mention a fact belongs to, or a clause scope, or {@link #MESSAGE}. */
        int owner(Stated fact) {
            int c = clauseOf(fact.at());
            int owner = MESSAGE;
            boolean first = true;
            for (int i = 0; i < pieceStart.length; i++) {
                if (clauseOf(reading.mentions().get(i).start()) != c) {
                    continue;
                }
                if (first && (fact.at() < pieceStart[i] || fact instanceof Quantity q && q.each())) {
                    return clauseScope(c);
                }
                first = false;
                if (pieceStart[i] <= fact.at()) {
                    owner = i;
                }
            }
            return owner;
        }

        /** Which mentions are the agenda of an activity named before them, not activities of their own. */
        boolean[] agenda() {
            return agenda;
        }

        private static int connectorBefore(String masked, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (CONNECTORS.indexOf(masked.charAt(i)) >= 0) {
                    return i;
                }
            }
            int also = masked.lastIndexOf("还有", to);
            return also >= from ? also : to;
        }
    }

    /** One activity's facts as they are gathered, own ones first. */
    private static final class EntryBuilder {
        final Activity activity;
        LocalDate date;
        Integer count;
        Integer participants;
        String topic;
        BigDecimal amount;

        EntryBuilder(Activity activity) {
            this.activity = activity;
        }

        void take(Stated fact, LocalDate today) {
            if (fact instanceof Dated d) {
                LocalDate day = checked(d, today);
                date = date == null ? day : date;
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
        }

        EntryBuilder dated(LocalDate today) {
            date = date == null ? today : date;
            return this;
        }

        Entry entry() {
            // for 人次 the people who took part are the count ("党员教育培训，40人参加" is 40人次)
            int times = count != null ? count
                    : "人次".equals(activity.unit()) && participants != null ? participants : 1;
            return new Entry(activity.key(), date, times, participants, topic, amount);
        }

        /**
         * What a number means depends on the activity: "5人次" and "2名" count 走访慰问 and 发展党员, while "18人" are
         * the people at a 支委会; "3个" counts 整改 but says nothing about a 集中学习.
         */
        private void takeQuantity(Quantity q) {
            if (q.role() == Facts.Role.ABSENT) {
                return;
            }
            boolean countsPeople = "人次".equals(activity.unit()) || "名".equals(activity.unit());
            boolean persons = switch (q.unit()) {
                case "人", "个人", "名", "位", "人次" -> true;
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
                if (value <= 0) {
                    throw new Refusal("未记录：参加人数“" + q.said() + "”须大于零。请写明实际参加的人数，例如“18人参加”。");
                }
                if (value > MAX_PARTICIPANTS) {
                    throw new Refusal("未记录：参加人数“" + q.said() + "”超过" + MAX_PARTICIPANTS
                            + "，与一个支部的实际不符。请核对后重新发送，例如“18人参加”。");
                }
                participants = participants == null ? (int) value : participants;
            }
            else {
                if (value <= 0) {
                    throw new Refusal("未记录：数量“" + q.said() + "”须大于零。请写明实际开展的次数，例如“召开支委会2次”。");
                }
                if (value > MAX_COUNT) {
                    throw new Refusal("未记录：数量“" + q.said() + "”超过" + MAX_COUNT
                            + "，与一个支部的实际不符。请核对后重新发送，例如“召开支委会2次”。");
                }
                count = count == null ? (int) value : count;
            }
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

        private static LocalDate checked(Dated d, LocalDate today) {
            String example = "例如“" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日召开支委会”。";
            if (d.vague()) {
                throw new Refusal("未记录：“" + d.said() + "”没有写明具体日期。请写明活动的日期，" + example);
            }
            if (d.date() == null) {
                throw new Refusal("未记录：日期“" + d.said() + "”不存在。请核对月份和日期，" + example);
            }
            if (d.date().isAfter(today)) {
                String weekday = d.said().matches("(?:周|星期|礼拜).") ? "（本" + d.said() + "）" : "";
                String hint = weekday.isEmpty() ? "请写明已开展活动的日期，" + example
                        : "如指上周，请写“上" + d.said() + "”。";
                throw new Refusal("未记录：日期" + chinese(d.date()) + weekday + "晚于今天。" + hint);
            }
            if (d.date().isBefore(today.minusYears(1))) {
                throw new Refusal("未记录：日期" + chinese(d.date()) + "距今已超过一年，不再补记。请核对日期，" + example);
            }
            return d.date();
        }

        private static String chinese(LocalDate date) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
    }
}
