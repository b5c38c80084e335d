package cn.dangjian.bot.activity;

/**
 * What a member is told when a log falls in a year the branch has closed. The store finds it in the log's own
 * script; the year feature words it (who closed the year and when, what can be done).
 */
public interface ClosedYearAnswer {

    String logRefused(String branchId, int year);
}
