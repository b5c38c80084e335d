package cn.dangjian.bot.committee;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.chat.GroupOwner;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.redis.BranchKeys;

/**
 * The committee's own group: its admins (and those of the committees above it, and the organisation's) ask there for
 * 各支部进度. Nobody logs activities in it: it belongs to no branch. A committee of more than {@value #BIG} branches
 * also gets the heat map, pushed to the group as a picture right after the answer.
 */
@Component
class CommitteeChat implements GroupOwner {

    private static final Logger log = LoggerFactory.getLogger(CommitteeChat.class);

    private static final Pattern PROGRESS = Pattern.compile("(本月)?各(党)?支部(工作)?进度(情况)?");
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

    CommitteeChat(Committees committees, Branches branches, CommitteeProgress progress,
            ObjectProvider<Messenger> messenger, @Qualifier("committeeExecutor") Executor executor,
            StringRedisTemplate redis) {
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
            return Reply.text("本群是" + committee.name() + "的工作群，各支部进度仅向" + committee.name()
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
        return Reply.text("本群是" + committee.name() + "的工作群，不记录支部活动（请在各支部群中记录）。" + commands());
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
        return "可以发送：“各支部进度”（或“本月各支部进度”），查看各支部本月、本季度和全年尚未完成的事项。";
    }

    /** The words without spaces and closing punctuation: “@党建助手 各支部进度。” reads 各支部进度. */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u3000]+", "").replaceAll("[。！？!?，,；;：:]+$", "");
    }
}
