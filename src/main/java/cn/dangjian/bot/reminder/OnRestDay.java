package cn.dangjian.bot.reminder;

import java.util.Locale;
import java.util.Optional;

/**
 * What a reminder does when its cron falls on a rest day (a weekend that is not a 调休 working day, or a public
 * holiday): {@code previous} (the default) goes on the working day before, so it still comes before the period
 * ends; {@code next} on the working day after; {@code keep} at the cron's own time.
 */
public enum OnRestDay {
    PREVIOUS, NEXT, KEEP;

    /** As reminders.yml spells it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<OnRestDay> ofKey(String key) {
        for (OnRestDay value : values()) {
            if (value.key().equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
