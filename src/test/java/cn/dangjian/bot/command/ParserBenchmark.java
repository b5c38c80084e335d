package cn.dangjian.bot.command;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.dangjian.bot.activity.Catalogue;

/**
 * How fast the webhook understands a message, before and after a change, in one run: every phrasing of the parse
 * tables parsed in a loop by this parser ("after"), by the parser of an earlier commit ("before", compiled by
 * {@code bench/parser/run.sh} into its own class loader) and by a naive keyword bot (one precompiled alternation of all
 * catalogue words, searched once) as the floor. Trials alternate and the medians are reported, because the machine is
 * shared. Not a unit test: run {@code bench/parser/run.sh}.
 */
public final class ParserBenchmark {

    private static final int TRIALS = 7;

    /** One way of reading a message; returns something derived from the result, so the work cannot be skipped. */
    private interface Work {
        int apply(ParseTableTest.Row row) throws Throwable;
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 0 && args[0].equals("worst")) {
            worstCases(args.length > 1 ? Integer.parseInt(args[1]) : 20, args.length > 2 ? args[2] : "");
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path before = args.length > 1 ? Path.of(args[1]) : null;
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Parser parser = new Parser(catalogue);
        Pattern keywords = Pattern.compile(catalogue.all().stream()
                .flatMap(a -> Stream.concat(a.synonyms().stream(), Stream.of(a.name())))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
        List<ParseTableTest.Row> rows = new ArrayList<>(ParseTableTest.rows("parse-table.tsv"));
        rows.addAll(ParseTableTest.rows("chat-phrasings.tsv"));
        rows.addAll(ParseTableTest.rows("understanding.tsv"));
        rows.addAll(ParseTableTest.rows("word-families.tsv"));
        LearnedWords taught = learnedWords(catalogue, LEARNED_WORDS);
        Parser learning = new Parser(catalogue, () -> taught);
        ParseTableTest.Row[] messages = rows.toArray(ParseTableTest.Row[]::new);

        List<String> names = new ArrayList<>(List.of("keyword regex (floor)", "after (this tree)"));
        List<Work> works = new ArrayList<>(List.of(
                row -> keywords.matcher(row.text()).find() ? 1 : 0,
                row -> parser.parse(row.text(), row.today(), row.branch()).hashCode()));
        names.add("after, " + LEARNED_WORDS + " learned words");
        works.add(row -> learning.parse(row.text(), row.today(), row.branch()).hashCode());
        if (before != null && Files.isDirectory(before)) {
            MethodHandle old = oldParser(before, catalogue);
            names.add("before (" + Files.readString(before.resolve("REVISION")).strip() + ")");
            works.add(row -> old.invoke(row.text(), row.today()).hashCode());
        }
        long sink = 0;
        for (Work work : works) {
            sink += run(messages, rounds, work);
        }
        long[][] nanos = new long[works.size()][TRIALS];
        for (int trial = 0; trial < TRIALS; trial++) {
            for (int w = 0; w < works.size(); w++) {
                long start = System.nanoTime();
                sink += run(messages, rounds, works.get(w));
                nanos[w][trial] = System.nanoTime() - start;
            }
        }
        double count = (double) messages.length * rounds;
        System.out.printf("%d phrasings x %d rounds, median of %d alternating trials%n", messages.length, rounds, TRIALS);
        double[] perMessage = new double[works.size()];
        for (int w = 0; w < works.size(); w++) {
            perMessage[w] = median(nanos[w]) / count;
            System.out.printf("%-34s %10.0f messages/s  %8.2f us/message%n", names.get(w),
                    1e9 / perMessage[w], perMessage[w] / 1000);
        }
        System.out.printf("with learned words / without:       %.2fx%n", perMessage[2] / perMessage[1]);
        if (works.size() > 3) {
            System.out.printf("after / before (time per message): %.2fx%n", perMessage[1] / perMessage[3]);
        }
        System.out.printf("after / floor (time per message):  %.1fx%n", perMessage[1] / perMessage[0]);
        System.out.printf("(sink %d)%n", sink);
    }

    /** An ordinary report, the yardstick of the worst cases. */
    static final String ORDINARY = "3月15日召开支委会，7人参加，主题《学习党章》";

    /** An ordinary report of 2,000 characters: a quarter's meetings, one a line. */
    static final String ORDINARY_LONG = WorstCases.ordinaryLong();

    /**
     * Every generated worst case ({@link WorstCases}) against an ordinary message, in the same run: the median time of
     * each over alternating trials, and its ratio to the ordinary one, worst first. A case that throws is printed with
     * the frame of ours that called the failing code. {@code only}: the cases whose name contains it.
     */
    private static void worstCases(int rounds, String only) {
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Parser parser = new Parser(catalogue);
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<java.util.Map.Entry<String, String>> cases = new ArrayList<>(WorstCases.messages(catalogue).entrySet());
        cases.removeIf(c -> !c.getKey().contains(only));
        int failed = 0;
        for (var c : new ArrayList<>(cases)) {
            try {
                parser.parse(c.getValue(), today);
            }
            catch (Throwable e) {
                failed++;
                cases.remove(c);
                String frame = Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("cn.dangjian"))
                        .findFirst().map(StackTraceElement::toString).orElse("?");
                System.out.printf("THROWS %-40s %s at %s%n", shortName(c.getKey()), e.getClass().getSimpleName(), frame);
            }
        }
        long sink = 0;
        long[] ordinary = new long[TRIALS];
        long[] ordinaryLong = new long[TRIALS];
        long[][] nanos = new long[cases.size()][TRIALS];
        for (int trial = 0; trial < TRIALS; trial++) {
            long start = System.nanoTime();
            for (int r = 0; r < rounds * 20; r++) {
                sink += parser.parse(ORDINARY, today).hashCode();
            }
            ordinary[trial] = (System.nanoTime() - start) / 20;
            start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                sink += parser.parse(ORDINARY_LONG, today).hashCode();
            }
            ordinaryLong[trial] = System.nanoTime() - start;
            for (int i = 0; i < cases.size(); i++) {
                start = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    sink += parser.parse(cases.get(i).getValue(), today).hashCode();
                }
                nanos[i][trial] = System.nanoTime() - start;
            }
        }
        double base = median(ordinary) / rounds;
        double longBase = median(ordinaryLong) / rounds;
        List<double[]> ratios = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ratios.add(new double[] {median(nanos[i]) / rounds / base, i});
        }
        ratios.sort((a, b) -> Double.compare(b[0], a[0]));
        System.out.printf("%d worst cases of up to %d characters, %d rounds, median of %d alternating trials%n",
                cases.size() + failed, WorstCases.LENGTH, rounds, TRIALS);
        System.out.printf("ordinary message (%s): %.1f us; ordinary report of %d characters: %.1f us (%.1fx)%n",
                ORDINARY, base / 1000, ORDINARY_LONG.length(), longBase / 1000, longBase / base);
        for (double[] ratio : ratios.subList(0, Math.min(25, ratios.size()))) {
            System.out.printf("%6.1fx %9.1f us  %s%n", ratio[0], ratio[0] * base / 1000,
                    shortName(cases.get((int) ratio[1]).getKey()));
        }
        System.out.printf("median case %.1fx, worst %.1fx of the ordinary message; worst %.1fx of the ordinary report; "
                + "%d threw (sink %d)%n", ratios.get(ratios.size() / 2)[0], ratios.get(0)[0],
                ratios.get(0)[0] * base / longBase, failed, sink);
    }

    private static String shortName(String name) {
        String oneLine = name.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) : oneLine;
    }

    /**
     * The earlier parser, loaded from its own classes: its package is looked up there first, everything else (the
     * catalogue, Entry …) is shared with this tree.
     */
    private static MethodHandle oldParser(Path classes, Catalogue catalogue) throws Throwable {
        String commandPackage = Parser.class.getPackageName() + ".";
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ParserBenchmark.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith(commandPackage)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = findClass(name);
                    }
                    return c;
                }
            }
        };
        Class<?> type = loader.loadClass(commandPackage + "Parser");
        Object parser = type.getConstructor(Catalogue.class).newInstance(catalogue);
        return MethodHandles.publicLookup()
                .findVirtual(type, "parse", MethodType.methodType(loader.loadClass(commandPackage + "Command"),
                        String.class, LocalDate.class))
                .bindTo(parser);
    }

    /** Words an organisation could have taught: random runs of common characters, spread over the catalogue. */
    private static LearnedWords learnedWords(Catalogue catalogue, int count) {
        java.util.Random random = new java.util.Random(19);
        List<cn.dangjian.bot.activity.Activity> activities = catalogue.all();
        List<LearnedWords.Word> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 3 + random.nextInt(3); c > 0; c--) {
                word.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            }
            words.add(new LearnedWords.Word(word.toString(), activities.get(i % activities.size()), i % 4 != 0));
        }
        return new LearnedWords(words);
    }

    private static final int LEARNED_WORDS = 5000;

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long run(ParseTableTest.Row[] messages, int rounds, Work work) throws Throwable {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (ParseTableTest.Row row : messages) {
                sink += work.apply(row);
            }
        }
        return sink;
    }
}
