package cn.dangjian.bot.committee;

import java.util.List;
import java.util.Optional;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;

/**
 * Where one branch of a committee stands on a day: its month, quarter and year so far against its own calendar.
 *
 * @param month   the day's month (monthly obligations)
 * @param quarter the day's quarter (monthly and quarterly ones)
 * @param year    the year up to the day (all of them): what the heat map shows and {@link #behind()} counts
 * @param firstMonth the first month of the year the branch kept records for ({@link cn.dangjian.bot.activity.Beginning});
 *                   no period before it is owed
 */
public record Standing(Branch branch, Progress month, Progress quarter, Progress year, int firstMonth) {

    /** How a branch stands on one obligation over the year so far: a heat map cell. */
    public enum State {
        DONE, PARTLY, MISSING, NOT_STARTED, NOT_OWED;

        /** 已完成 / 部分完成 / 未开展 / 未启用 / 不适用: the heat map's legend and the CSV. */
        public String chinese() {
            return switch (this) {
                case DONE -> "已完成";
                case PARTLY -> "部分完成";
                case MISSING -> "未开展";
                case NOT_STARTED -> "未启用";
                case NOT_OWED -> "不适用";
            };
        }
    }

    /** Periods begun this year with nothing logged, over every obligation: the measure of being behind. */
    public int behind() {
        return year.items().stream().mapToInt(i -> i.missing().size()).sum();
    }

    public boolean complete() {
        return behind() == 0;
    }

    /** The branch had not begun keeping records with the bot by the day's month: it owed nothing yet. */
    public boolean notStarted() {
        return firstMonth > year.to().getMonthValue();
    }

    /** What the day's month still lacks (monthly obligations). */
    public List<Activity> lacksThisMonth() {
        return lacks(month, Cadence.MONTHLY);
    }

    /** What the day's quarter still lacks (quarterly obligations). */
    public List<Activity> lacksThisQuarter() {
        return lacks(quarter, Cadence.QUARTERLY);
    }

    /** What the year still lacks (yearly obligations). */
    public List<Activity> lacksThisYear() {
        return lacks(year, Cadence.YEARLY);
    }

    /** Monthly and quarterly obligations missed in months and quarters already over, with those periods. */
    public List<Progress.Item> missedEarlier() {
        return year.items().stream()
                .filter(i -> i.cadence() == Cadence.MONTHLY || i.cadence() == Cadence.QUARTERLY)
                .map(i -> new Progress.Item(i.activity(), i.cadence(), i.required(), i.done(),
                        i.missing().stream().filter(p -> p.end().isBefore(current(i.cadence()).start())).toList()))
                .filter(i -> !i.missing().isEmpty())
                .toList();
    }

    public State state(Activity activity) {
        Optional<Progress.Item> item = year.items().stream().filter(i -> i.activity().key().equals(activity.key()))
                .findFirst();
        if (item.isEmpty()) {
            return State.NOT_OWED;
        }
        if (item.get().notStarted()) {
            return State.NOT_STARTED;
        }
        int missing = item.get().missing().size();
        return missing == 0 ? State.DONE : missing == item.get().required() ? State.MISSING : State.PARTLY;
    }

    private Period current(Cadence cadence) {
        return Period.of(cadence, year.to());
    }

    private static List<Activity> lacks(Progress progress, Cadence cadence) {
        return progress.items().stream().filter(i -> i.cadence() == cadence && !i.complete())
                .map(Progress.Item::activity).toList();
    }
}
