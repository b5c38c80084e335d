package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * The organisation's words, as its members taught them ({@link Vocabulary}):
 * <ul>
 * <li>{@code GET /api/v1/vocabulary}: candidates and learned words, with who confirmed each and how often; JSON, or CSV
 * with {@code Accept: text/csv};</li>
 * <li>{@code POST /api/v1/vocabulary/{word}}: an admin approves a word (learned at once);
 * {@code DELETE /api/v1/vocabulary/{word}} removes it;</li>
 * <li>{@code GET /api/v1/vocabulary/export}: the learned words as the {@code synonyms} lines to paste into
 * {@code activities.yml}, activity by activity.</li>
 * </ul>
 */
@RestController
class VocabularyController {

    static final List<String> HEADER = List.of("word", "activity", "name", "status", "confirmations", "confirmedBy",
            "firstAt", "lastAt", "approvedBy");

    /** One word as the API gives it; {@code confirmedBy} the members who confirmed it, staffId and nick. */
    record WordView(String word, String activity, String name, String status, int confirmations,
            List<Map<String, String>> confirmedBy, String firstAt, String lastAt, String approvedBy) {
    }

    record Listing(int learned, int candidates, List<WordView> words) {
    }

    private final Vocabulary vocabulary;
    private final Catalogue catalogue;

    VocabularyController(Vocabulary vocabulary, Catalogue catalogue) {
        this.vocabulary = vocabulary;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/vocabulary")
    ResponseEntity<?> list(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = AdminArguments.prefers(accept, RecordsController.CSV, MediaType.APPLICATION_JSON,
                "词汇只能以 JSON（application/json）或 CSV（text/csv）格式提供。");
        List<WordView> words = vocabulary.list().stream().map(this::view).toList();
        if (!csv) {
            int learned = (int) words.stream().filter(w -> w.status().equals("learned")).count();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(new Listing(learned, words.size() - learned, words));
        }
        List<List<String>> rows = new ArrayList<>();
        for (WordView w : words) {
            rows.add(List.of(Csv.text(w.word()), w.activity(), Csv.text(w.name()), w.status(),
                    Integer.toString(w.confirmations()),
                    Csv.text(w.confirmedBy().stream().map(b -> b.get("nick") + "（" + b.get("staffId") + "）")
                            .collect(Collectors.joining("、"))),
                    w.firstAt(), w.lastAt(), Csv.text(w.approvedBy())));
        }
        return Csv.download("vocabulary.csv", Csv.of(HEADER, rows));
    }

    @PostMapping("/api/v1/vocabulary/{word}")
    ResponseEntity<?> approve(@PathVariable String word) {
        if (!vocabulary.approve(word, "admin")) {
            throw missing(word);
        }
        return ResponseEntity.ok(view(vocabulary.find(word).orElseThrow(() -> missing(word))));
    }

    @DeleteMapping("/api/v1/vocabulary/{word}")
    ResponseEntity<?> remove(@PathVariable String word) {
        if (!vocabulary.remove(word)) {
            throw missing(word);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The learned words as YAML: per activity that has some, its {@code synonyms} line with the catalogue's words and
     * the learned ones, to replace that activity's line in {@code activities.yml}.
     */
    @GetMapping(value = "/api/v1/vocabulary/export", produces = "text/plain;charset=UTF-8")
    ResponseEntity<byte[]> export() {
        Map<String, List<String>> learned = new LinkedHashMap<>();
        for (Vocabulary.Word w : vocabulary.list()) {
            if (w.learned()) {
                learned.computeIfAbsent(w.activity(), k -> new ArrayList<>()).add(w.word());
            }
        }
        StringBuilder yaml = new StringBuilder("# 将以下各活动的 synonyms 一行替换到 bot-config/activities.yml 中对应的活动下，重启后生效。\n");
        for (Activity activity : catalogue.all()) {
            List<String> words = learned.get(activity.key());
            if (words == null) {
                continue;
            }
            List<String> synonyms = new ArrayList<>(activity.synonyms());
            words.stream().filter(w -> !synonyms.contains(w)).forEach(synonyms::add);
            yaml.append("  - key: ").append(activity.key()).append("  # ").append(activity.name()).append('\n')
                    .append("    synonyms: [").append(String.join(", ", synonyms)).append("]\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private WordView view(Vocabulary.Word w) {
        List<Map<String, String>> by = new ArrayList<>();
        w.confirmedBy().forEach((staffId, nick) -> by.add(Map.of("staffId", staffId, "nick", nick)));
        String name = catalogue.find(w.activity()).map(Activity::name).orElse(null);
        return new WordView(w.word(), w.activity(), name, w.learned() ? "learned" : "candidate", w.confirmations(), by,
                w.firstAt().toString(), w.lastAt().toString(), w.approvedBy());
    }

    private static AdminProblem missing(String word) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "词汇中没有“" + word + "”。");
    }
}
