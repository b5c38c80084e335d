package cn.dangjian.bot.committee;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.chat.GroupOwner;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.report.Drafts;

/**
 * The committee's own group: its admins (and those of the committees above it, and the organisation's) ask there for
 * 各支部进度, the branches' 述职报告 in a zip and the committee's own 党建工作总结. Nobody logs activities in it: it
 * belongs to no branch. A committee of more than {@value #BIG} branches
 * also gets the heat map, pushed to the group as a picture right after the answer.
 */
@Component
class CommitteeChat implements GroupOwner {

    private static final Logger log = LoggerFactory.getLogger(CommitteeChat.class);

    private static final Pattern PROGRESS = Pattern.compile("(本月)?各(党)?支部(工作)?进度(情况)?");
    private static final Pattern DUTY_REPORTS = Pattern.compile("汇总(?:(\\d{4})年度?)?各(?:党)?支部(?:的)?(?:年度)?述职报告");
    private static final Pattern SUMMARY = Pattern.compile("(?:生成|起草)(?:(\\d{4})年度?)?(?:的)?(?:党建)?工作总结(?:草稿)?");
    private static final Pattern HELP = Pattern.compile("帮助|使用说明|help|菜单");

    /** Branches beyond which a list is hard to take in at a glance: the heat map follows it. */
    static final int BIG = 20;

    /** DingTalk redelivers within minutes: a redelivered question is answered again but pushes nothing twice. */
    private static final Duration REMEMBER_MESSAGES = Duration.ofDays(1);

    private final Committees committees;
    private final Branches branches;
    private final CommitteeProgress progress;
    private final Supplier<Messenger> messenger;
    private final Executor executor;
    private final StringRedisTemplate redis;
    private final DutyReports dutyReports;
    private final CommitteeSummary summaries;

    CommitteeChat(Committees committees, Branches branches, CommitteeProgress progress,
            ObjectProvider<Messenger> messenger, @Qualifier("committeeExecutor") Executor executor,
            StringRedisTemplate redis, DutyReports dutyReports, CommitteeSummary summaries) {
        this.dutyReports = dutyReports;
        this.summaries = summaries;
        this.committees = committees;
        this.branches = branches;
        this.progress = progress;
        this.messenger = messenger::getObject;
        this.executor = executor;
        this.redis = redis;
    }

    @Override
    public Optional<Reply> answer(InboundMessage message, LocalDate today) {
        return committees.byConversation(message.conversationId()).map(committee -> answer(committee, message, today));
    }

    private Reply answer(Committee committee, InboundMessage message, LocalDate today) {
        String text = normalised(message.text());
        if (HELP.matcher(text).matches()) {
            return Reply.markdown("使用说明", help(committee));
        }
        if (!mayAct(committee, message.senderStaffId())) {
            log.info("msg {}: {} is no admin of committee {}", message.msgId(), message.senderStaffId(), committee.id());
            return Reply.text("本群是" + committee.name() + "的工作群，各支部进度、述职报告汇总和党建工作总结仅向" + committee.name()
                    + "的管理员提供。如需查看，请联系组织部门在 branches.yml 中将您列为管理员。");
        }
        if (PROGRESS.matcher(text).matches()) {
            Board board = progress.board(committee, today);
            boolean big = board.standings().size() > BIG;
            if (big && firstDelivery(committee, message)) {
                push(message, () -> HeatMap.png(board)
                        .map(png -> new Message.Image(committee.name() + "各支部进度.png", png)));
            }
            return Reply.markdown(BoardText.title(board), BoardText.markdown(board, big));
        }
        Matcher duty = DUTY_REPORTS.matcher(text);
        if (duty.matches()) {
            return dutyReports(committee, message, today, duty.group(1));
        }
        Matcher summary = SUMMARY.matcher(text);
        if (summary.matches()) {
            return summary(committee, message, today, summary.group(1));
        }
        return Reply.text("本群是" + committee.name() + "的工作群，不记录支部活动（请在各支部群中记录）。" + commands());
    }

