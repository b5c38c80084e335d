package cn.dangjian.bot.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code bot.reminders.*}: how this instance runs the schedule of {@code bot-config/reminders.yml}.
 *
 * @param enabled        schedule the reminders on this instance (every instance may: only one sends each)
 * @param sendsPerSecond the fan-out's pace across all instances, so that thousands of branches do not burst against
 *                       DingTalk's per-app limit (about 20 calls a second per API); 0 does not pace
 * @param sweepEvery     how often an instance looks for reminders that fell due and nobody sent (a start catches up
 *                       at once), e.g. because every instance was down at their time
 * @param claimLease     after this long, a reminder claimed by an instance that died before sending it is sent by
 *                       another
 */
@ConfigurationProperties("bot.reminders")
@Validated
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") @PositiveOrZero double sendsPerSecond,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration sweepEvery,
        @DefaultValue("30m") @NotNull @DurationMin(seconds = 1) Duration claimLease) {
}
