package cn.dangjian.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ResemblanceTest {

    private static final Catalogue CATALOGUE = Catalogue.load(Path.of("bot-config/activities.yml"));
    private final Resemblance resemblance = new Resemblance(CATALOGUE);

    @Test
    void aTextResemblesTheActivitiesWhoseClosestWordSharesTwoCharactersOrMore() {
        List<Resemblance.Match> matches = resemblance.matches("昨天开了个支部会");
        assertThat(matches).isNotEmpty().allMatch(m -> m.sharedCount() >= 2);
        assertThat(matches.get(0).shared()).contains("支").contains("部");
        assertThat(resemblance.matches("今天天气不错")).isEmpty();
    }

    /** Every message of the parse tables resembles what the rule, word by word, says it resembles. */
    @Test
    void theIndexFindsWhatSearchingEveryWordFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> tables = Files.list(Path.of("src/test/resources/command"))) {
            for (Path table : tables.filter(t -> t.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line.split("\t")[0]);
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
        for (String text : texts) {
            assertThat(resemblance.matches(text)).as(text).isEqualTo(wordByWord(text));
        }
    }

    /** The rule as the class comment says it, each word of each activity searched in the text. */
    private static List<Resemblance.Match> wordByWord(String text) {
        List<Resemblance.Match> found = new ArrayList<>();
        for (Activity activity : CATALOGUE.all()) {
            Resemblance.Match best = null;
            for (String word : activity.words()) {
                StringBuilder distinct = new StringBuilder();
                word.codePoints().distinct().forEach(distinct::appendCodePoint);
                StringBuilder shared = new StringBuilder();
                distinct.codePoints().filter(c -> text.indexOf(c) >= 0).forEach(shared::appendCodePoint);
                Resemblance.Match match = new Resemblance.Match(activity, word, shared.toString(),
                        (double) shared.codePointCount(0, shared.length())
                                / distinct.codePointCount(0, distinct.length()));
                if (best == null || match.sharedCount() > best.sharedCount()
                        || match.sharedCount() == best.sharedCount() && match.share() > best.share()) {
                    best = match;
                }
            }
            if (best != null && best.sharedCount() >= 2) {
                found.add(best);
            }
        }
        found.sort(Comparator.comparingInt(Resemblance.Match::sharedCount).reversed()
                .thenComparing(Comparator.comparingDouble(Resemblance.Match::share).reversed()));
        return found;
    }
}
