package cn.dangjian.bot.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;

/**
 * "#15人数不对，是23人", "刚才那条改成主题党日": edits the record in place (same id, audited before and after) and says
 * what changed, field by field: "已更正 #15：参加人数 7人→23人。". The author or a secretary may correct a record
 * ({@link UndoHandler#UNDOES_ANY}); the store checks whose it is and whether its year is closed, atomically.
 */
@Component
class CorrectHandler implements CommandHandler<Command.Correct> {

    private final ActivityStore store;
    private final Catalogue catalogue;

    CorrectHandler(ActivityStore store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    @Override
    public Class<Command.Correct> command() {
        return Command.Correct.class;
    }

    @Override
    public Reply handle(Command.Correct command, Turn turn) {
        InboundMessage m = turn.message();
        String branchId = turn.branch().id();
        Long id = command.id();
        if (id == null) {
            Optional<ActivityRecord> last = store.lastOf(branchId, m.senderStaffId(), command.of());
            if (last.isEmpty()) {
                return Reply.text((command.of() == null ? "您目前没有可更正的记录。"
                        : "您最近没有登记过" + catalogue.get(command.of()).name() + "，未作更正。")
                        + "发送“记录”可查看最近的记录编号，例如“#12 人数改为23人”。");
            }
            id = last.get().id();
        }
        Edit edit;
        try {
            edit = edit(command.correction());
        }
        catch (IllegalArgumentException e) {
            return Reply.text("未更正：" + beyond(command.correction()));
        }
        return edit(id, edit, turn);
    }

    /** Edits record {@code id} as the turn's sender asks and says what changed, or why nothing did. */
    Reply edit(long id, Edit edit, Turn turn) {
        InboundMessage m = turn.message();
        ActivityStore.Change change = store.edit(turn.branch().id(), id, edit, m.senderStaffId(),
                turn.role().covers(UndoHandler.UNDOES_ANY), m.msgId());
        return Reply.text(answer(change, id, turn.today()));
    }

    private static Edit edit(Command.Correction c) {
        Edit edit = Edit.of();
        if (c.activity() != null) {
            edit = edit.activity(c.activity());
        }
        if (c.date() != null) {
            edit = edit.date(c.date());
        }
        if (c.count() != null) {
            edit = edit.count(c.count());
        }
        if (c.participants() != null) {
            edit = edit.participants(c.participants());
        }
        if (c.topic() != null) {
            edit = edit.topic(c.topic());
        }
        if (c.amount() != null) {
            edit = edit.amount(c.amount());
        }
        return edit;
    }

    private static String beyond(Command.Correction c) {
        return "数量须在1至" + Entry.MAX_COUNT + "之间，参加人数不超过" + Entry.MAX_PARTICIPANTS + "，金额不超过"
                + Chinese.money(Entry.MAX_AMOUNT) + "，主题不超过" + Entry.MAX_TOPIC + "字。请核对后重新发送。";
    }

    private String answer(ActivityStore.Change change, long id, LocalDate today) {
        if (change instanceof ActivityStore.Change.Done done) {
            return "已更正 #" + done.after().id() + "：" + String.join("，", differences(done.before(), done.after(),
                    today)) + "。";
        }
        if (change instanceof ActivityStore.Change.Unchanged) {
            return "记录 #" + id + " 已是这样，无需更正。";
        }
        if (change instanceof ActivityStore.Change.NotYours notYours) {
            return "记录 #" + id + " 由" + notYours.record().senderNick() + "登记，只有登记人本人或支部书记可以更正。";
        }
        if (change instanceof ActivityStore.Change.ClosedYear closed) {
            return "未更正：记录 #" + id + " 属于" + closed.year() + "年度，该年度已关账，记录不能撤销或修改。"
                    + "如确需更正，请联系组织管理员重新开放该年度。";
        }
        return "未找到记录 #" + id + "，或该记录已撤销。发送“记录”可查看最近的记录编号。";
    }

    /** "参加人数 7人→23人", "日期 11月23日→11月20日", field by field, in the order a record reads. */
    private List<String> differences(ActivityRecord before, ActivityRecord after, LocalDate today) {
        List<String> said = new ArrayList<>();
        if (!before.activity().equals(after.activity())) {
            said.add("活动 " + catalogue.get(before.activity()).name() + "→" + catalogue.get(after.activity()).name());
        }
        if (!before.date().equals(after.date()) || before.datePrecision() != after.datePrecision()) {
            said.add("日期 " + RecordText.when(before, today) + "→" + RecordText.when(after, today));
        }
        Activity activity = catalogue.get(after.activity());
        if (before.count() != after.count()) {
            said.add("数量 " + before.count() + activity.unit() + "→" + after.count() + activity.unit());
        }
        if (!Objects.equals(before.participants(), after.participants())) {
            said.add("参加人数 " + people(before.participants()) + "→" + people(after.participants()));
        }
        if (!Objects.equals(before.topic(), after.topic())) {
            said.add("主题 " + (before.topic() == null ? "未登记" : "《" + before.topic() + "》") + "→"
                    + (after.topic() == null ? "未登记" : "《" + after.topic() + "》"));
        }
        if (before.amount() == null ? after.amount() != null
                : after.amount() == null || before.amount().compareTo(after.amount()) != 0) {
            said.add("金额 " + (before.amount() == null ? "未登记" : Chinese.money(before.amount())) + "→"
                    + (after.amount() == null ? "未登记" : Chinese.money(after.amount())));
        }
        return said;
    }

    private static String people(Integer participants) {
        return participants == null ? "未登记" : participants + "人";
    }
}
