package cn.dangjian.bot.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reviewer of a draft checks before signing it: its length, a sentence said twice, a claim of regularity the
 * records contradict, a figure no record gives, a list of people per activity, a mark for the secretary inside a
 * sentence; and how alike two texts are.
 */
final class DraftChecks {

    /** "红色教育参加22人、重温入党誓词活动参加22人": people listed per activity, the same people twice. */
    private static final Pattern PEOPLE_LIST = Pattern.compile("参加\\d+人[、，][^。；]{1,16}?参加\\d+人");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|《[^》]*》");

    private DraftChecks() {
    }

    /** Characters of text, without Markdown marks, table rows and line breaks. */
    static int length(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                text.append(line.replaceAll("^#+ ", "").replace("**", ""));
            }
        }
        return text.codePointCount(0, text.length());
    }

    /** Sentences (up to 。；：) of ten characters or more that occur twice. */
    static List<String> repeatedSentences(String markdown) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String sentence : markdown.replace("**", "").split("[。；：\n]")) {
            String s = sentence.strip();
            if (s.length() >= 10 && !s.startsWith("|") && !seen.add(s)) {
                repeated.add(s);
            }
        }
        return repeated;
    }

    static int occurrences(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            n++;
        }
        return n;
    }

    /**
     * Everything a reviewer would strike out of the draft of {@code model}: each as a sentence saying what and where.
     */
    static List<String> problems(String markdown, DraftModel model) {
        List<String> problems = new ArrayList<>();
        problems.addAll(contradictedRegularity(markdown, model));
        problems.addAll(figuresWithoutRecords(markdown, model));
        Matcher list = PEOPLE_LIST.matcher(markdown);
        while (list.find()) {
            problems.add("people listed per activity: " + list.group());
        }
        repeatedSentences(markdown).forEach(s -> problems.add("said twice: " + s));
        for (String line : markdown.split("\n")) {
            if (line.contains(DraftDocument.TO_EDIT) && !line.strip().equals(DraftDocument.TO_EDIT)) {
                problems.add("a mark inside a sentence: " + line);
            }
        }
        return problems;
    }

    /**
     * A full year of records (begun in January, over, with records) read as a report: 2,200–4,500 characters. Kept
     * apart from {@link #problems}: a short honest draft is not made right by padding it.
     */
    static String lengthProblem(String markdown, DraftModel model) {
        int length = length(markdown);
        boolean fullYear = model.yearComplete() && model.firstMonth() == 1 && model.recordCount() > 0;
        return fullYear && (length < 2200 || length > 4500)
                ? "a full year's draft of " + length + " characters, not 2200–4500" : "";
    }

    /**
     * A claim of regularity where the records show otherwise: 按月收缴 with a month without dues, 每月 committee
     * meetings or theme days with a month without one, 均按期开展 with a period missed, 全员参加 below 100%.
     */
    static List<String> contradictedRegularity(String draft, DraftModel model) {
        List<String> found = new ArrayList<>();
        // what the year did; the problems and plans speak of monthly dues as a weakness or an aim, not a fact
        int end = draft.indexOf("存在的问题");
        String markdown = end < 0 ? draft : draft.substring(0, end);
        claim(found, markdown, model, "按月收缴、及时上缴", "dues_collection");
        claim(found, markdown, model, "党费按月收缴", "dues_collection");
        claim(found, markdown, model, "坚持每月固定党日", "theme_party_day");
        claim(found, markdown, model, "支委会", "每月至少一次", "branch_committee_meeting");
        claim(found, markdown, model, "支委会", "做到每月一次", "branch_committee_meeting");
        if ((markdown.contains("均按期开展") || markdown.contains("全年按期开展"))
                && model.completion().met() < model.completion().required()) {
            found.add("均按期开展 while " + (model.completion().required() - model.completion().met())
                    + " periods were missed");
        }
        if (markdown.contains("全员参加") && model.facts().values().stream()
                .anyMatch(f -> f.sessions() > 0 && f.attendance() > 0 && f.attendance() < 100)) {
            found.add("全员参加 while some meeting was not attended by all");
        }
        return found;
    }

    private static void claim(List<String> found, String markdown, DraftModel model, String phrase, String activity) {
        claim(found, markdown, model, "", phrase, activity);
    }

    private static void claim(List<String> found, String markdown, DraftModel model, String near, String phrase,
            String activity) {
        for (int at = markdown.indexOf(phrase); at >= 0; at = markdown.indexOf(phrase, at + 1)) {
            String before = markdown.substring(Math.max(0, at - 20), at);
            if (!near.isEmpty() && !before.contains(near)) {
                continue;
            }
            DraftModel.ActivityYear fact = model.facts().get(activity);
            if (fact == null || !fact.everyMonth()) {
                found.add(phrase + " while " + activity + " was not held every month");
            }
        }
    }

    /**
     * A number in the draft that no figure of the model gives: every count, amount, month, rate and day comes from
     * records (quoted topics, the secretary's highlights and the year's framing are their words, not figures).
     */
    static List<String> figuresWithoutRecords(String markdown, DraftModel model) {
        Set<String> known = new HashSet<>();
        for (int y = model.year() - 1; y <= model.year() + 1; y++) {
            known.add(String.valueOf(y));
        }
        for (int m = 1; m <= 12; m++) {
            known.add(String.valueOf(m));
        }
        for (int d = 28; d <= 31; d++) {
            known.add(String.valueOf(d));
        }
        known.add(String.valueOf(model.partyMembers()));
        NUMBER.matcher(model.dated()).results().forEach(r -> known.add(r.group()));
        known.add(String.valueOf(model.completion().required()));
        known.add(String.valueOf(model.completion().met()));
        known.add(String.valueOf(model.completion().rate()));
        for (DraftModel.ActivityYear f : model.facts().values()) {
            for (long n : new long[] {f.count(), f.participants(), f.average(), f.attendance(), f.own()}) {
                known.add(String.valueOf(n));
            }
            NUMBER.matcher(f.quantity()).results().forEach(r -> known.add(r.group()));
            java.util.stream.Stream.concat(f.moments().stream(), f.chronicle().stream()).forEach(m -> {
                known.add(String.valueOf(m.participants()));
                // what members typed about an event is theirs: 发放资料300余份
                NUMBER.matcher(m.said()).results().forEach(r -> known.add(r.group()));
            });
        }
        model.organisation().dips().forEach(d -> {
            known.add(String.valueOf(d.participants()));
            known.add(String.valueOf(d.rate()));
        });
        model.carried().forEach(c -> NUMBER.matcher(c.now()).results().forEach(r -> known.add(r.group())));
        model.calendar().forEach(d -> known.add(String.valueOf(d.times())));
        String text = markdown;
        for (String words : model.highlights()) {
            text = text.replace(words, "");
        }
        for (String words : List.of(model.framing().guidance(), model.framing().milestone(),
                model.nextFraming().guidance(), model.nextFraming().focus(), model.nextFraming().plan())) {
            if (!words.isEmpty()) {
                text = text.replace(words, "");
            }
        }
        text = QUOTED.matcher(text).replaceAll("");
        List<String> unknown = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("|")) {
                continue;
            }
            Matcher number = NUMBER.matcher(line);
            while (number.find()) {
                if (!known.contains(number.group())) {
                    unknown.add("a figure no record gives: " + number.group() + " in " + line.substring(
                            Math.max(0, number.start() - 20), Math.min(line.length(), number.end() + 10)));
                }
            }
        }
        return unknown;
    }

    /** The text of the section whose heading starts with {@code heading} (二、履职情况), up to the next heading. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf("## " + heading);
        if (start < 0) {
            throw new IllegalArgumentException("no section " + heading);
        }
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /**
     * How alike two texts are: the Dice coefficient of their sets of four-character shingles (2·|A∩B| / (|A|+|B|)),
     * over the text without Markdown, table rows, digits and punctuation. Shared four-character runs are shared
     * phrasing (“三会一课”制度, 开展主题党日); two Chinese texts on one subject share few by chance.
     */
    static double similarity(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> shingles(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                text.append(line.replaceAll("^#+ ", "").replace("**", ""));
            }
        }
        String plain = text.toString().replaceAll("[\\p{P}\\p{S}\\s\\d]", "");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 4 <= plain.length(); i++) {
            shingles.add(plain.substring(i, i + 4));
        }
        return shingles;
    }
}
