package cn.dangjian.bot.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
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
    final List<ActivityRecord> records = new ArrayList<>();
    private String sender = MEMBER;
    private String msgId;

    Year(int year) {
        this.year = year;
    }

    /** Who logs the records that follow (a member unless said). */
    Year by(String staffId) {
        sender = staffId;
        return this;
    }

    /** The records that follow come from one message, until {@link #alone()}. */
    Year inOneMessage() {
        msgId = "msg-shared-" + records.size();
        return this;
    }

    Year alone() {
        msgId = null;
        return this;
    }

    Year log(String activity, int month, int day, int count, Integer participants, String topic, String amount) {
        CATALOGUE.get(activity);
        records.add(new ActivityRecord(records.size() + 1, DEMO.id(), activity, LocalDate.of(year, month, day), count,
                participants, topic, amount == null ? null : new BigDecimal(amount), sender,
                SECRETARY.equals(sender) ? "张书记" : "王芳", Instant.parse(year + "-01-01T00:00:00Z"),
                msgId != null ? msgId : "msg" + records.size()));
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
        Tally tally = tally();
        Progress progress = Progress.ofYear(year, today, CATALOGUE, DEMO.obligations(), tally);
        DraftModel.Context context = new DraftModel.Context(FRAMINGS.of(year), FRAMINGS.of(year + 1),
                PARTY_MEMBERS, lastYear == null ? null : lastYear.tally(), highlights);
        return DraftModel.of(kind, year, today, DEMO, CATALOGUE, records, tally, progress, context);
    }

    static int[] months(int from, int to) {
        int[] months = new int[to - from + 1];
        for (int i = 0; i < months.length; i++) {
            months[i] = from + i;
        }
        return months;
    }
}
