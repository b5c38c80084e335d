package cn.dangjian.bot.year;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.MarkdownText;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.report.DraftKind;

/**
 * A closed year's draft (查看2026年度述职报告, or 生成… for a closed year): the summary archived at closing at once,
 * then its Word file by push, to the group or the person. An archive that failed at closing is made now; the year's
 * records cannot have changed since.
 */
@Component
class ArchivedDraftHandler implements CommandHandler<Command.ArchivedDraft>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArchivedDraftHandler.class);

    private final YearBook book;
    private final DraftArchive archive;
    private final ObjectProvider<Messenger> messenger;
    private final Clock clock;
    /** The upload of a Word file takes longer than DingTalk waits for an answer. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "archived-draft");
        thread.setDaemon(true);
        return thread;
    });

    ArchivedDraftHandler(YearBook book, DraftArchive archive, ObjectProvider<Messenger> messenger, Clock clock) {
        this.book = book;
        this.archive = archive;
        this.messenger = messenger;
        this.clock = clock;
    }

    @Override
    public Class<Command.ArchivedDraft> command() {
        return Command.ArchivedDraft.class;
    }

    @Override
    public Role required(Command.ArchivedDraft command) {
        return Role.SECRETARY;
    }

    @Override
    public String refusal(Command.ArchivedDraft command) {
        return "年度述职报告和党建工作总结由支部书记或组织管理员获取。如需查看，请联系本支部书记。";
    }

    @Override
    public Reply handle(Command.ArchivedDraft command, Turn turn) {
        int year = command.year();
        Branch branch = turn.branch();
        DraftKind kind = DraftKind.of(command.kind()).orElse(DraftKind.DUTY_REPORT);
        DraftArchive.Archived draft = archive.finalDraft(branch, year, kind);
        InboundMessage m = turn.message();
        Destination to = m.group() ? new Destination.Group(m.conversationId())
                : new Destination.Users(List.of(m.senderStaffId()));
        sender.execute(() -> {
            try {
                messenger.getObject().send(to, new Message.File(draft.fileName(), draft.docx()));
            }
            catch (RuntimeException e) {
                log.warn("msg {}: the archived {} of {} for branch {} was not sent", m.msgId(), kind.key(), year,
                        branch.id(), e);
            }
        });
        String title = year + "年度" + kind.chinese() + "（存档终稿）";
        return Reply.markdown(title, "#### " + branch.name() + title + "\n\n"
                // who closed the year is a member's nick: text, not Markdown
                + MarkdownText.literal(YearWords.closed(book.status(branch.id(), year), clock.getZone()))
                + "，以下为关账时存档的终稿（"
                + YearWords.when(draft.archivedAt(), clock.getZone()) + "存档），Word文件随后发送。\n\n" + draft.summary());
    }

    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
