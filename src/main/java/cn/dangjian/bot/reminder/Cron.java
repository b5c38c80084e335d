package cn.dangjian.bot.reminder;

import java.text.ParseException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;

import cn.dangjian.bot.activity.Period;

/** A Quartz cron expression read in {@code bot.zone}, as reminders.yml gives it. */
public final class Cron {

    private final String expression;
    private final ZoneId zone;
    private final CronExpression compiled;

    /** @throws ParseException with Quartz's own reason when the expression is not valid */
    Cron(String expression, ZoneId zone) throws ParseException {
        this.expression = expression;
        this.zone = zone;
        this.compiled = new CronExpression(expression);
        this.compiled.setTimeZone(TimeZone.getTimeZone(zone));
    }

    public String expression() {
        return expression;
    }

    /** The same seconds, minutes and hours on every day: the trigger a {@link FireDays} calendar narrows down. */
    String timeOfDayEveryDay() {
        String[] fields = expression.trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2] + " * * ?";
    }

    /** The first fire time strictly after {@code after}, if the expression ever fires again. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        Date next = compiled.getNextValidTimeAfter(Date.from(after.toInstant()));
        return Optional.ofNullable(next).map(d -> d.toInstant().atZone(zone));
    }

    /** When it first fires within {@code period}, if it does. */
    public Optional<ZonedDateTime> firstIn(Period period) {
        ZonedDateTime start = period.start().atStartOfDay(zone);
        ZonedDateTime end = period.end().plusDays(1).atStartOfDay(zone);
        return next(start.minusSeconds(1)).filter(fire -> fire.isBefore(end));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cron cron && cron.expression.equals(expression) && cron.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
