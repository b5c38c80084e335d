package cn.dangjian.bot.redis;

import java.util.regex.Pattern;

/**
 * Every Redis key of the bot, named in one place. A branch's keys carry its id as a hash tag ({@code dj:{demo}:…}),
 * so every key a step touches lives in one slot of a Redis Cluster and one script may use them all; the few keys of
 * no branch are the static methods and constants at the end.
 */
public record BranchKeys(String branchId) {

    /** What a branch id may be ({@code branches.yml} is checked against it): braces would break the hash tag. */
    public static final Pattern BRANCH_ID = Pattern.compile("[A-Za-z0-9_-]+");

    /** Characters of an id from a message that names a key (msgId, sender, conversation): DingTalk's are some dozens. */
    public static final int MAX_ID_LENGTH = 128;

    /**
     * Whether an id from a message may become part of a key: present, at most {@link #MAX_ID_LENGTH} characters, one
     * line without control or format characters. An id that is not is refused, never cut: two cut ids would share a
     * key.
     */
    public static boolean isKeyId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        return id.codePoints().allMatch(c -> !Character.isISOControl(c) && c != '\u2028' && c != '\u2029'
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.UNASSIGNED
                && Character.getType(c) != Character.SURROGATE);
    }

    public BranchKeys {
        if (branchId == null || !BRANCH_ID.matcher(branchId).matches()) {
            throw new IllegalArgumentException("invalid branch id '" + branchId + "'");
        }
    }

    /** The start of every key of the branch; the store's scripts build theirs from it. */
    public String prefix() {
        return "dj:{" + branchId + "}:";
    }

    /** The last record id given out (INCR); ids go up with time, so the newest records are found from it. */
    public String sequence() {
        return prefix() + "seq";
    }

    /** A record's hash; it stays after an undo, marked with deletedAt and deletedBy. */
    public String record(long id) {
        return prefix() + "rec:" + id;
    }

    /** Live records of a year, scored by date and then id. */
    public String dates(int year) {
        return prefix() + "dates:" + year;
    }

    /** The year's counters: field {@code activity:month:c|p|f} (count, participants, amount in fen). */
    public String tally(int year) {
        return prefix() + "tally:" + year;
    }

    /** Every create and undo, with who, which record and when. */
    public String audit() {
        return prefix() + "audit";
    }

    /** The remembered result of a sender's message by its content (a digest), for minutes: a resend is not stored again. */
    public String said(String digest) {
        return prefix() + "said:" + digest;
    }

    /** The remembered result of a delivery, for a day. */
    public String delivery(String msgId) {
        return prefix() + "msg:" + msgId;
    }

    /** The question the bot asked a sender and waits for an answer to (one at most), for as long as its kind waits. */
    public String question(String senderId) {
        return prefix() + "question:" + senderId;
    }

    /** The question an answer took, by the answering msgId, for a day: its redelivery is answered the same. */
    public String answered(String msgId) {
        return prefix() + "answered:" + msgId;
    }

    /**
     * What the branch's secretaries answered in chat about its shape where branches.yml is silent: per subject
     * ({@code committee}, {@code partyGroups}) {@code 1} or {@code 0}, with {@code <subject>By} and {@code <subject>At}.
     */
    public String shape() {
        return prefix() + "shape";
    }

    /** The day (2026-03-20) the bot last asked about the branch's shape unprompted: it asks at most once a day. */
    public String shapeAsked() {
        return prefix() + "shape:asked";
    }

    /** Claimed, then marked sent, by the one instance that sends this reminder of this period. */
    public String reminderSent(String kind, String period) {
        return prefix() + "sent:" + kind + ":" + period;
    }

    /** Present while the branch's secretary has paused its reminders (who and when). */
    public String remindersPaused() {
        return prefix() + "reminders:paused";
    }

    /** The outcome of a pause or resume message, so that its redelivery changes nothing. */
    public String reminderChange(String msgId) {
        return prefix() + "reminders:msg:" + msgId;
    }

    /** The years the branch has closed (a set); a reminder's claim and the store's gate read it. */
    public String closedYears() {
        return prefix() + "closed";
    }

    /** A year's closing and reopening: who, when, why. */
    public String yearClosing(int year) {
        return prefix() + "year:" + year;
    }

    /** The final drafts archived when the year was closed. */
    public String draftArchive(int year) {
        return prefix() + "archive:" + year;
    }

    /** The highlights a secretary added to a year's report (a list, in order). */
    public String highlights(int year) {
        return prefix() + "highlights:" + year;
    }

    /** A highlight's message by msgId, so that its redelivery adds nothing. */
    public String highlightMessage(String msgId) {
        return prefix() + "highlight-msg:" + msgId;
    }

    /** A draft request by msgId, for a day: a redelivered request generates nothing. */
    public String draftRequest(String msgId) {
        return prefix() + "draft:" + msgId;
    }

    /** The messages that stored nothing and were not chit-chat, a stream trimmed to 90 days (UnrecognisedMessages). */
    public String unrecognised() {
        return prefix() + "unrecognised";
    }

    /** The distinct evidence files the branch keeps (SHA-256 to their details) and their total bytes (its quota). */
    public String evidenceFiles() {
        return prefix() + "ev:files";
    }

    public String evidenceBytes() {
        return prefix() + "ev:bytes";
    }

    /**
     * What the bot keeps about a sender's evidence for some minutes ({@code target}: the record 附件 #23 named;
     * {@code last}: what they attached last). Files waiting to be told their record are a pending question's.
     */
    public String evidenceOf(String what, String senderId) {
        return prefix() + "ev:" + what + ":" + senderId;
    }

    /** The answer to a message that brought evidence, by msgId, so that its redelivery attaches nothing twice. */
    public String evidenceMessage(String msgId) {
        return prefix() + "ev:msg:" + msgId;
    }

    /**
     * A committee's keys carry its id as their own hash tag ({@code dj:{committee:jiguan}:…}), apart from every
     * branch's: a message of its group by msgId (a redelivery pushes nothing twice), its monthly digest's claim.
     */
    public static String committeeMessage(String committeeId, String msgId) {
        return "dj:{committee:" + committeeId + "}:msg:" + msgId;
    }

    /** Claimed, then marked sent, by the one instance that sends the committee's digest of a month (2026-02). */
    public static String committeeDigest(String committeeId, String month) {
        return "dj:{committee:" + committeeId + "}:digest:" + month;
    }

    /** The branch an organisation admin bound a group to by message (branches.yml wins over it). */
    public static String groupBinding(String conversationId) {
        return "dj:bind:" + conversationId;
    }

    /** The branch whose group a person last spoke in, for their one-to-one chat. */
    public static String lastBranchOf(String staffId) {
        return "dj:user:" + staffId + ":branch";
    }

    /** A callback signature already used, with the msgId it was used for. */
    public static String usedSign(String sign) {
        return "dj:sign:" + sign;
    }

    /** The next free slot of a paced lane (one 自定义机器人, the reminder fan-out), across instances. */
    public static String paceLane(String lane) {
        return "dj:{pace}:" + lane;
    }

    /** An organisation-wide notice of the year sent once across instances (next year's calendar missing). */
    public static String organisationNotice(String name, int year) {
        return "dj:{organisation}:notice:" + name + ":" + year;
    }

    /** The outbox of pushes to retry: parcels by id, their due times, and parcels that could not be read back. */
    public static final String OUTBOX_PARCELS = "dj:{outbox}:parcels";
    public static final String OUTBOX_DUE = "dj:{outbox}:due";
    public static final String OUTBOX_UNREADABLE = "dj:{outbox}:unreadable";
}
