package cn.dangjian.bot.report;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * 生成2025年度述职报告 / 年度总结: a secretary or an organisation admin gets the year's draft. DingTalk waits only a
 * couple of seconds for an answer, so the reply says at once that the draft is being made; the summary and the Word
 * file follow by push, to the group the request came from or to the person in a one-to-one chat.
 */
@Component
class DraftCommandHandler implements CommandHandler<Command.GenerateDraft> {

    private static final Logger log = LoggerFactory.getLogger(DraftCommandHandler.class);

    /** A redelivered request (same msgId) within this time is answered again but generates nothing. */
    static final Duration REMEMBER_REQUESTS = Duration.ofDays(1);

    private final Drafts drafts;
    private final Supplier<Messenger> messenger;
    private final Executor executor;
    private final StringRedisTemplate redis;

    /**
     * The messenger is looked up when a draft is sent, as the conversation's {@code Replier} does; drafts are made on
     * {@link ReportConfiguration#draftExecutor}.
     */
    @Autowired
    DraftCommandHandler(Drafts drafts, ObjectProvider<Messenger> messenger,
            @Qualifier("draftExecutor") Executor executor, StringRedisTemplate redis) {
        this(drafts, (Supplier<Messenger>) messenger::getObject, executor, redis);
    }

    DraftCommandHandler(Drafts drafts, Supplier<Messenger> messenger, Executor executor, StringRedisTemplate redis) {
        this.drafts = drafts;
        this.messenger = messenger;
        this.executor = executor;
        this.redis = redis;
    }

    @Override
    public Class<Command.GenerateDraft> command() {
        return Command.GenerateDraft.class;
    }

    @Override
    public Role required(Command.GenerateDraft command) {
        return Role.SECRETARY;
    }

    @Override
    public String refusal(Command.GenerateDraft command) {
        return "年度述职报告和党建工作总结的草稿由支部书记或组织管理员生成。如需草稿，请联系本支部书记。";
    }

    @Override
    public Reply handle(Command.GenerateDraft command, Turn turn) {
        DraftKind kind = DraftKind.of(command.kind()).orElse(DraftKind.DUTY_REPORT);
        int year = command.year() != null ? command.year() : Drafts.defaultYear(turn.today());
        if (!Drafts.begun(year, turn.today())) {
            return Reply.text(year + "年度尚未开始，暂无可总结的内容。如需生成上一年度的草稿，请发送“生成"
                    + Drafts.defaultYear(turn.today()) + "年度" + kind.chinese() + "”。");
        }
        Branch branch = turn.branch();
        InboundMessage message = turn.message();
        Destination to = message.group() ? new Destination.Group(message.conversationId())
                : new Destination.Users(List.of(message.senderStaffId()));
        Reply started = Reply.text("正在生成" + branch.name() + year + "年度" + kind.chinese()
                + "草稿，完成后将发送摘要和Word文件，请稍候。");
        String request = new BranchKeys(branch.id()).draftRequest(message.msgId());
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(request, "1", REMEMBER_REQUESTS))) {
            return started;
        }
        try {
            executor.execute(() -> deliver(branch, year, kind, to, message.msgId()));
        }
        catch (RejectedExecutionException e) {
            redis.delete(request);
            log.warn("msg {}: draft queue full, {} {} of branch {} declined", message.msgId(), year, kind.key(),
                    branch.id());
            return Reply.text("当前生成草稿的请求较多，请几分钟后重新发送“生成" + year + "年度" + kind.chinese() + "”。");
        }
        return started;
    }

    private void deliver(Branch branch, int year, DraftKind kind, Destination to, String msgId) {
        Drafts.Composed composed;
        byte[] docx;
        try {
            composed = drafts.compose(branch, year, kind);
            docx = drafts.docx(composed);
        }
        catch (RuntimeException e) {
            log.error("msg {}: the {} {} draft of branch {} failed", msgId, year, kind.key(), branch.id(), e);
            tell(to, "抱歉，" + year + "年度" + kind.chinese() + "草稿生成失败，请稍后重新发送。如仍未成功，请联系管理员。", msgId);
            return;
        }
        try {
            messenger.get().send(to, new Message.Markdown(year + "年度" + kind.chinese() + "（草稿）", drafts.summary(composed)));
        }
        catch (RuntimeException e) {
            log.warn("msg {}: the summary of the {} {} draft of branch {} was not sent", msgId, year, kind.key(),
                    branch.id(), e);
        }
        try {
            messenger.get().send(to, new Message.File(composed.fileName(), docx));
            log.info("msg {}: sent {} ({} bytes) for branch {}", msgId, composed.fileName(), docx.length, branch.id());
        }
        catch (RuntimeException e) {
            log.warn("msg {}: the file {} for branch {} was not sent", msgId, composed.fileName(), branch.id(), e);
            tell(to, "草稿的Word文件未能发送（钉钉文件上传未成功）。请稍后重新发送“生成" + year + "年度" + kind.chinese()
                    + "”，或请管理员通过管理接口导出该草稿。", msgId);
        }
    }

    private void tell(Destination to, String text, String msgId) {
        try {
            messenger.get().send(to, new Message.Text(text));
        }
        catch (RuntimeException e) {
            log.error("msg {}: could not tell {} that the draft failed", msgId, to, e);
        }
    }
}
