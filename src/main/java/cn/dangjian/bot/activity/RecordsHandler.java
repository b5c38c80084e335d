package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.MarkdownText;

/**
 * 记录 / 本月记录 / 上个月都干了啥 / 我的记录: the branch's (or the sender's) latest records, or a period's, with their numbers,
 * for 撤销 #n. Any member.
 */
@Component
class RecordsHandler implements CommandHandler<Command.ListRecords> {

    static final int RECENT = 10;

    /** Records a list shows at most: a screenful or two, whatever the month held. */
    static final int SHOWN = 30;

    private final ActivityStore store;
    private final RecordText text;
    RecordsHandler(ActivityStore store, RecordText text) {
        this.store = store;
        this.text = text;
    }

    @Override
    public Class<Command.ListRecords> command() {
        return Command.ListRecords.class;
    }

    @Override
    public Reply handle(Command.ListRecords command, Turn turn) {
        LocalDate today = turn.today();
        String branchId = turn.branch().id();
        Period period = command.period();
        LocalDate from = period != null ? period.start() : command.mine() ? today.minusYears(1) : null;
        LocalDate to = period == null || period.end().isAfter(today) ? today : period.end();
        if (period != null && period.start().isAfter(today)) {
            return Reply.text(period.label() + "尚未开始，还没有记录。");
        }
        List<ActivityRecord> records = from == null ? store.recent(branchId, RECENT) : store.between(branchId, from, to);
        if (command.mine()) {
            // the sender's own over the period, or the last twelve months, whatever the branch logged meanwhile
            String sender = turn.message().senderStaffId();
            records = records.stream().filter(r -> sender.equals(r.senderId())).toList();
            if (period == null) {
                records = records.subList(Math.max(0, records.size() - RECENT), records.size());
            }
        }
        String when = period == null ? "" : period.named(today);
        String title = command.mine() ? when + "我登记的记录" : period == null ? "最近记录" : when + "记录";
        if (records.isEmpty()) {
            return Reply.text(command.mine() ? (period == null ? "近一年" : when) + "您还没有登记记录。"
                    : (period == null ? "本支部" : when) + "尚无活动记录。");
        }
        // a month of a busy branch is a long list: the latest ones, and how many there are
        String shown = records.size() <= SHOWN ? "" : "（共" + records.size() + "条，以下为最近" + SHOWN + "条）";
        List<ActivityRecord> listed = records.subList(Math.max(0, records.size() - SHOWN), records.size());
        String lines = listed.stream()
                .map(r -> "- #" + r.id() + " " + MarkdownText.literal(text.describe(r, today) + "（" + r.senderNick()
                        + "）") + (r.evidence().isEmpty() ? "" : " 📎" + r.evidence().size()))
                .collect(Collectors.joining("\n"));
        return Reply.markdown(title, "#### " + turn.branch().name() + " " + title + shown + "\n" + lines);
    }
}
