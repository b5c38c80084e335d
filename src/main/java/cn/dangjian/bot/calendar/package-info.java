/**
 * The working-day calendar of China: weekends, the State Council's public holidays and 调休 working days per year
 * from {@code bot-config/calendar/}. Reminders move off rest days with it and progress answers count the working
 * days left.
 */
package cn.dangjian.bot.calendar;
