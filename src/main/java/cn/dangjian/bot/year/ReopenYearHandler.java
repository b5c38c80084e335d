package cn.dangjian.bot.year;

import java.time.Clock;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** 重新开放2026年度 原因：…: an organisation admin reopens a closed year. Idempotent per msgId. */
@Component
class ReopenYearHandler implements CommandHandler<Command.ReopenYear> {

    private final YearBook book;
    private final Clock clock;

    ReopenYearHandler(YearBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public Class<Command.ReopenYear> command() {
        return Command.ReopenYear.class;
    }

    @Override
    public Role required(Command.ReopenYear command) {
        return Role.ADMIN;
    }

    @Override
    public String refusal(Command.ReopenYear command) {
        return "重新开放已关账的年度需由组织管理员操作。如需更正记录，请联系组织管理员。";
    }

    @Override
    public Reply handle(Command.ReopenYear command, Turn turn) {
        int year = command.year();
        InboundMessage m = turn.message();
        YearBook.Change change = book.reopen(turn.branch().id(), year, m.senderStaffId(), m.senderNick(),
                clock.instant(), m.msgId(), command.reason());
        if (change == YearBook.Change.ALREADY) {
            return Reply.text(year + "年度目前未关账，无需重新开放。");
        }
        return Reply.text("已重新开放" + turn.branch().name() + year + "年度（原因：" + command.reason()
                + "），该年度的记录可以再次登记和撤销。更正完成后，请支部书记再次发送“年度关账 " + year + "”，终稿将重新存档。");
    }
}
