package cn.dangjian.bot.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.Attachments;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.QuestionKindHandler;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.redis.BranchKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the files a member sends go, and what members say about them. In order:
 * <ul>
 * <li>words that name a record ("附件 #23", "#23 签到表") with files: to that record; "附件 #23" alone: the sender's
 * files of the next {@code window} go to #23;</li>
 * <li>a rich text that logs activities: its pictures go to the records it created;</li>
 * <li>otherwise the record 附件 #n named, or the sender's own record logged within {@code window};</li>
 * <li>otherwise the bot asks which record (the sender's latest three): a pending question
 * ({@link Question.Kind#ATTACH_FILE}) that holds the files, answered by a number (through the parser and
 * {@link #answer}), by "#23" or "附件 #23", and let go by 不是 or by saying anything else.</li>
 * </ul>
 * "删除 #23 的第2张照片" and "这张是 #24 的" take a file off or move it (the one who attached it, or a secretary), and
 * "导出台账 2026" is the ledger's ({@link LedgerRequests}). A redelivered message gets the first answer again.
 */
@Component
class EvidenceDesk implements Attachments, QuestionKindHandler {

    private static final Pattern NAMES_RECORD = Pattern.compile("^(?:附件|佐证材料|佐证|材料|照片|图片)?#(\\d{1,9})");
    private static final Pattern ATTACH_TO = Pattern.compile("^(?:附件|佐证材料|佐证|添加附件|上传附件)#(\\d{1,9})(?:的?(?:附件|佐证材料|照片|材料))?$");
    private static final Pattern ANY_RECORD = Pattern.compile("#(\\d{1,9})");
    private static final Pattern REMOVE = Pattern.compile(
            "^删除#(\\d{1,9})(?:号记录)?的?第([0-9一二两三四五六七八九十]{1,3})(张照片|张图片|张|份材料|份文件|个文件|个附件|份附件|份)$");
    private static final Pattern MOVE = Pattern.compile(
            "^(?:这张|这份|这个|这些|刚才的|刚才那张|刚发的)(?:照片|图片|文件|材料)?(?:应该)?是#(\\d{1,9})(?:号记录)?的(?:照片|图片|文件|材料|附件)?$");
    private static final Pattern MENTION = Pattern.compile("^(?:@\\S+[\\s\u2005]+)+");
    private static final Pattern RECORD_ALONE = Pattern.compile("^#(\\d{1,9})(?:号|条)?$");

    /** How many of the sender's latest records the question offers. */
    static final int CHOICES = 3;

    /**
     * The files a {@link Question.Kind#ATTACH_FILE} question waits to place, as its subject: {@code held} says until
     * when their bytes are held ({@link HeldFiles}).
     */
    private record Pending(List<Evidence> files, List<Boolean> fresh, List<Instant> held) {
    }

    private record Last(long record, List<String> files) {
    }

    private final Intake intake;
    private final EvidenceStore store;
    private final ActivityStore records;
    private final Catalogue catalogue;
    private final StringRedisTemplate redis;
    private final EvidenceProperties properties;
    private final LedgerRequests ledger;
    private final Questions questions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    EvidenceDesk(Intake intake, EvidenceStore store, ActivityStore records, Catalogue catalogue,
            StringRedisTemplate redis, EvidenceProperties properties, LedgerRequests ledger, Questions questions,
            Clock clock) {
        this.intake = intake;
        this.questions = questions;
        this.store = store;
        this.records = records;
        this.catalogue = catalogue;
        this.redis = redis;
        this.properties = properties;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Optional<Reply> before(Turn turn) {
        InboundMessage m = turn.message();
        String words = normal(m.text());
        if (!m.carriesFiles()) {
            return commands(turn, words);
        }
        Optional<String> answered = answeredBefore(turn);
        if (answered.isPresent()) {
            return answered.map(Reply::text);
        }
        Matcher named = NAMES_RECORD.matcher(words);
        if (named.find()) {
            return Optional.of(remembered(turn, attachAll(turn, Long.parseLong(named.group(1)), words)));
        }
        if (words.isEmpty()) {
            return Optional.of(remembered(turn, byRules(turn, words)));
        }
        return Optional.empty();
    }

    @Override
    public Reply after(Turn turn, Reply reply) {
        Optional<String> answered = answeredBefore(turn);
        String said = answered.orElseGet(() -> {
            String words = normal(turn.message().text());
            List<Long> logged = records.recent(turn.branch().id(), 20).stream()
                    .filter(r -> turn.message().msgId() != null && turn.message().msgId().equals(r.msgId()))
                    .map(ActivityRecord::id).sorted().toList();
            String text = logged.isEmpty() ? byRules(turn, words) : attachAll(turn, logged, words);
            return remembered(turn, text).text();
        });
        String separator = reply.markdown() ? "\n\n" : "\n";
        return new Reply(reply.title(), reply.text() + separator + said, reply.markdown(), reply.unrecognised());
    }

    /** What a text message asks of evidence: 附件 #23, a removal, a move, the ledger, the answer to our question. */
    private Optional<Reply> commands(Turn turn, String words) {
        if (words.isEmpty() || words.length() > 40) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ATTACH_TO.matcher(words)).matches()) {
            return Optional.of(Reply.text(target(turn, Long.parseLong(m.group(1)))));
        }
        if ((m = REMOVE.matcher(words)).matches()) {
            return Optional.of(Reply.text(remove(turn, Long.parseLong(m.group(1)), ordinal(m.group(2)),
                    m.group(3).startsWith("张"))));
        }
        if ((m = MOVE.matcher(words)).matches()) {
            return Optional.of(Reply.text(move(turn, Long.parseLong(m.group(1)))));
        }
        Optional<Reply> export = ledger.request(words, turn);
        if (export.isPresent()) {
            return export;
        }
        if ((m = RECORD_ALONE.matcher(words)).matches()) {
            // "#23" to our question names the record itself; to no question it is left to the parser
            long recordId = Long.parseLong(m.group(1));
            return openQuestion(turn).map(q -> Reply.text(attachAsked(turn, q, recordId)));
        }
        return Optional.empty();
    }

    /** Files without words naming a record: the record 附件 #n named, the sender's fresh record, or a question. */
    private String byRules(Turn turn, String words) {
        BranchKeys keys = new BranchKeys(turn.branch().id());
        String sender = turn.message().senderStaffId();
        String target = redis.opsForValue().get(keys.evidenceOf("target", sender));
        if (target != null) {
            return attachAll(turn, Long.parseLong(target), words);
        }
        Optional<ActivityRecord> last = records.lastOf(turn.branch().id(), sender)
                .filter(r -> !r.createdAt().plus(properties.window()).isBefore(clock.instant()));
        if (last.isPresent()) {
            return attachAll(turn, last.get().id(), words);
        }
        return ask(turn, words);
    }

    private String attachAll(Turn turn, long recordId, String words) {
        return attachAll(turn, List.of(recordId), words);
    }

    /** Brings the message's files in and attaches them to each record; says what was added and what was not. */
    private String attachAll(Turn turn, List<Long> recordIds, String words) {
        Intake.Batch batch = intake.receive(turn.message(), words);
        List<String> lines = new ArrayList<>();
        List<Intake.Received> taken = new ArrayList<>();
        for (long recordId : recordIds) {
            lines.add(attach(turn, recordId, batch.files(), taken));
        }
        for (Intake.Received received : batch.files()) {
            if (!taken.contains(received)) {
                intake.forget(received);
            }
        }
        lines.removeIf(String::isEmpty);
        lines.addAll(batch.refusals());
        return String.join("\n", lines);
    }

    /** Attaches files to one record; returns the sentence for the member (empty when there were no files). */
    private String attach(Turn turn, long recordId, List<Intake.Received> files, List<Intake.Received> taken) {
        if (files.isEmpty()) {
            return "";
        }
        String branchId = turn.branch().id();
        List<Evidence> added = new ArrayList<>();
        int already = 0;
        for (Intake.Received received : files) {
            EvidenceStore.Outcome outcome = store.attach(branchId, recordId, received.file());
            switch (outcome) {
                case OK -> {
                    added.add(received.file());
                    taken.add(received);
                }
                case ALREADY -> {
                    already++;
                    taken.add(received);
                }
                case NORECORD -> {
                    return "未找到记录 #" + recordId + "，或该记录已撤销，材料未保存。请发送“记录”查看记录号。";
                }
                case CLOSED -> {
                    return "#" + recordId + " 所在年度已关账，不能再添加佐证材料，材料未保存。";
                }
                case FULL -> {
                    return lead(added, recordId, turn) + "#" + recordId + " 的佐证材料已达" + store.maxFiles()
                            + "份的上限，其余未保存。如需替换，请先发送“删除 #" + recordId + " 的第1张照片”。";
                }
                case QUOTA -> {
                    return lead(added, recordId, turn) + "本支部的佐证材料已达存储上限（"
                            + Evidence.size(properties.branchQuota().toBytes()) + "），其余未保存。请联系组织管理员。";
                }
                default -> throw new IllegalStateException("unexpected outcome " + outcome);
            }
        }
        setLast(turn, recordId, added);
        if (added.isEmpty()) {
            return "#" + recordId + "（" + describe(branchId, recordId) + "）已有" + (already == 1 ? "该" : "这些")
                    + "佐证材料，未重复保存。";
        }
        return "已为 #" + recordId + "（" + describe(branchId, recordId) + "）添加佐证材料：" + Evidence.counted(added)
                + (already > 0 ? "（另有" + already + "份此前已添加，未重复保存）" : "") + "。";
    }

    private String lead(List<Evidence> added, long recordId, Turn turn) {
        if (added.isEmpty()) {
            return "";
        }
        setLast(turn, recordId, added);
        return "已为 #" + recordId + "添加" + Evidence.counted(added) + "；";
    }

    /** Keeps the files for {@code window} and asks which record they belong to. */
    private String ask(Turn turn, String words) {
        Intake.Batch batch = intake.receive(turn.message(), words);
        if (batch.files().isEmpty()) {
            return String.join("\n", batch.refusals());
        }
        String branchId = turn.branch().id();
        String sender = turn.message().senderStaffId();
        List<ActivityRecord> recent = records.recent(branchId, 200);
        List<ActivityRecord> choices = recent.stream().filter(r -> r.senderId().equals(sender)).limit(CHOICES)
                .toList();
        if (choices.isEmpty()) {
            choices = recent.stream().limit(CHOICES).toList();
        }
        List<Evidence> files = batch.files().stream().map(Intake.Received::file).toList();
        Pending pending = new Pending(files, batch.files().stream().map(Intake.Received::fresh).toList(),
                batch.files().stream().map(Intake.Received::held).toList());
        String id = turn.message().msgId() == null || turn.message().msgId().isBlank()
                ? "files-" + clock.millis() : turn.message().msgId();
        questions.ask(branchId, sender, Question.attachFile(id, json.writeValueAsString(pending),
                choices.stream().map(r -> Long.toString(r.id())).toList()));
        String reply = turn.message().group() ? "请@党建助手 回复" : "请回复";
        StringBuilder text = new StringBuilder("已收到").append(Evidence.counted(files)).append("，请问属于哪条记录？");
        if (choices.isEmpty()) {
            text.append("本支部尚无活动记录。请先登记活动，再").append(reply).append("“附件 #记录号”。");
        }
        else {
            text.append(reply).append("序号：");
            for (int i = 0; i < choices.size(); i++) {
                ActivityRecord r = choices.get(i);
                text.append('\n').append(i + 1).append(". #").append(r.id()).append(' ')
                        .append(Chinese.monthDay(r.date())).append(' ').append(catalogue.get(r.activity()).name());
            }
            text.append("\n也可回复“附件 #记录号”。");
        }
        // HeldFiles deletes the bytes once the question lapses: the member is told so
        text.append(Question.Kind.ATTACH_FILE.keep().toMinutes()).append("分钟内未回复，这些材料将不予保存。");
        text.append(String.join("", batch.refusals().stream().map(r -> "\n" + r).toList()));
        return text.toString();
    }

    @Override
    public Set<Question.Kind> kinds() {
        return Set.of(Question.Kind.ATTACH_FILE);
    }

    /** The answer to "请问属于哪条记录？" (the question already taken): a number attaches the files, 不是 lets them go. */
    @Override
    public Reply answer(Question question, Answer answer, Turn turn) {
        if (answer instanceof Answer.Choice choice) {
            return Reply.text(attach(turn, question, Long.parseLong(question.options().get(choice.number() - 1))));
        }
        received(question).forEach(intake::forget);
        return Reply.text(answer instanceof Answer.No ? "好的，这些材料未保存。如需保存，请在登记活动后重新发送。"
                : "请回复序号选择记录，或“附件 #记录号”。这些材料未保存，请重新发送。");
    }

    /** The sender's open question about files, if the one pending is one. */
    private Optional<Question> openQuestion(Turn turn) {
        return questions.open(turn.branch().id(), turn.message().senderStaffId(), turn.message().msgId())
                .filter(q -> q.kind() == Question.Kind.ATTACH_FILE);
    }

    /** Takes the question for this message and attaches its files to the record named in words. */
    private String attachAsked(Turn turn, Question question, long recordId) {
        return questions.take(turn.branch().id(), turn.message().senderStaffId(), question, turn.message().msgId())
                .map(q -> attach(turn, q, recordId))
                .orElse("这些材料的保存时限已过或已处理，请重新发送。");
    }

    private String attach(Turn turn, Question question, long recordId) {
        List<Intake.Received> files = received(question);
        List<Intake.Received> taken = new ArrayList<>();
        String text = attach(turn, recordId, files, taken);
        files.stream().filter(f -> !taken.contains(f)).forEach(intake::forget);
        return text;
    }

    private List<Intake.Received> received(Question question) {
        Pending pending = json.readValue(question.subject(), Pending.class);
        List<Intake.Received> files = new ArrayList<>();
        for (int i = 0; i < pending.files().size(); i++) {
            files.add(new Intake.Received(pending.files().get(i), pending.fresh().get(i), pending.held().get(i)));
        }
        return files;
    }

    /** 附件 #23: files the sender sends in the next {@code window} go to #23 (and pending ones go there now). */
    private String target(Turn turn, long recordId) {
        String branchId = turn.branch().id();
        BranchKeys keys = new BranchKeys(branchId);
        String sender = turn.message().senderStaffId();
        List<ActivityRecord> found = records.byIds(branchId, List.of(recordId));
        if (found.isEmpty()) {
            return "未找到记录 #" + recordId + "。请发送“记录”查看记录号。";
        }
        Optional<Question> asked = openQuestion(turn);
        if (asked.isPresent()) {
            return attachAsked(turn, asked.get(), recordId);
        }
        redis.opsForValue().set(keys.evidenceOf("target", sender), Long.toString(recordId), properties.window());
        List<Evidence> existing = store.of(branchId, recordId);
        String how = turn.message().group()
                ? "在群里请@党建助手 写一句话并附上图片一起发送（单独的图片或文件无法@党建助手），也可在与党建助手的单聊中直接发送。"
                : "请直接发送图片或文件。";
        return "请发送 #" + recordId + "（" + describe(found.get(0)) + "）的佐证材料（照片、签到表、会议记录等）：" + how
                + properties.window().toMinutes() + "分钟内您发送的材料都将添加到 #" + recordId + "。"
                + (existing.isEmpty() ? "" : "目前已有：" + Evidence.counted(existing) + "。");
    }

    /** 删除 #23 的第2张照片 (photos counted among the photos, other words among all files). */
    private String remove(Turn turn, long recordId, int ordinal, boolean photo) {
        String branchId = turn.branch().id();
        List<Evidence> files = store.of(branchId, recordId);
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (!photo || files.get(i).image()) {
                places.add(i);
            }
        }
        String what = photo ? "张照片" : "份材料";
        if (ordinal < 1 || ordinal > places.size()) {
            return "#" + recordId + " 没有第" + ordinal + what + "（共" + places.size() + what.substring(0, 1) + "）。"
                    + "发送“附件 #" + recordId + "”可查看已有材料。";
        }
        int index = places.get(ordinal - 1);
        Evidence file = files.get(index);
        if (!mayChange(turn, file)) {
            return "这份材料由" + file.nick() + "添加，只有添加人或支部书记可以删除。";
        }
        EvidenceStore.Outcome outcome = store.remove(branchId, recordId, index, file.sha256(),
                turn.message().senderStaffId());
        if (outcome != EvidenceStore.Outcome.OK) {
            return "#" + recordId + " 的材料刚刚有变动，请重新发送。";
        }
        return "已删除 #" + recordId + " 的第" + ordinal + what + "（" + file.nick() + "于"
                + Chinese.monthDay(file.at().atZone(clock.getZone())) + "添加）。";
    }

    /** 这张是 #24 的: the files the sender attached last go to #24. */
    private String move(Turn turn, long to) {
        String branchId = turn.branch().id();
        String saved = redis.opsForValue().get(new BranchKeys(branchId).evidenceOf("last", turn.message().senderStaffId()));
        if (saved == null) {
            return "没有找到您" + properties.window().toMinutes() + "分钟内添加的佐证材料。如需调整更早的材料，请发送“删除 #记录号 的第N张照片”后重新添加。";
        }
        Last last = json.readValue(saved, Last.class);
        if (last.record() == to) {
            return "这些材料已在 #" + to + " 中。";
        }
        List<Evidence> moved = new ArrayList<>();
        for (String sha : last.files()) {
            List<Evidence> files = store.of(branchId, last.record());
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).sha256().equals(sha)) {
                    EvidenceStore.Outcome outcome = store.move(branchId, last.record(), i, sha, to,
                            turn.message().senderStaffId());
                    switch (outcome) {
                        case OK -> moved.add(files.get(i));
                        case NORECORD -> {
                            return "未找到记录 #" + to + "，或该记录已撤销。请发送“记录”查看记录号。";
                        }
                        case CLOSED -> {
                            return "#" + to + " 所在年度已关账，不能添加佐证材料，未移动。";
                        }
                        case FULL -> {
                            return "#" + to + " 的佐证材料已达" + store.maxFiles() + "份的上限，未移动。";
                        }
                        default -> {
                        }
                    }
                    break;
                }
            }
        }
        if (moved.isEmpty()) {
            return "这些材料已不在 #" + last.record() + " 中，未移动。";
        }
        setLast(turn, to, moved);
        return "已将" + Evidence.counted(moved) + "从 #" + last.record() + " 移至 #" + to + "（" + describe(branchId, to)
                + "）。";
    }

    private boolean mayChange(Turn turn, Evidence file) {
        return file.by().equals(turn.message().senderStaffId()) || turn.role().covers(Role.SECRETARY);
    }

    private void setLast(Turn turn, long recordId, List<Evidence> files) {
        if (files.isEmpty()) {
            return;
        }
        redis.opsForValue().set(new BranchKeys(turn.branch().id()).evidenceOf("last", turn.message().senderStaffId()),
                json.writeValueAsString(new Last(recordId, files.stream().map(Evidence::sha256).toList())),
                properties.window());
    }

    /** The answer a redelivered message got the first time, if this is one. */
    private Optional<String> answeredBefore(Turn turn) {
        String msgId = turn.message().msgId();
        if (msgId == null || msgId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.opsForValue().get(new BranchKeys(turn.branch().id()).evidenceMessage(msgId)));
    }

    private Reply remembered(Turn turn, String text) {
        String msgId = turn.message().msgId();
        if (msgId != null && !msgId.isBlank()) {
            redis.opsForValue().set(new BranchKeys(turn.branch().id()).evidenceMessage(msgId), text, Duration.ofDays(1));
        }
        return Reply.text(text);
    }

    private String describe(String branchId, long recordId) {
        return records.byIds(branchId, List.of(recordId)).stream().findFirst().map(this::describe).orElse("");
    }

    /** 11月20日 主题党日 */
    String describe(ActivityRecord record) {
        return Chinese.monthDay(record.date()) + " " + catalogue.find(record.activity()).map(a -> a.name())
                .orElse(record.activity());
    }

    /**
     * The words as the patterns read them: half-width, no spaces, no leading @mention (DingTalk strips the robot's,
     * not always the others').
     */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        text = MENTION.matcher(text.strip()).replaceFirst("");
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B') {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** 2, 二, 十 — the small numbers of "第2张". */
    static int ordinal(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int pending = 0;
        for (char c : text.toCharArray()) {
            if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            }
            else {
                pending = c == '两' ? 2 : digits.indexOf(c);
            }
        }
        return value + pending;
    }
}
