package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.branch.Branch;

/**
 * The parse tables under {@code src/test/resources/command/}: one message per line as members type it, and what the
 * bot must understand. A {@code # today: YYYY-MM-DD} line sets the day the messages are sent; a {@code # members: N}
 * line says the sender's branch has N party members from there on ({@code # members: -} for a branch whose size the
 * bot does not know, the default).
 *
 * <p>Notation of the expected column:
 * <ul>
 * <li>{@code log <key> <date> x<count> [p<participants>] [a:<amount>] [t:<topic>]}, entries separated by {@code "; "}
 * (the later ones without the word {@code log});
 * <li>{@code undo}, {@code undo #12 #13}, {@code records [mine] [period]}, {@code progress month|quarter|year [period]}
 * (period: {@code 2026-11}, {@code 2026-Q3}, {@code 2025} when one is named),
 * {@code query last|count|whether|missing [key] [period]}, {@code correct #12|last [of:<key>] [key] [date] [x<count>] [p<people>]
 * [a:<amount>] [t:<topic>]},
 * {@code draft <year|-> <kind>}, {@code bind <branch>}, {@code reminders pause|resume|show}, {@code help};
 * <li>{@code reject <phrase>}: rejected, and the reason contains the phrase;
 * <li>{@code unknown [name|name|name]}: not understood, with exactly these suggestions;
 * <li>{@code ask <entries as for log>}: the bot asks whether this took place, and stores it on "是"; {@code yes}: the
 * confirmation itself; {@code choose <entries> | <entries>}: one question with numbered readings, {@code choice N}
 * the sender's number;
 * <li>{@code plan}, {@code cancelled}, {@code question}, {@code notice}, {@code chat}: understood, nothing stored;
 * a log that also names what was not stored ends in {@code +besides}.
 * </ul>
 */
class ParseTableTest {

    static final Parser PARSER = new Parser(Catalogue.load(Path.of("bot-config/activities.yml")));

    @TestFactory
    Stream<DynamicTest> parseTable() {
        return table("parse-table.tsv");
    }

    @TestFactory
    Stream<DynamicTest> yearBoundaryTable() {
        return table("year-boundary.tsv");
    }

    /** How members really write in chat, by category: see the file's sections. */
    @TestFactory
    Stream<DynamicTest> chatTable() {
        return table("chat-phrasings.tsv");
    }

    /** Issue 19's categories: no dead ends, months as dates, the misread classes, one event: see the file's sections. */
    @TestFactory
    Stream<DynamicTest> understandingTable() {
        return table("understanding.tsv");
    }

    /** Fresh reports as a branch writes them over a year: see the file's sections. */
    @TestFactory
    Stream<DynamicTest> freshReportsTable() {
        return table("fresh-reports.tsv");
    }

    /** Each activity's word family, the way members talk. */
    @TestFactory
    Stream<DynamicTest> wordFamilyTable() {
        return table("word-families.tsv");
    }

    @TestFactory
    Stream<DynamicTest> tableIsBigEnoughAndCoversRejects() {
        List<Row> rows = rows("parse-table.tsv");
        long refusals = rows.stream().filter(r -> r.expected.startsWith("reject") || r.expected.startsWith("unknown"))
                .count();
        return Stream.of(DynamicTest.dynamicTest("at least 180 rows, 40 of them refusals", () -> {
            assertThat(rows).hasSizeGreaterThanOrEqualTo(180);
            assertThat(refusals).isGreaterThanOrEqualTo(40);
        }));
    }

