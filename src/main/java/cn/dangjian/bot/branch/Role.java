package cn.dangjian.bot.branch;

/** What a person may do in a branch: a member logs and undoes their own; a secretary or admin may do more. */
public enum Role {
    MEMBER, SECRETARY, ADMIN;

    public static Role of(Branch branch, String staffId, boolean organisationAdmin) {
        if (organisationAdmin) {
            return ADMIN;
        }
        return branch != null && branch.isSecretary(staffId) ? SECRETARY : MEMBER;
    }

    /** Secretaries and organisation admins answer for the branch's records and drafts. */
    public boolean leads() {
        return this != MEMBER;
    }
}
