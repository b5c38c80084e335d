package cn.dangjian.bot.reminder;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.calendar.WorkingDays;

/**
 * When one reminder goes in each of its periods: the cron's first time in the period, moved by the working-day
 * calendar. Off a rest day as {@link OnRestDay} says; and when the period's last working day comes right before a
 * holiday (国庆, 春节 …), early enough to leave {@code workingDaysBeforeHoliday} working days to act. A move never
 * leaves the period, so the reminder still speaks of the period it was planned in. The scheduler, the sweep and
 * 提醒设置 all ask this.
 */
public final class Schedule {

    /** Rest days in a row, a public holiday among them, that make people leave before a period ends. */
    static final int HOLIDAY_BREAK = 3;

    private final ReminderKind kind;
    private final Cron cron;
    private final OnRestDay onRestDay;
    private final WorkingDays days;
    private final int workingDaysBeforeHoliday;

    Schedule(ReminderKind kind, Cron cron, OnRestDay onRestDay, WorkingDays days, int workingDaysBeforeHoliday) {
        this.kind = kind;
        this.cron = cron;
        this.onRestDay = onRestDay;
        this.days = days;
        this.workingDaysBeforeHoliday = workingDaysBeforeHoliday;
    }

    public ReminderKind kind() {
        return kind;
    }

    public Cron cron() {
        return cron;
    }

    public OnRestDay onRestDay() {
        return onRestDay;
    }

    /** When the cron itself fires in the period, before any move. */
    public Optional<ZonedDateTime> planned(Period period) {
        return cron.firstIn(period);
    }

    /** When the reminder of the period goes, if the cron fires in it at all. */
    public Optional<ZonedDateTime> firstIn(Period period) {
        return planned(period).map(planned -> {
            LocalDate day = moved(planned.toLocalDate(), period);
            return day.equals(planned.toLocalDate()) ? planned : day.atTime(planned.toLocalTime())
                    .atZone(planned.getZone());
        });
    }

    /** The first time the reminder goes strictly after {@code after}, looking a few years ahead. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        Period period = Period.of(kind.cadence(), after.toLocalDate());
        for (int i = 0; i < 3 * 12; i++) {
            Optional<ZonedDateTime> fire = firstIn(period);
            if (fire.isPresent() && fire.get().isAfter(after)) {
                return fire;
            }
            period = Period.of(kind.cadence(), period.end().plusDays(1));
        }
        return Optional.empty();
    }

    /** Whether the reminder goes on that day (of its period). */
    public boolean firesOn(LocalDate day) {
        return firstIn(Period.of(kind.cadence(), day)).filter(fire -> fire.toLocalDate().equals(day)).isPresent();
    }

    private LocalDate moved(LocalDate planned, Period period) {
        if (onRestDay == OnRestDay.KEEP) {
            return planned;
        }
        LocalDate day = onRestDay == OnRestDay.PREVIOUS ? days.onOrBefore(planned) : days.onOrAfter(planned);
        if (day.isBefore(period.start()) || day.isAfter(period.end())) {
            // the period begins or ends in rest days: the other way round stays in it
            day = onRestDay == OnRestDay.PREVIOUS ? days.onOrAfter(planned) : days.onOrBefore(planned);
            if (day.isBefore(period.start()) || day.isAfter(period.end())) {
                return planned;
            }
        }
        Optional<LocalDate> last = days.lastIn(period.start(), period.end());
        if (last.isPresent() && !day.isAfter(last.get())
                && days.breakAfter(last.get()).filter(b -> b.days() >= HOLIDAY_BREAK).isPresent()
                && days.count(day, last.get()) < workingDaysBeforeHoliday) {
            LocalDate early = days.workingDaysBefore(last.get(), workingDaysBeforeHoliday - 1);
            day = early.isBefore(period.start()) ? days.onOrAfter(period.start()) : early;
        }
        return day;
    }

    /** Two branches with the same cron and rule share one Quartz trigger. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule s && s.kind == kind && s.cron.equals(cron) && s.onRestDay == onRestDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, cron, onRestDay);
    }

    /** {@code 0 5 9 25 * ? (previous)}: how logs and trigger names show it. */
    @Override
    public String toString() {
        return cron.expression() + " (" + onRestDay.key() + ")";
    }
}
