package cn.dangjian.bot.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.BranchDirectory;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.command.Command;

/** The everyday commands: log, undo, list, progress, help, bind, and the answers to what was not understood. */
@Configuration(proxyBeanMethods = false)
class ActivityCommands {

    static final int RECENT = 10;

    private final ActivityStore store;
    private final RecordText text;

    ActivityCommands(ActivityStore store, Catalogue catalogue) {
        this.store = store;
        this.text = new RecordText(catalogue);
    }

    @Bean
    CommandHandler<Command.Log> logHandler() {
        return CommandHandler.of(Command.Log.class, (command, turn) -> {
            InboundMessage m = turn.message();
            List<ActivityRecord> stored = store.log(turn.branch().id(), command.entries(), m.senderStaffId(),
                    m.senderNick(), m.msgId());
            if (stored.size() == 1) {
                return Reply.text("已记录：" + text.describe(stored.get(0), turn.today()) + "。#" + stored.get(0).id());
            }
            StringBuilder reply = new StringBuilder("已记录" + stored.size() + "项：");
            for (ActivityRecord record : stored) {
                reply.append('\n').append(text.describe(record, turn.today())).append("。#").append(record.id());
            }
            return Reply.text(reply.toString());
        });
    }

    @Bean
    CommandHandler<Command.Undo> undoHandler() {
        return CommandHandler.of(Command.Undo.class, (command, turn) -> {
            InboundMessage m = turn.message();
            ActivityStore.Undo result = command.id() == null
                    ? store.undoLast(turn.branch().id(), m.senderStaffId(), m.msgId())
                    : store.undo(turn.branch().id(), command.id(), m.senderStaffId(), turn.role().leads(), m.msgId());
            return Reply.text(undoText(result, turn.today()));
        });
    }

    private String undoText(ActivityStore.Undo result, LocalDate today) {
        // Java 17 has no pattern switch; the sealed Undo keeps this list complete.
        if (result instanceof ActivityStore.Undo.Done done) {
            return "已撤销 #" + done.record().id() + "：" + text.describe(done.record(), today) + "。";
        }
        if (result instanceof ActivityStore.Undo.NotFound notFound) {
            return "未找到记录 #" + notFound.id() + "，或该记录已撤销。发送“记录”可查看最近的记录编号。";
        }
        if (result instanceof ActivityStore.Undo.NotYours notYours) {
            return "记录 #" + notYours.record().id() + " 由" + notYours.record().senderNick()
                    + "登记，只有登记人本人或支部书记可以撤销。";
        }
        return "您目前没有可撤销的记录。";
    }

    @Bean
    CommandHandler<Command.ListRecords> recordsHandler() {
        return CommandHandler.of(Command.ListRecords.class, (command, turn) -> {
            LocalDate today = turn.today();
            List<ActivityRecord> records = command.thisMonth()
                    ? store.between(turn.branch().id(), today.withDayOfMonth(1), today)
                    : store.recent(turn.branch().id(), RECENT);
            String title = command.thisMonth() ? today.getMonthValue() + "月记录" : "最近记录";
            if (records.isEmpty()) {
                return Reply.text(command.thisMonth() ? "本月尚无活动记录。" : "本支部尚无活动记录。");
            }
            String lines = records.stream()
                    .map(r -> "- #" + r.id() + " " + text.describe(r, today) + "（" + r.senderNick() + "）")
                    .collect(Collectors.joining("\n"));
            return Reply.markdown(title, "#### " + turn.branch().name() + " " + title + "\n" + lines);
        });
    }

    @Bean
    CommandHandler<Command.ShowProgress> progressHandler(Catalogue catalogue) {
        return CommandHandler.of(Command.ShowProgress.class, (command, turn) -> {
            Branch branch = turn.branch();
            Progress progress = Progress.of(command.scope(), turn.today(), catalogue, branch.obligations(),
                    store.tally(branch.id(), turn.today().getYear()));
            return Reply.markdown(progress.label() + "进度", text.progress(branch, progress));
        });
    }

    @Bean
    CommandHandler<Command.Help> helpHandler() {
        return CommandHandler.of(Command.Help.class, false, (command, turn) -> Reply.markdown("使用说明", Texts.HELP));
    }

    @Bean
    CommandHandler<Command.Rejected> rejectedHandler() {
        return CommandHandler.of(Command.Rejected.class, false, (command, turn) -> Reply.text(command.reason()));
    }

    @Bean
    CommandHandler<Command.NotUnderstood> notUnderstoodHandler() {
        return CommandHandler.of(Command.NotUnderstood.class, false, (command, turn) -> {
            String guess = command.suggestions().isEmpty() ? ""
                    : "您是否想记录：" + String.join("、", command.suggestions()) + "？";
            return Reply.text("未能识别这条消息中的支部活动，未作记录。" + guess
                    + "请写明活动名称和日期，例如“3月15日召开支委会，7人参加”；发送“帮助”查看用法。");
        });
    }

    @Bean
    CommandHandler<Command.Bind> bindHandler(Branches branches, BranchDirectory directory) {
        return CommandHandler.of(Command.Bind.class, false, (command, turn) -> {
            InboundMessage m = turn.message();
            if (!m.group()) {
                return Reply.text("请在需要绑定的党支部钉钉群中@我发送“绑定 支部名称”。");
            }
            if (!m.admin()) {
                return Reply.text("只有组织管理员可以将本群绑定到党支部。");
            }
            return branches.byIdOrName(command.branch())
                    .map(branch -> Reply.text(directory.bind(m.conversationId(), branch)
                            instanceof BranchDirectory.Binding.FixedByConfiguration fixed
                            ? "本群已在配置文件中绑定到" + fixed.branch().name() + "，如需调整请修改 bot-config/branches.yml。"
                            : "已将本群绑定到" + branch.name() + "（编号 " + branch.id() + "），此后在本群登记的活动均计入该支部。"
                                    + "本群会话编号为 " + m.conversationId() + "，如需长期固定，可将其写入 bot-config/branches.yml。"))
                    .orElseGet(() -> Reply.text("未找到“" + command.branch() + "”。可绑定的党支部有："
                            + branches.all().stream().map(b -> b.name() + "（编号 " + b.id() + "）")
                                    .collect(Collectors.joining("、"))
                            + "。"));
        });
    }
}
