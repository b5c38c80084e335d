package cn.dangjian.bot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

import org.quartz.impl.calendar.BaseCalendar;

/**
 * A Quartz {@link org.quartz.Calendar} that includes only the days a {@link Schedule} goes on, after its moves off
 * rest days and before holidays. A trigger at the cron's time of day every day, modified by it, fires exactly when the
 * reminder is due; a cron alone cannot say "the 25th, or the working day before it".
 */
final class FireDays extends BaseCalendar {

    private static final long serialVersionUID = 1L;

    private final transient Schedule schedule;
    private final ZoneId zone;

    FireDays(Schedule schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
        setTimeZone(TimeZone.getTimeZone(zone));
        setDescription("days of the " + schedule.kind().key() + " reminder " + schedule);
    }

    @Override
    public boolean isTimeIncluded(long timeStamp) {
        return super.isTimeIncluded(timeStamp) && schedule.firesOn(day(timeStamp));
    }

    @Override
    public long getNextIncludedTime(long timeStamp) {
        // the start of the next day the schedule goes on, or of the given day when it is one
        LocalDate day = day(timeStamp);
        for (int i = 0; i < 3 * 366; i++) {
            if (schedule.firesOn(day)) {
                long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
                return Math.max(start, timeStamp);
            }
            day = day.plusDays(1);
        }
        return 0;
    }

    private LocalDate day(long timeStamp) {
        return Instant.ofEpochMilli(timeStamp).atZone(zone).toLocalDate();
    }
}
