package cn.dangjian.bot.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.config.BotProperties;

/** Reads {@code bot-config/calendar/} at start; a bad file stops the start with its file and line. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDays workingDays(BotProperties bot, Clock clock) {
        WorkingDays days = WorkingDays.load(bot.configDir().resolve("calendar"));
        int year = LocalDate.now(clock.withZone(bot.zone())).getYear();
        if (!days.knows(year)) {
            // the State Council publishes next year's schedule in November or December
            log.warn("{} has no {}.yml: {} counts Saturdays and Sundays as the only rest days, without public holidays "
                    + "or 调休; add the State Council's notice for {}", bot.configDir().resolve("calendar"), year, year,
                    year);
        }
        return days;
    }
}
