package cn.dangjian.bot.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.dangjian.bot.activity.Catalogue;

/**
 * How long the webhook spends understanding a message, as a ratio to a baseline taken in the same run: every phrasing
 * of the parse table, parsed in a loop, against a naive keyword bot (one precompiled alternation of all catalogue
 * words, searched once in the message). Trials alternate and the medians are reported, because the machine is shared. Not a
 * unit test: run it as a plain Java main on the test classpath (see the package's report for the command).
 */
public final class ParserBenchmark {

    private static final int TRIALS = 7;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Parser parser = new Parser(catalogue);
        Pattern keywords = Pattern.compile(catalogue.all().stream()
                .flatMap(a -> Stream.concat(a.synonyms().stream(), Stream.of(a.name())))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
        List<ParseTableTest.Row> rows = ParseTableTest.rows("parse-table.tsv");
        LocalDate today = rows.get(0).today();
        String[] texts = rows.stream().map(ParseTableTest.Row::text).toArray(String[]::new);
        Work baselineWork = t -> keywords.matcher(t).find() ? 1 : 0;
        Work parseWork = t -> parser.parse(t, today).hashCode();
        long sink = run(texts, rounds, baselineWork) + run(texts, rounds, parseWork);
        long[] baseline = new long[TRIALS];
        long[] parse = new long[TRIALS];
        for (int trial = 0; trial < TRIALS; trial++) {
            baseline[trial] = time(texts, rounds, baselineWork);
            parse[trial] = time(texts, rounds, parseWork);
        }
        double messages = (double) texts.length * rounds;
        double b = median(baseline) / 1000.0 / messages;
        double p = median(parse) / 1000.0 / messages;
        System.out.printf("%d phrasings x %d rounds, median of %d alternating trials%n", texts.length, rounds, TRIALS);
        System.out.printf("baseline (one keyword regex): %.2f us/message%n", b);
        System.out.printf("parse:                        %.2f us/message%n", p);
        System.out.printf("parse / baseline:             %.1fx%n", p / b);
        System.out.printf("(sink %d)%n", sink);
    }

    private interface Work {
        int apply(String text);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(String[] texts, int rounds, Work work) {
        long start = System.nanoTime();
        run(texts, rounds, work);
        return System.nanoTime() - start;
    }

    private static long run(String[] texts, int rounds, Work work) {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                sink += work.apply(text);
            }
        }
        return sink;
    }
}
