package cn.dangjian.bot.question;

import java.time.Duration;
import java.util.List;

import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.command.Command;

/**
 * A question the bot asked one sender in one branch and waits for an answer to: at most one per sender and branch
 * ({@link Questions}), so that a member's next message is read against it first.
 *
 * @param id          the asking message's msgId: taking the question names it, so an answer never takes a newer one
 * @param kind        what is asked, and so what a reply may mean and how long the bot waits
 * @param readings the readings asked about: one for {@link Kind#CONFIRM_READING} and {@link Kind#MISSING_FIELD},
 *                 the numbered candidates (1, 2, …) for {@link Kind#CHOOSE}
 * @param field    the fact a {@link Kind#MISSING_FIELD} question waits for
 * @param options  the numbered options of {@link Kind#ATTACH_FILE} (record ids), {@link Kind#UNDO_EVENT} (the record
 *                 ids each undoes, space-separated) and {@link Kind#BRANCH_SHAPE}
 * @param subject  what the question is about beyond its readings: the evidence id of {@link Kind#ATTACH_FILE}; the
 *                 id of the stored record a {@link Kind#MISSING_FIELD} question would edit ({@link #dayOf})
 */
public record Question(String id, Kind kind, List<Reading> readings, Field field, List<String> options,
        String subject) {

    /**
     * One reading asked about: one message's entries, and the member's word a yes to it teaches ({@code teaches}:
     * only when the bot reached the reading through resemblance to that word, else null).
     */
    public record Reading(List<Entry> entries, Command.Teaching teaches) {
        public Reading {
            entries = List.copyOf(entries);
        }
    }

    /** What the bot asked, with how long it waits for the answer. */
    public enum Kind {
        /** "您是说…吗？": yes stores the reading. */
        CONFIRM_READING(Duration.ofMinutes(10)),
        /** "您是指以下哪一项？1. … 2. …": a number stores that candidate. */
        CHOOSE(Duration.ofMinutes(10)),
        /** "请问是哪一天？": the value completes the reading, which is then stored. */
        MISSING_FIELD(Duration.ofMinutes(10)),
        /** "这份材料属于哪条记录？": a number attaches the file to that record; a file may take a while to place. */
        ATTACH_FILE(Duration.ofMinutes(30)),
        /** "撤销整次活动，还是只撤销 #12？": a number undoes those records of one event. */
        UNDO_EVENT(Duration.ofMinutes(10)),
        /** A secretary's answers about the branch's shape (支委会, 党小组): looked up, so waited for a day. */
        BRANCH_SHAPE(Duration.ofDays(1));

        private final Duration keep;

        Kind(Duration keep) {
            this.keep = keep;
        }

        /** How long the question waits for its answer. */
        public Duration keep() {
            return keep;
        }
    }

    /** The facts a reading may lack. */
    public enum Field {
        ACTIVITY, DATE, COUNT, PARTICIPANTS, AMOUNT, TOPIC
    }

    public Question {
        readings = readings == null ? List.of() : List.copyOf(readings);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** "您是说…吗？" about one reading, which teaches {@code teaches} when confirmed (null: nothing). */
    public static Question confirm(String id, List<Entry> reading, Command.Teaching teaches) {
        return new Question(id, Kind.CONFIRM_READING, List.of(new Reading(reading, teaches)), null, null, null);
    }

    /** Numbered candidate readings. */
    public static Question choose(String id, List<Reading> candidates) {
        return new Question(id, Kind.CHOOSE, candidates, null, null, null);
    }

    /** A reading that lacks {@code field}. */
    public static Question missing(String id, List<Entry> reading, Field field) {
        return new Question(id, Kind.MISSING_FIELD, List.of(new Reading(reading, null)), field, null, null);
    }

    /**
     * The day of record {@code recordId}, stored with its month only ({@code reading}, as stored): optional, since
     * nothing is lost without it; a day of that month edits the record.
     */
    public static Question dayOf(String id, Entry reading, long recordId) {
        return new Question(id, Kind.MISSING_FIELD, List.of(new Reading(List.of(reading), null)), Field.DATE, null,
                Long.toString(recordId));
    }

    /** The stored record a {@link #dayOf} question would edit; null for a question about a reading not yet stored. */
    public Long record() {
        return kind == Kind.MISSING_FIELD && subject != null ? Long.valueOf(subject) : null;
    }

    /** Which of the numbered records ({@code recordIds}) the evidence {@code evidenceId} belongs to. */
    public static Question attachFile(String id, String evidenceId, List<String> recordIds) {
        return new Question(id, Kind.ATTACH_FILE, null, null, recordIds, evidenceId);
    }

    /**
     * Which records of one event to undo: each option the ids it undoes, the whole event first ("撤销整次活动（#12
     * #13）"), then the one record asked about ("只撤销 #12").
     */
    public static Question undoEvent(String id, List<List<Long>> options) {
        return new Question(id, Kind.UNDO_EVENT, null, null, options.stream()
                .map(ids -> String.join(" ", ids.stream().map(Object::toString).toList())).toList(), null);
    }

    /** The record ids {@code answer} undoes: a number among an {@link Kind#UNDO_EVENT}'s options; else none. */
    public List<Long> undoes(Answer answer) {
        if (kind != Kind.UNDO_EVENT || !(answer instanceof Answer.Choice choice) || choice.number() < 1
                || choice.number() > options.size()) {
            return List.of();
        }
        return java.util.Arrays.stream(options.get(choice.number() - 1).split(" ")).map(Long::valueOf).toList();
    }

    /** A question to a secretary about the branch's shape, with its numbered options. */
    public static Question branchShape(String id, String subject, List<String> options) {
        return new Question(id, Kind.BRANCH_SHAPE, null, null, options, subject);
    }

    /** How many numbered choices a reply may pick from: none for a question answered by yes or by a value. */
    public int choices() {
        return switch (kind) {
            case CHOOSE -> readings.size();
            case ATTACH_FILE, UNDO_EVENT, BRANCH_SHAPE -> options.size();
            default -> 0;
        };
    }

    /**
     * The reading {@code answer} would store: the question's own for a yes, the chosen candidate for a number among
     * them, the amended one for a value; empty for anything else.
     */
    public List<Entry> readingFor(Answer answer) {
        if (answer instanceof Answer.Amended amended) {
            return amended.reading();
        }
        Reading chosen = chosen(answer);
        return chosen == null ? List.of() : chosen.entries();
    }

    /**
     * The member's word a yes or a number to its reading teaches (null for any other answer, or when the reading was
     * not reached through resemblance): a value laid over the reading confirms no word.
     */
    public Command.Teaching teaching(Answer answer) {
        Reading chosen = chosen(answer);
        return chosen == null ? null : chosen.teaches();
    }

    /** The one reading a yes or a value answers (the first of a confirmation or a missing field). */
    public List<Entry> reading() {
        return readings.isEmpty() ? List.of() : readings.get(0).entries();
    }

    private Reading chosen(Answer answer) {
        if (answer instanceof Answer.Choice choice && kind == Kind.CHOOSE) {
            return choice.number() >= 1 && choice.number() <= readings.size() ? readings.get(choice.number() - 1)
                    : null;
        }
        if (answer instanceof Answer.Yes && (kind == Kind.CONFIRM_READING || kind == Kind.CHOOSE && readings.size() == 1)) {
            return readings.get(0);
        }
        return null;
    }
}