    private Stream<DynamicTest> table(String file) {
        return rows(file).stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line + ": " + row.text + "  =>  " + row.expected, () -> check(row)));
    }

    private static void check(Row row) {
        Command actual = PARSER.parse(row.text, row.today, row.branch);
        String shown = notation(actual);
        boolean ok = row.expected.startsWith("reject ")
                ? actual instanceof Command.Rejected r && r.reason().contains(row.expected.substring(7))
                : shown.equals(row.expected);
        if (!ok) {
            fail("\n  text:     [" + row.text + "] (today " + row.today + ")\n  expected: " + row.expected
                    + "\n  actual:   " + shown + "\n");
        }
    }

    /** The compact notation of the table, so that a failing row prints what the parser really understood. */
    static String notation(Command command) {
        if (command instanceof Command.Log log) {
            return "log " + log.entries().stream().map(ParseTableTest::entry).collect(Collectors.joining("; "))
                    + (log.besides() == null ? "" : " +besides");
        }
        if (command instanceof Command.Ask ask) {
            return "ask " + ask.entries().stream().map(ParseTableTest::entry).collect(Collectors.joining("; "));
        }
        if (command instanceof Command.Choose choose) {
            return "choose " + choose.choices().stream()
                    .map(c -> c.stream().map(ParseTableTest::entry).collect(Collectors.joining("; ")))
                    .collect(Collectors.joining(" | "));
        }
        if (command instanceof Command.Choice choice) {
            return "choice " + choice.number();
        }
        if (command instanceof Command.Confirm) {
            return "yes";
        }
        if (command instanceof Command.Noted noted) {
            return noted.act().name().toLowerCase(Locale.ROOT);
        }
        if (command instanceof Command.Undo undo) {
            return undo.ids().isEmpty() ? "undo"
                    : "undo " + undo.ids().stream().map(id -> "#" + id).collect(Collectors.joining(" "));
        }
        if (command instanceof Command.Correct correct) {
            Command.Correction c = correct.correction();
            StringBuilder s = new StringBuilder("correct ").append(correct.id() == null ? "last" : "#" + correct.id())
                    .append(correct.of() == null ? "" : " of:" + correct.of());
            if (c.activity() != null) {
                s.append(' ').append(c.activity());
            }
            if (c.date() != null) {
                s.append(' ').append(c.date());
            }
            if (c.count() != null) {
                s.append(" x").append(c.count());
            }
            if (c.participants() != null) {
                s.append(" p").append(c.participants());
            }
            if (c.amount() != null) {
                s.append(" a:").append(c.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
            }
            if (c.topic() != null) {
                s.append(" t:").append(c.topic());
            }
            return s.toString();
        }
        if (command instanceof Command.ListRecords list) {
            return "records" + (list.mine() ? " mine" : "") + (list.period() == null ? "" : " " + period(list.period()));
        }
        if (command instanceof Command.ShowProgress progress) {
            return "progress " + progress.scope().name().toLowerCase(Locale.ROOT)
                    + (progress.period() == null ? "" : " " + period(progress.period()));
        }
        if (command instanceof Command.Query query) {
            return "query " + query.kind().name().toLowerCase(Locale.ROOT)
                    + (query.activity() == null ? "" : " " + query.activity())
                    + (query.period() == null ? "" : " " + period(query.period()));
        }
        if (command instanceof Command.GenerateDraft draft) {
            return "draft " + (draft.year() == null ? "-" : draft.year()) + " " + draft.kind();
        }
        if (command instanceof Command.AddHighlight highlight) {
            return "highlight " + highlight.text();
        }
        if (command instanceof Command.ListHighlights) {
            return "highlights";
        }
        if (command instanceof Command.Bind bind) {
            return "bind " + bind.branch();
        }
        if (command instanceof Command.Reminders reminders) {
            return "reminders " + reminders.action().name().toLowerCase(Locale.ROOT);
        }
        if (command instanceof Command.CloseYear close) {
            return "close " + close.year();
        }
        if (command instanceof Command.ReopenYear reopen) {
            return "reopen " + reopen.year() + " " + reopen.reason();
        }
        if (command instanceof Command.Rejected rejected) {
            return "rejected: " + rejected.reason();
        }
        if (command instanceof Command.NotUnderstood unknown) {
            return unknown.suggestions().isEmpty() ? "unknown" : "unknown " + String.join("|", unknown.suggestions());
        }
        return "help";
    }

    /** 2026-11, 2026-Q3, 2026. */
    private static String period(cn.dangjian.bot.activity.Period period) {
        return switch (period.cadence()) {
            case MONTHLY -> period.year() + "-" + (period.index() < 10 ? "0" : "") + period.index();
            case QUARTERLY -> period.year() + "-Q" + period.index();
            default -> Integer.toString(period.year());
        };
    }

    private static String entry(Entry e) {
        String date = e.precision() == cn.dangjian.bot.activity.DatePrecision.MONTH
                ? e.date().toString().substring(0, 7) : e.date().toString();
        StringBuilder s = new StringBuilder(e.activity()).append(' ').append(date).append(" x").append(e.count());
        if (e.participants() != null) {
            s.append(" p").append(e.participants());
        }
        if (e.amount() != null) {
            s.append(" a:").append(e.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
        }
        if (e.topic() != null) {
            s.append(" t:").append(e.topic());
        }
        return s.toString();
    }

    record Row(int line, String text, String expected, LocalDate today, Branch branch) {
    }

    static List<Row> rows(String file) {
        List<Row> rows = new ArrayList<>();
        LocalDate today = null;
        Branch branch = null;
        try (InputStream in = ParseTableTest.class.getResourceAsStream("/command/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("# today:")) {
                    today = LocalDate.parse(line.substring(8).strip());
                    continue;
                }
                if (line.startsWith("# members:")) {
                    String members = line.substring(10).strip();
                    branch = members.equals("-") ? null : new Branch("table", "表格党支部", List.of(), List.of(),
                            List.of(), java.util.Map.of(), null, Integer.valueOf(members));
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0 || today == null) {
                    throw new IllegalStateException(
                            file + ":" + (i + 1) + ": expected 'text<TAB>expected' after a today line");
                }
                rows.add(new Row(i + 1, line.substring(0, tab).replace("\\n", "\n"), line.substring(tab + 1).strip(),
                        today, branch));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