    /** Every branch's 述职报告 draft in one zip, pushed to the group; the answer says at once that it is coming. */
    private Reply dutyReports(Committee committee, InboundMessage message, LocalDate today, String yearText) {
        int year = yearText != null ? Integer.parseInt(yearText) : Drafts.defaultYear(today);
        if (!Drafts.begun(year, today)) {
            return Reply.text(year + "年度尚未开始，暂无述职报告可汇总。如需汇总上一年度的，请发送“汇总"
                    + Drafts.defaultYear(today) + "年度各支部述职报告”。");
        }
        List<Branch> members = progress.branchesOf(committee);
        if (members.isEmpty()) {
            return Reply.text(committee.name() + "下尚未配置党支部（branches.yml 中支部的 committee 项），暂无述职报告可汇总。");
        }
        Reply started = Reply.text("正在汇总" + committee.name() + members.size() + "个支部的" + year
                + "年度述职报告草稿，完成后将以压缩包发送到本群，请稍候。");
        Destination group = new Destination.Group(message.conversationId());
        return inBackground(committee, message, started, "the " + year + " duty reports", "汇总" + year + "年度各支部述职报告",
                () -> deliver(committee, members, year, group, message.msgId()));
    }

    /** The committee's own 党建工作总结 across its branches: its summary in chat, then the Word file, pushed. */
    private Reply summary(Committee committee, InboundMessage message, LocalDate today, String yearText) {
        int year = yearText != null ? Integer.parseInt(yearText) : Drafts.defaultYear(today);
        if (!Drafts.begun(year, today)) {
            return Reply.text(year + "年度尚未开始，暂无可总结的内容。如需生成上一年度的，请发送“生成"
                    + Drafts.defaultYear(today) + "年度党建工作总结”。");
        }
        if (progress.branchesOf(committee).isEmpty()) {
            return Reply.text(committee.name() + "下尚未配置党支部（branches.yml 中支部的 committee 项），暂无可总结的内容。");
        }
        Reply started = Reply.text("正在汇总各支部的活动记录，生成" + committee.name() + year
                + "年度党建工作总结草稿，完成后将发送摘要和Word文件到本群，请稍候。");
        Destination group = new Destination.Group(message.conversationId());
        return inBackground(committee, message, started, "the " + year + " summary", "生成" + year + "年度党建工作总结",
                () -> deliverSummary(committee, year, group, message.msgId()));
    }

    /**
     * Runs a committee's long work on its queue once per message ({@code started} answers a redelivery too, which
     * starts nothing), or asks to send {@code command} again later when the queue is full.
     */
    private Reply inBackground(Committee committee, InboundMessage message, Reply started, String work, String command,
            Runnable job) {
        if (!firstDelivery(committee, message)) {
            return started;
        }
        try {
            executor.execute(job);
        }
        catch (RejectedExecutionException e) {
            log.warn("msg {}: the committee's queue is full, {} of {} declined", message.msgId(), work, committee.id());
            return Reply.text("当前汇总请求较多，请几分钟后重新发送“" + command + "”。");
        }
        return started;
    }

    private void deliverSummary(Committee committee, int year, Destination group, String msgId) {
        CommitteeSummary.Composed composed;
        byte[] docx;
        try {
            composed = summaries.compose(committee, year);
            docx = summaries.docx(composed);
        }
        catch (RuntimeException e) {
            log.error("msg {}: the {} summary of committee {} failed", msgId, year, committee.id(), e);
            tell(group, "抱歉，" + committee.name() + year + "年度党建工作总结草稿生成失败，请稍后重新发送。如仍未成功，请联系管理员。",
                    msgId);
            return;
        }
        try {
            messenger.get().send(group, new Message.Markdown(year + "年度党建工作总结（草稿）", summaries.summary(composed)));
        }
        catch (RuntimeException e) {
            log.warn("msg {}: the chat summary of committee {}'s {} summary was not sent", msgId, committee.id(), year, e);
        }
        try {
            messenger.get().send(group, new Message.File(composed.fileName(), docx));
            log.info("msg {}: sent {} ({} bytes) to committee {}", msgId, composed.fileName(), docx.length,
                    committee.id());
        }
        catch (RuntimeException e) {
            log.warn("msg {}: the file {} for committee {} was not sent", msgId, composed.fileName(), committee.id(), e);
            tell(group, "总结草稿的Word文件未能发送（钉钉文件上传未成功），请稍后重新发送“生成" + year + "年度党建工作总结”。", msgId);
        }
    }

