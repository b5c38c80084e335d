package cn.dangjian.bot.report;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;

/**
 * Asking for the draft in chat. The handler runs on the real application (store, templates, Word file) and delivers
 * to a messenger that records what it is given, from the thread that sends it: DingTalk itself is another feature's.
 */
class DraftCommandHandlerTest extends BotTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    Drafts drafts;

    @Autowired
    Branches branches;

    final RecordingMessenger messenger = new RecordingMessenger();
    final AtomicInteger started = new AtomicInteger();
    ExecutorService background;
    DraftCommandHandler handler;
    DingTalkCallbacks dingtalk;

    @BeforeEach
    void aBranchWithAFewRecords() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        background = Executors.newSingleThreadExecutor(r -> new Thread(r, "draft-delivery"));
        handler = new DraftCommandHandler(drafts, () -> messenger, task -> {
            started.incrementAndGet();
            background.execute(task);
        });
        dingtalk = new DingTalkCallbacks(port, clock);
        clock.set(LocalDateTime.of(2025, 6, 15, 20, 0));
        dingtalk.say(SECRETARY, "今天召开支委会，7人参加");
        dingtalk.say(MEMBER, "今天开展主题党日活动，主题“追寻红色足迹”，20人参加");
    }

    @AfterEach
    void stop() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        clock.set(TODAY);
    }

    @Test
    void aSecretaryInTheGroupIsAnsweredAtOnceThenGetsTheSummaryAndTheWordFileThere() throws Exception {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));

        Reply reply = handler.handle(new Command.Draft(null, Command.Draft.DUTY_REPORT), turn(SECRETARY));

        assertThat(reply.text()).isEqualTo("正在生成机关第一党支部2025年度述职报告草稿，完成后将发送摘要和Word文件，请稍候。");
        List<Sent> sent = messenger.await(2);
        assertThat(sent).extracting(Sent::to).containsOnly(new Destination.Group(DingTalkCallbacks.DEMO_GROUP));
        assertThat(sent).extracting(Sent::thread).containsOnly("draft-delivery");
        Message.Markdown summary = (Message.Markdown) sent.get(0).message();
        assertThat(summary.title()).isEqualTo("2025年度述职报告（草稿）");
        assertThat(summary.text()).startsWith("#### 机关第一党支部2025年度述职报告（草稿）")
                .contains("- 支部委员会会议1次，参加7人次", "- 主题党日1次，参加20人次", "1. 组织生活存在断档：1月至5月、7月至12月未记录支部活动",
                        "党课全年未讲授");
        Message.File file = (Message.File) sent.get(1).message();
        assertThat(file.fileName()).isEqualTo("机关第一党支部2025年度述职报告.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("机关第一党支部书记\n2025年度抓党建工作述职报告");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("开展了“追寻红色足迹”主题党日活动1次"));
        }
    }

    @Test
    void anOrganisationAdminOneToOneGetsThemInThatChat() {
        clock.set(LocalDateTime.of(2026, 2, 27, 9, 0));

        Reply reply = handler.handle(new Command.Draft(null, Command.Draft.WORK_SUMMARY), turn(ADMIN.oneToOne()));

        assertThat(reply.text()).contains("2025年度党建工作总结草稿");
        List<Sent> sent = messenger.await(2);
        assertThat(sent).extracting(Sent::to).containsOnly(new Destination.Users(List.of("admin01")));
        assertThat(((Message.File) sent.get(1).message()).fileName()).isEqualTo("机关第一党支部2025年度党建工作总结.docx");
    }

    @Test
    void fromMarchTheDraftIsOfTheCurrentYearUnlessOneIsNamed() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));

        assertThat(handler.handle(new Command.Draft(null, Command.Draft.DUTY_REPORT), turn(SECRETARY)).text())
                .contains("2026年度述职报告");
        assertThat(handler.handle(new Command.Draft(2025, Command.Draft.DUTY_REPORT), turn(SECRETARY)).text())
                .contains("2025年度述职报告");
        assertThat(messenger.await(4)).extracting(s -> s.message() instanceof Message.File f ? f.fileName() : "")
                .contains("机关第一党支部2026年度述职报告.docx", "机关第一党支部2025年度述职报告.docx");
    }

    @Test
    void theDefaultYearTurnsInMarch() {
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 1, 1))).isEqualTo(2025);
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 2, 28))).isEqualTo(2025);
        assertThat(Drafts.defaultYear(LocalDate.of(2026, 3, 1))).isEqualTo(2026);
        assertThat(Drafts.defaultYear(LocalDate.of(2025, 12, 31))).isEqualTo(2025);
    }

    @Test
    void aMemberIsRefusedPolitelyAndNothingIsGenerated() throws InterruptedException {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));

        Reply reply = handler.handle(new Command.Draft(null, Command.Draft.DUTY_REPORT), turn(MEMBER));

        assertThat(reply.text()).isEqualTo("年度述职报告和党建工作总结的草稿由支部书记或组织管理员生成。如需草稿，请联系本支部书记。");
        assertThat(started).hasValue(0);
        // and so it is in the group, through the bot's own conversation
        assertThat(dingtalk.say(MEMBER, "生成2025年度述职报告")).isEqualTo(reply.text());
        assertThat(messenger.sent).isEmpty();
    }

    @Test
    void whenTooManyDraftsAreWaitingTheSecretaryIsAskedToTryAgain() {
        DraftCommandHandler busy = new DraftCommandHandler(drafts, () -> messenger, task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        });
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));

        assertThat(busy.handle(new Command.Draft(null, Command.Draft.DUTY_REPORT), turn(SECRETARY)).text())
                .isEqualTo("当前生成草稿的请求较多，请几分钟后重新发送“生成2025年度述职报告”。");
    }

    @Test
    void aYearNotBegunIsDeclined() {
        clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));

        Reply reply = handler.handle(new Command.Draft(2027, Command.Draft.DUTY_REPORT), turn(SECRETARY));

        assertThat(reply.text()).startsWith("2027年度尚未开始");
        assertThat(started).hasValue(0);
    }

    @Test
    void whenTheWordFileCannotBeSentTheSecretaryIsToldWhatToDo() {
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        messenger.refuseFiles = true;

        handler.handle(new Command.Draft(2025, Command.Draft.DUTY_REPORT), turn(SECRETARY));

        List<Sent> sent = messenger.await(2);
        assertThat(sent.get(0).message()).isInstanceOf(Message.Markdown.class);
        assertThat(((Message.Text) sent.get(1).message()).content())
                .isEqualTo("草稿的Word文件未能发送（钉钉文件上传未成功）。请稍后重新发送“生成2025年度述职报告”，或请管理员通过管理接口导出该草稿。");
    }

    private Turn turn(DingTalkCallbacks.Sender sender) {
        Branch branch = branches.byId("demo").orElseThrow();
        InboundMessage message = new InboundMessage(DingTalkCallbacks.newMsgId(), "text", "生成年度报告",
                sender.conversationId(), sender.group(), sender.group() ? "机关第一党支部" : null, sender.staffId(),
                sender.nick(), sender.admin(), "dingRobotCode", "http://127.0.0.1:9/session",
                clock.instant().plusSeconds(5400), clock.instant());
        return new Turn(message, branch, Role.of(branch, sender.staffId(), sender.admin()), LocalDate.now(clock));
    }

    record Sent(Destination to, Message message, String thread) {
    }

    /** Keeps what the handler sends; refuses files when asked to, as DingTalk's upload can. */
    static final class RecordingMessenger implements Messenger {

        final List<Sent> sent = new CopyOnWriteArrayList<>();
        volatile boolean refuseFiles;

        @Override
        public void send(Destination to, Message message) {
            if (refuseFiles && message instanceof Message.File) {
                throw new IllegalStateException("media upload refused");
            }
            sent.add(new Sent(to, message, Thread.currentThread().getName()));
        }

        List<Sent> await(int count) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (sent.size() < count && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            assertThat(sent).hasSizeGreaterThanOrEqualTo(count);
            return new ArrayList<>(sent);
        }
    }
}
