package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dangjian.bot.activity.Catalogue;

class FinderTest {

    @ParameterizedTest(name = "{0} opens with {1}")
    @CsvSource(delimiter = ';', value = {
            "吗|么;吗么",
            "(?<![为除])了(?![解没]);了",
            "(?:开|召开)?会;开召会",
            "\\?|(?:吗|嘛)$;?吗嘛",
            "\\d{1,2}点;0123456789",
            "x{0,3}y;xy",
            "[a-c\\-]+;abc-",
            "(?<=主题党日|党课):(.+);:",
            "(?<name>收|交)齐;收交",
            "^(?:【[^】]{0,12}】)?(?:通知|公告)[:\\n];【通公",
            "\\u0000之前|后;'\u0000后'",
            "[\\s,];' \t\n\u000B\f\r,'",
    })
    void anExpressionOpensWithTheCharactersThatCanBeginItsMatch(String regex, String opening) {
        BitSet expected = new BitSet();
        opening.chars().forEach(expected::set);
        assertThat(Finder.of(regex).openings()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is searched every time")
    @CsvSource(delimiter = ';', value = {
            "a*", "(?:了)?", "[^,]+了", "[^,]", ".了", "(?i)ok", "\\p{IsHan}会", "$", "(?=了)", "\\w\\1", "[\\x{1F000}-\\x{1FAFF}]",
    })
    void anExpressionWhoseOpeningIsNotKnownIsAlwaysSearched(String regex) {
        assertThat(Finder.of(regex).openings()).isNull();
        assertThat(Finder.of(regex).mayOpenIn("什么也没有", 0, 5)).isTrue();
    }

    @Test
    void aTextWithoutAnOpeningCharacterIsNotSearched() {
        Finder done = Finder.of("已|(?<![为除])了");
        assertThat(done.mayOpenIn("主题党日开展，5人参加", 0, 11)).isFalse();
        assertThat(done.in("主题党日开展，5人参加")).isFalse();
        assertThat(done.in("主题党日已开展")).isTrue();
        assertThat(done.in("为了")).isFalse();
        assertThat(done.mayOpenIn("主题党日已开展", 0, 4)).isFalse();
        assertThat(done.mayOpenIn("主题党日已开展", 4, 5)).isTrue();
    }

    /**
     * Every finder of the parser, over every message of the parse tables as written, as the parser makes it regular
     * and as it masks it: each match any start position finds begins with one of the finder's opening characters, so
     * no search skipped for want of one would have found anything.
     */
    @Test
    void everyFinderOfTheParserOpensEveryMatchItFindsInTheTables() throws Exception {
        Map<String, Finder> finders = parserFinders();
        assertThat(finders).hasSizeGreaterThan(10);
        Set<String> texts = corpus();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Finder> finder : finders.entrySet()) {
            BitSet openings = finder.getValue().openings();
            if (openings == null) {
                continue;
            }
            for (String text : texts) {
                Matcher m = finder.getValue().matcher(text);
                List<Integer> starts = new ArrayList<>();
                for (int from = 0; from <= text.length(); from++) {
                    if (m.find(from) && (m.start() == m.end() || !openings.get(text.charAt(m.start())))) {
                        wrong.add(finder.getKey() + " at " + m.start() + " of " + text);
                    }
                }
                m.reset();
                while (m.find()) {
                    starts.add(m.start());
                }
                Matcher quick = finder.getValue().matcher(text);
                List<Integer> found = new ArrayList<>();
                for (int from = 0; finder.getValue().find(quick, text, from); from = quick.end()) {
                    found.add(quick.start());
                }
                Matcher first = finder.getValue().firstIn(text, 0, text.length());
                if (!found.equals(starts) || finder.getValue().in(text) != !starts.isEmpty()
                        || (first == null ? !starts.isEmpty() : starts.isEmpty() || first.start() != starts.get(0))) {
                    wrong.add(finder.getKey() + " finds " + found + " instead of " + starts + " in " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Map<String, Finder> parserFinders() throws IOException, ReflectiveOperationException {
        Map<String, Finder> finders = new LinkedHashMap<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/cn/dangjian/bot/command"))) {
            for (Path source : sources.toList()) {
                String name = source.getFileName().toString().replace(".java", "");
                if (name.equals("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName("cn.dangjian.bot.command." + name);
                List<Class<?>> types = new ArrayList<>(List.of(type));
                types.addAll(List.of(type.getDeclaredClasses()));
                for (Class<?> t : types) {
                    for (Field field : t.getDeclaredFields()) {
                        if (field.getType() == Finder.class && Modifier.isStatic(field.getModifiers())) {
                            field.setAccessible(true);
                            finders.put(t.getSimpleName() + "." + field.getName(), (Finder) field.get(null));
                        }
                    }
                }
            }
        }
        return finders;
    }

    private static Set<String> corpus() throws IOException {
        LogReader reader = new LogReader(new ActivityWords(Catalogue.load(Path.of("bot-config/activities.yml"))));
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> tables = Files.list(Path.of("src/test/resources/command"))) {
            for (Path table : tables.filter(t -> t.toString().endsWith(".tsv")).toList()) {
                for (ParseTableTest.Row row : ParseTableTest.rows(table.getFileName().toString())) {
                    MessageText message = MessageText.of(row.text());
                    texts.add(row.text());
                    texts.add(message.text());
                    texts.add(reader.read(message, row.today()).masked());
                }
            }
        }
        return texts;
    }
}
