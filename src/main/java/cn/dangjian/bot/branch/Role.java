package cn.dangjian.bot.branch;

/**
 * What a person may do, from {@code bot-config/branches.yml} only: an organisation admin (listed under {@code admins})
 * may do everything, a branch's secretary what concerns the branch's records and reminders, a member log and undo
 * their own. DingTalk's {@code isAdmin} in a callback body is not signed, so it never grants a role.
 */
public enum Role {
    // declared from least to most: a role covers every role declared before it
    MEMBER, SECRETARY, ADMIN;

    /** Whether someone of this role may do what {@code required} may. */
    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }
}
