package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** "1", "回复2" with no question pending (none offered, or answered or expired): nothing to choose. Any member. */
@Component
class ChoiceHandler implements CommandHandler<Command.Choice> {

    static final String NOTHING_OFFERED = "目前没有需要您选择的内容。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。";

    @Override
    public Class<Command.Choice> command() {
        return Command.Choice.class;
    }

    @Override
    public Reply handle(Command.Choice command, Turn turn) {
        return Reply.text(NOTHING_OFFERED);
    }
}