    private void tell(Destination group, String text, String msgId) {
        try {
            messenger.get().send(group, new Message.Text(text));
        }
        catch (RuntimeException e) {
            log.error("msg {}: could not tell the committee's group: {}", msgId, text, e);
        }
    }

    private void deliver(Committee committee, List<Branch> members, int year, Destination group, String msgId) {
        try {
            DutyReports.Bundle bundle = dutyReports.bundle(committee, members, year);
            for (Message.File zip : bundle.zips()) {
                messenger.get().send(group, zip);
            }
            if (bundle.finals() > 0) {
                messenger.get().send(group, new Message.Text("其中" + bundle.finals() + "个支部已办理" + year
                        + "年度关账，压缩包中为其关账时存档的述职报告终稿。"));
            }
            if (!bundle.failed().isEmpty()) {
                messenger.get().send(group, new Message.Text("以下支部的" + year + "年度述职报告草稿未能生成，未放入压缩包，"
                        + "请稍后重新发送或请支部书记在本支部群中生成：" + BoardText.names(bundle.failed()) + "。"));
            }
            log.info("msg {}: sent the {} duty reports of committee {} in {} zip(s)", msgId, year, committee.id(),
                    bundle.zips().size());
        }
        catch (RuntimeException e) {
            log.error("msg {}: the {} duty reports of committee {} were not sent", msgId, year, committee.id(), e);
            try {
                messenger.get().send(group, new Message.Text("抱歉，" + year + "年度各支部述职报告未能汇总发送，请稍后重新发送"
                        + "“汇总" + year + "年度各支部述职报告”。如仍未成功，请联系管理员。"));
            }
            catch (RuntimeException ignored) {
                log.error("msg {}: could not tell the committee's group that the duty reports failed", msgId);
            }
        }
    }

    /** Whether this msgId is seen for the first time (a redelivery pushes nothing again). */
    private boolean firstDelivery(Committee committee, InboundMessage message) {
        return message.msgId() == null || Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent(BranchKeys.committeeMessage(committee.id(), message.msgId()), "1", REMEMBER_MESSAGES));
    }

    /** Makes the message after the answer and pushes it to the group the question came from. */
    private void push(InboundMessage message, Supplier<Optional<Message>> made) {
        Destination group = new Destination.Group(message.conversationId());
        try {
            executor.execute(() -> {
                try {
                    made.get().ifPresent(m -> messenger.get().send(group, m));
                }
                catch (RuntimeException e) {
                    log.warn("msg {}: what follows the committee's answer was not sent", message.msgId(), e);
                }
            });
        }
        catch (RejectedExecutionException e) {
            log.warn("msg {}: the committee's queue is full, nothing pushed after the answer", message.msgId());
        }
    }

    boolean mayAct(Committee committee, String staffId) {
        return staffId != null && (branches.admins().contains(staffId) || committees.isAdmin(committee, staffId));
    }

    private static String help(Committee committee) {
        return "#### " + committee.name() + "工作群使用说明\n\n" + commands();
    }

    private static String commands() {
        return "可以发送：“各支部进度”（或“本月各支部进度”），查看各支部本月、本季度和全年尚未完成的事项；"
                + "“汇总2026年度各支部述职报告”，将各支部的述职报告草稿打包为一个压缩包发送到本群；"
                + "“生成2026年度党建工作总结”，汇总各支部的活动记录，起草本级党组织的年度党建工作总结。";
    }

    /** The words without spaces and closing punctuation: “@党建助手 各支部进度。” reads 各支部进度. */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u3000]+", "").replaceAll("[。！？!?，,；;：:]+$", "");
    }
}
