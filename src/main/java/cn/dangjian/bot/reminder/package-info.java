/**
 * Reminders of the obligations a branch still lacks: schedules from {@code bot-config/reminders.yml} (checked with
 * Quartz's cron parser at start), run by every instance's in-memory Quartz, each reminder sent by the one instance that
 * wins its key in Redis ({@link cn.dangjian.bot.reminder.Reminders}); the text is computed from the store at send time.
 * Secretaries pause, resume and read the schedule in chat (暂停提醒, 恢复提醒, 提醒设置).
 */
package cn.dangjian.bot.reminder;
