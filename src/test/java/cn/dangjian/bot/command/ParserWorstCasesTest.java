package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.dangjian.bot.activity.Catalogue;

/**
 * Issue 17, items 3 and 4: no message of up to 2,000 characters throws past the parser (a pattern that recursed per
 * repetition overflowed the stack on 哈哈哈…). How long each takes against an ordinary message is measured by
 * {@code bench/parser/run.sh worst}, in one run, not asserted here in milliseconds.
 */
class ParserWorstCasesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TestFactory
    Stream<DynamicTest> noGeneratedWorstCaseThrows() {
        Catalogue catalogue = Catalogue.load(Path.of("bot-config/activities.yml"));
        Parser parser = ParseTableTest.PARSER;
        return WorstCases.messages(catalogue).entrySet().stream().map((Map.Entry<String, String> c) ->
                DynamicTest.dynamicTest(c.getKey(), () -> assertThatCode(() -> parser.parse(c.getValue(), TODAY))
                        .doesNotThrowAnyException()));
    }
}
