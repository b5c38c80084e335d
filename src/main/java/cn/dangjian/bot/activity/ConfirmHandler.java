package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** "是" with no question pending (none was asked, or it was answered or expired): nothing to confirm. Any member. */
@Component
class ConfirmHandler implements CommandHandler<Command.Confirm> {

    static final String NOTHING_PENDING = "目前没有需要您确认的内容。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。";

    @Override
    public Class<Command.Confirm> command() {
        return Command.Confirm.class;
    }

    @Override
    public Reply handle(Command.Confirm command, Turn turn) {
        return Reply.text(NOTHING_PENDING);
    }
}
