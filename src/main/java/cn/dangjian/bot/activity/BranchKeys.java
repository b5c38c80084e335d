package cn.dangjian.bot.activity;

import java.util.regex.Pattern;

/**
 * The Redis keys of one branch's records. The branch id is a hash tag ({@code dj:{demo}:…}), so every key a step
 * touches lives in one slot of a Redis Cluster and one script may use them all.
 */
record BranchKeys(String branchId) {

    /** As {@code branches.yml} allows: braces would break the hash tag. */
    private static final Pattern BRANCH_ID = Pattern.compile("[A-Za-z0-9_-]+");

    BranchKeys {
        if (branchId == null || !BRANCH_ID.matcher(branchId).matches()) {
            throw new IllegalArgumentException("invalid branch id '" + branchId + "'");
        }
    }

    String prefix() {
        return "dj:{" + branchId + "}:";
    }

    /** The last record id given out (INCR); ids go up with time, so the newest records are found from it. */
    String sequence() {
        return prefix() + "seq";
    }

    /** A record's hash; it stays after an undo, marked with deletedAt and deletedBy. */
    String record(long id) {
        return prefix() + "rec:" + id;
    }

    /** Live records of a year, scored by date and then id. */
    String dates(int year) {
        return prefix() + "dates:" + year;
    }

    /** The year's counters: field {@code activity:month:c|p|f} (count, participants, amount in fen). */
    String tally(int year) {
        return prefix() + "tally:" + year;
    }

    /** Every create and undo, with who, which record and when. */
    String audit() {
        return prefix() + "audit";
    }

    /** The remembered result of a sender's message by its content (a digest), for minutes: a resend is not stored again. */
    String said(String digest) {
        return prefix() + "said:" + digest;
    }

    /** The remembered result of a delivery, for a day. */
    String delivery(String msgId) {
        return prefix() + "msg:" + msgId;
    }

    /** The reading the bot asked a sender to confirm ("您是说…吗？"), for ten minutes. */
    String pendingReading(String senderId) {
        return prefix() + "pending:" + senderId;
    }

    /** The reading a confirmation stored, by the confirming msgId, so that its redelivery is answered the same. */
    String confirmedReading(String msgId) {
        return prefix() + "confirmed:" + msgId;
    }
}
