package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * The Redis store of activity records (keys {@code dj:{branchId}:…}). Each mutating call is idempotent per
 * {@code msgId}: a redelivered message returns what the first delivery did and changes nothing.
 */
public class ActivityStore {

    /** Outcome of an undo. */
    public sealed interface Undo {
        record Done(ActivityRecord record) implements Undo {
        }

        record NotFound(long id) implements Undo {
        }

        /** The record exists but belongs to someone else and the sender may not undo others' records. */
        record NotYours(ActivityRecord record) implements Undo {
        }

        record NothingToUndo() implements Undo {
        }
    }

    /** Stores the entries in one atomic step (records, indexes, counters, audit). Returns them with their ids. */
    public List<ActivityRecord> log(String branchId, List<Entry> entries, String senderId, String senderNick,
            String msgId) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    /** Soft-deletes the sender's most recent live record. */
    public Undo undoLast(String branchId, String senderId, String msgId) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    /** Soft-deletes record {@code id}; {@code anyone} lets a secretary undo others' records. */
    public Undo undo(String branchId, long id, String senderId, boolean anyone, String msgId) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    /** The latest live records by time of logging, newest first. */
    public List<ActivityRecord> recent(String branchId, int limit) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    /** Live records whose date is in [from, to], oldest first (by date, then id). */
    public List<ActivityRecord> between(String branchId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    public List<ActivityRecord> year(String branchId, int year) {
        return between(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year's counters as Redis holds them. */
    public Tally tally(String branchId, int year) {
        throw new UnsupportedOperationException("store: work in progress");
    }

    /** Recomputes the year's counters from the live records, replaces the stored ones and returns them. */
    public Tally rebuild(String branchId, int year) {
        throw new UnsupportedOperationException("store: work in progress");
    }
}
