package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Resemblance;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.unrecognised.UnrecognisedMessage;
import cn.dangjian.bot.unrecognised.UnrecognisedMessages;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * {@code GET /api/v1/unrecognised?branch=…&since=YYYY-MM-DD}: the messages of the last 90 days that stored nothing
 * and were not chit-chat, with the answer they got, grouped by the catalogue activity they resemble most (the
 * characters they share with its closest name or synonym), so that an admin sees which words to add to
 * {@code activities.yml}. All branches unless {@code branch} is given; JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class UnrecognisedController {

    static final List<String> HEADER = List.of("activity", "name", "closestWord", "shared", "branch", "at", "msgId",
            "senderId", "senderNick", "type", "text", "answer", "taught");

    /**
     * One message as the API gives it; {@code closestWord} and {@code shared} say why it is in its group,
     * {@code taught} the organisation's word (candidate or learned) it holds, which members later taught the bot.
     */
    record MessageView(String branch, Instant at, String msgId, String senderId, String senderNick, String type,
            String text, String answer, String closestWord, String shared, String taught) {
    }

    /** The messages nearest one activity, newest first; {@code activity} null for those resembling none. */
    record Group(String activity, String name, int count, List<MessageView> messages) {
    }

    /** {@code since}: the first day listed. */
    record Listing(LocalDate since, int total, List<Group> groups) {
    }

    private final UnrecognisedMessages unrecognised;
    private final Branches branches;
    private final Catalogue catalogue;
    private final Resemblance resemblance;
    private final AdminArguments arguments;

    private final Vocabulary vocabulary;

    UnrecognisedController(UnrecognisedMessages unrecognised, Branches branches, Catalogue catalogue,
            AdminArguments arguments, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.unrecognised = unrecognised;
        this.branches = branches;
        this.catalogue = catalogue;
        this.resemblance = new Resemblance(catalogue);
        this.arguments = arguments;
    }

    @GetMapping("/api/v1/unrecognised")
    ResponseEntity<?> unrecognised(@RequestParam(required = false) String branch,
            @RequestParam(required = false) String since,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<Branch> wanted = branch == null || branch.isBlank() ? branches.all() : List.of(arguments.branch(branch));
        LocalDate oldest = arguments.today().minusDays(UnrecognisedMessages.KEPT.toDays());
        LocalDate from = arguments.date("since", since);
        if (from == null || from.isBefore(oldest)) {
            from = oldest;
        }
        boolean csv = AdminArguments.prefers(accept, RecordsController.CSV, MediaType.APPLICATION_JSON,
                "未识别的消息只能以 JSON（application/json）或 CSV（text/csv）格式提供。");
        Instant start = arguments.startOf(from);
        List<UnrecognisedMessage> messages = new ArrayList<>();
        for (Branch b : wanted) {
            messages.addAll(unrecognised.since(b.id(), start));
        }
        messages.sort(Comparator.comparing(UnrecognisedMessage::at).reversed());
        Listing listing = new Listing(from, messages.size(), grouped(messages));
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(listing);
        }
        return ResponseEntity.ok().contentType(RecordsController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("unrecognised-" + (branch == null || branch.isBlank() ? "all" : wanted.get(0).id())
                                + "-since-" + from + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(csv(listing));
    }

    /**
     * By nearest activity: the groups with most messages first, in catalogue order where they tie, the messages
     * resembling no activity last.
     */
    private List<Group> grouped(List<UnrecognisedMessage> messages) {
        List<String> taught = vocabulary.list().stream().map(Vocabulary.Word::word)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<Activity, List<MessageView>> byActivity = new LinkedHashMap<>();
        catalogue.all().forEach(a -> byActivity.put(a, new ArrayList<>()));
        List<MessageView> resemblingNone = new ArrayList<>();
        for (UnrecognisedMessage m : messages) {
            List<Resemblance.Match> matches = resemblance.matches(m.text());
            Resemblance.Match nearest = matches.isEmpty() ? null : matches.get(0);
            MessageView view = new MessageView(m.branchId(), m.at(), m.msgId(), m.senderId(), m.senderNick(),
                    m.type(), m.text(), m.answer(), nearest == null ? null : nearest.word(),
                    nearest == null ? null : nearest.shared(),
                    m.text() == null ? null : taught.stream().filter(m.text()::contains).findFirst().orElse(null));
            (nearest == null ? resemblingNone : byActivity.get(nearest.activity())).add(view);
        }
        List<Group> groups = new ArrayList<>();
        byActivity.forEach((activity, views) -> {
            if (!views.isEmpty()) {
                groups.add(new Group(activity.key(), activity.name(), views.size(), views));
            }
        });
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        if (!resemblingNone.isEmpty()) {
            groups.add(new Group(null, null, resemblingNone.size(), resemblingNone));
        }
        return groups;
    }

    private static byte[] csv(Listing listing) {
        List<List<String>> rows = new ArrayList<>();
        for (Group group : listing.groups()) {
            for (MessageView m : group.messages()) {
                rows.add(List.of(Csv.text(group.activity()), Csv.text(group.name()), Csv.text(m.closestWord()),
                        Csv.text(m.shared()), Csv.text(m.branch()), m.at().toString(), Csv.text(m.msgId()),
                        Csv.text(m.senderId()), Csv.text(m.senderNick()), Csv.text(m.type()), Csv.text(m.text()),
                        Csv.text(m.answer()), Csv.text(m.taught())));
            }
        }
        return Csv.of(HEADER, rows);
    }
}
