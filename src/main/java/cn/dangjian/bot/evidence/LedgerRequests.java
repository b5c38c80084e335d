package cn.dangjian.bot.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * 导出台账 2026: a secretary or an organisation admin gets the year's 台账 in the chat it was asked in, as files: the
 * Word file and a zip of it with every original. DingTalk takes files up to 20 MB, so a year too big for one zip goes
 * as one zip per quarter (a quarter still too big, in several parts), each with that quarter's Word file. The answer
 * comes at once; the files follow by push.
 */
@Component
class LedgerRequests {

    private static final Logger log = LoggerFactory.getLogger(LedgerRequests.class);

    private static final Pattern EXPORT = Pattern.compile("^(?:导出|生成|下载|发送)(\\d{4})?年?度?(?:党建工作|党建)?台账(\\d{4})?年?度?$");

    /** What one file sent in chat may hold: under DingTalk's 20 MB, with room for the zip's own bytes. */
    static final long CHAT_FILE_LIMIT = 19L * 1024 * 1024;

    private static final String[] QUARTERS = { "第一季度", "第二季度", "第三季度", "第四季度" };

    private final Ledger ledger;
    private final ObjectProvider<Messenger> messenger;
    private final Executor executor;
    private final StringRedisTemplate redis;
    private final Clock clock;

    LedgerRequests(Ledger ledger, ObjectProvider<Messenger> messenger, @Qualifier("ledgerExecutor") Executor executor,
            StringRedisTemplate redis, Clock clock) {
        this.ledger = ledger;
        this.messenger = messenger;
        this.executor = executor;
        this.redis = redis;
        this.clock = clock;
    }

    /** The answer when {@code words} ask for the ledger, else empty. */
    Optional<Reply> request(String words, Turn turn) {
        Matcher m = EXPORT.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (!turn.role().covers(Role.SECRETARY)) {
            return Optional.of(Reply.text("台账由支部书记或组织管理员导出。如需台账，请联系本支部书记。"));
        }
        String named = m.group(1) != null ? m.group(1) : m.group(2);
        int year = named != null ? Integer.parseInt(named) : turn.today().getYear();
        if (year > turn.today().getYear() || year < 2000) {
            return Optional.of(Reply.text(year + "年度尚无记录，无法导出台账。请发送“导出台账 " + turn.today().getYear() + "”。"));
        }
        Branch branch = turn.branch();
        InboundMessage message = turn.message();
        Reply started = Reply.text("正在导出" + Ledger.title(branch, year) + "（Word文件及佐证材料原件压缩包），完成后将发送到"
                + (message.group() ? "本群" : "这里") + "，请稍候。");
        if (message.msgId() != null && !Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(
                new BranchKeys(branch.id()).evidenceMessage("ledger:" + message.msgId()), "1", Duration.ofDays(1)))) {
            return Optional.of(started);
        }
        Destination to = message.group() ? new Destination.Group(message.conversationId())
                : new Destination.Users(List.of(message.senderStaffId()));
        try {
            executor.execute(() -> deliver(branch, year, to, message.msgId()));
        }
        catch (RejectedExecutionException e) {
            return Optional.of(Reply.text("当前导出台账的请求较多，请几分钟后重新发送“导出台账 " + year + "”。"));
        }
        return Optional.of(started);
    }

    /** A file to send: its name and how it is made. */
    record Part(String fileName, String label, List<Ledger.Meeting> meetings) {
    }

    private void deliver(Branch branch, int year, Destination to, String msgId) {
        try {
            List<Ledger.Meeting> meetings = ledger.meetings(branch, year);
            String title = Ledger.title(branch, year);
            byte[] docx = ledger.docx(branch, year, null, meetings, clock.getZone());
            List<Part> parts = parts(title, docx.length, meetings);
            int files = meetings.stream().mapToInt(mt -> mt.files().size()).sum();
            send(to, new Message.Text(title + "已导出：活动记录" + meetings.size() + "条，佐证材料" + files + "份。"
                    + (parts.size() > 1 ? "材料较多，超过钉钉单个文件20MB的限制，原件按季度分" + parts.size() + "个压缩包发送，每包含该季度的台账。" : "")));
            if (docx.length <= CHAT_FILE_LIMIT) {
                send(to, new Message.File(title + ".docx", docx));
            }
            for (Part part : parts) {
                ByteArrayOutputStream zip = new ByteArrayOutputStream();
                if (parts.size() == 1) {
                    ledger.zip(title + ".docx", docx, part.meetings(), zip);
                }
                else {
                    byte[] partDocx = ledger.docx(branch, year, part.label(), part.meetings(), clock.getZone());
                    ledger.zip(title + "（" + part.label() + "）.docx", partDocx, part.meetings(), zip);
                }
                send(to, new Message.File(part.fileName(), zip.toByteArray()));
            }
            log.info("msg {}: ledger {} of branch {} sent in {} zip(s), {} meetings, {} files", msgId, year,
                    branch.id(), parts.size(), meetings.size(), files);
        }
        catch (IOException | RuntimeException e) {
            log.error("msg {}: the {} ledger of branch {} failed", msgId, year, branch.id(), e);
            try {
                send(to, new Message.Text("抱歉，" + year + "年度台账导出失败，请稍后重新发送“导出台账 " + year + "”。如仍未成功，请联系管理员。"));
            }
            catch (RuntimeException again) {
                log.error("msg {}: could not say that the ledger failed", msgId, again);
            }
        }
    }

    /**
     * The zips to send: one for the year when it fits in a chat file; otherwise one a quarter, and a quarter that
     * does not fit in several parts of whole meetings (a meeting too big for one file alone goes as a part of its own,
     * which DingTalk then refuses and the member is told by the messenger's log; 30 files of 20 MB is not a meeting).
     */
    static List<Part> parts(String title, long docxBytes, List<Ledger.Meeting> meetings) {
        if (docxBytes + bytes(meetings) <= CHAT_FILE_LIMIT) {
            return List.of(new Part(title + ".zip", null, meetings));
        }
        List<Part> parts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            int quarter = q;
            List<Ledger.Meeting> of = meetings.stream()
                    .filter(m -> (m.record().date().getMonthValue() - 1) / 3 == quarter).toList();
            if (of.isEmpty()) {
                continue;
            }
            List<List<Ledger.Meeting>> pieces = new ArrayList<>();
            List<Ledger.Meeting> piece = new ArrayList<>();
            long size = docxBytes / 4;
            for (Ledger.Meeting meeting : of) {
                long own = bytes(List.of(meeting));
                if (!piece.isEmpty() && size + own > CHAT_FILE_LIMIT) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                    size = docxBytes / 4;
                }
                piece.add(meeting);
                size += own;
            }
            pieces.add(piece);
            for (int i = 0; i < pieces.size(); i++) {
                String label = QUARTERS[q] + (pieces.size() > 1 ? "之" + Chinese.numeral(i + 1) : "");
                parts.add(new Part(title + "（" + label + "）.zip", label, pieces.get(i)));
            }
        }
        return parts;
    }

    /** The files' bytes and a little for each zip entry. */
    private static long bytes(List<Ledger.Meeting> meetings) {
        return meetings.stream().flatMap(m -> m.files().stream()).mapToLong(f -> f.size() + 512).sum();
    }

    private void send(Destination to, Message message) {
        messenger.getObject().send(to, message);
    }
}
