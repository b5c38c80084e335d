package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;

/**
 * A branch's year of records written out in Java, with the tally the store would keep for them: the model's input
 * without Redis. Reads the real {@code bot-config}.
 */
final class Year {

    static final Catalogue CATALOGUE = Catalogue.load(Path.of("bot-config/activities.yml"));
    static final Branches BRANCHES = Branches.load(Path.of("bot-config/branches.yml"), CATALOGUE);
    static final Branch DEMO = BRANCHES.byId("demo").orElseThrow();
    static final YearFramings FRAMINGS = YearFramings.load(Path.of("bot-config/report/years.yml"));
    /**
     * The 党员 of the branch these years are of, as {@code memberCount} in branches.yml would give them, so that
     * drafts give attendance rates (the demo branch itself leaves it unset).
     */
    static final int PARTY_MEMBERS = 22;
    static final String SECRETARY = "secretary01";
    static final String MEMBER = "member01";

    final int year;
    final Branch branch;
    final List<ActivityRecord> records = new ArrayList<>();
    private String sender = MEMBER;
    private String msgId;
    private Instant logged;
    private String words;

    Year(int year) {
        this(year, DEMO);
    }

    /** A year of another branch (its shape, kind and secretaries as a test configures them). */
    Year(int year, Branch branch) {
        this.year = year;
        this.branch = branch;
        this.logged = Instant.parse(year + "-01-01T00:00:00Z");
    }

    /** The records that follow were logged on this day (by default the first of the year): when the bot came in. */
    Year loggedOn(LocalDate day) {
        logged = day.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant();
        return this;
    }

    /** Who logs the records that follow (a member unless said). */
    Year by(String staffId) {
        sender = staffId;
        return this;
    }

    /** What the member typed for the records that follow (until {@link #alone()}): kept as their words. */
    Year said(String text) {
        words = text;
        return this;
    }

    /** The records that follow come from one message, until {@link #alone()}. */
    Year inOneMessage() {
        msgId = "msg-shared-" + records.size();
        return this;
    }

    Year alone() {
        msgId = null;
        words = null;
        return this;
    }

    Year log(String activity, int month, int day, int count, Integer participants, String topic, String amount) {
        CATALOGUE.get(activity);
        records.add(new ActivityRecord(records.size() + 1, branch.id(), activity, LocalDate.of(year, month, day), count,
                participants, topic, amount == null ? null : new BigDecimal(amount), sender,
                branch.isSecretary(sender) ? "张书记" : "王芳", logged,
                msgId != null ? msgId : "msg" + records.size(), msgId != null ? msgId : "msg" + records.size(),
                null, words, 1, List.of()));
        return this;
    }

    Year log(String activity, int month, int day) {
        return log(activity, month, day, 1, null, null, null);
    }

    /** The same activity on the given day of every listed month. */
    Year monthly(String activity, int day, Integer participants, int... months) {
        for (int m : months) {
            log(activity, m, day, 1, participants, null, null);
        }
        return this;
    }

    Tally tally() {
        Tally tally = new Tally(year);
        for (ActivityRecord r : records) {
            long fen = r.amount() == null ? 0 : r.amount().movePointRight(2).longValueExact();
            tally.add(r.activity(), r.date().getMonthValue(), r.count(), r.participants() == null ? 0 : r.participants(),
                    fen);
        }
        return tally;
    }

    DraftModel model(DraftKind kind, LocalDate today) {
        return model(kind, today, null, List.of());
    }

    /** The draft's model with last year's records (null: none) and the secretary's highlights. */
    DraftModel model(DraftKind kind, LocalDate today, Year lastYear, List<String> highlights) {
        DraftModel.Context context = new DraftModel.Context(FRAMINGS.of(year), FRAMINGS.of(year + 1),
                branch.memberCount() != null ? branch.memberCount() : PARTY_MEMBERS,
                lastYear == null ? null : lastYear.tally(), highlights);
        return DraftModel.of(kind, year, today, branch, CATALOGUE, records, context);
    }

    /**
     * A branch as {@code branches.yml} would give it, with the shipped catalogue: {@code yaml} is the entry's lines
     * after {@code - id: test} (indented by four), {@code defaults} the organisation's defaults block or empty.
     */
    static Branch configured(String defaults, String yaml) {
        return configured(defaults, "测试党支部", yaml);
    }

    static Branch configured(String defaults, String name, String yaml) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("branches", ".yml");
            java.nio.file.Files.writeString(file, (defaults.isEmpty() ? "" : "defaults:\n" + defaults.indent(2))
                    + "branches:\n  - id: test\n    name: " + name + "\n" + yaml.indent(4));
            try {
                return Branches.load(file, CATALOGUE).byId("test").orElseThrow();
            }
            finally {
                java.nio.file.Files.delete(file);
            }
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int[] months(int from, int to) {
        int[] months = new int[to - from + 1];
        for (int i = 0; i < months.length; i++) {
            months[i] = from + i;
        }
        return months;
    }
}
