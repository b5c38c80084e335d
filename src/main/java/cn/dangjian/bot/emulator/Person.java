package cn.dangjian.bot.emulator;

/**
 * Someone the page can speak as.
 *
 * @param title  how the page labels them: 支部书记, 党员, 组织管理员
 * @param admin  DingTalk's {@code isAdmin}: an admin of the organisation
 */
record Person(String staffId, String nick, String title, boolean admin) {
}
