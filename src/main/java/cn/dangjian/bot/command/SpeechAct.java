package cn.dangjian.bot.command;

/**
 * What a message, or one clause of it, does with the activities it names. Only {@link #DONE} is stored: a record is a
 * claim that the work took place, and it ends up in the year's report.
 */
public enum SpeechAct {
    /** 开了, 已开展, 昨天召开, 7人参加: it took place. */
    DONE,
    /** 明天召开, 计划, 准备, 请准时参加, 下午三点: it is still to come. */
    PLAN,
    /** 开了吗, 什么时候, ？: it asks. */
    QUESTION,
    /** 还没开, 取消, 推迟, 改期: it did not, or will not, take place. */
    CANCELLED,
    /** 关于…的通知, 请各支部…前上报: instructions forwarded from above. */
    NOTICE,
    /** 收到, 好的, 谢谢, emoji: nothing to understand. */
    CHAT,
    /** Names an activity without saying whether it took place: the bot asks. */
    UNMARKED
}
