package cn.dangjian.bot.activity;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * "是" after the bot asked "您是说…吗？": stores the reading it asked about, once: the confirming msgId is the record's
 * delivery id, so a redelivered "是" is answered with the same records and stores nothing more. Any member.
 */
@Component
class ConfirmHandler implements CommandHandler<Command.Confirm> {

    static final String NOTHING_PENDING = "目前没有需要您确认的内容。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。";

    private final PendingReadings pending;
    private final LogHandler log;
    private final Vocabulary vocabulary;

    ConfirmHandler(PendingReadings pending, LogHandler log, Vocabulary vocabulary) {
        this.pending = pending;
        this.log = log;
        this.vocabulary = vocabulary;
    }

    @Override
    public Class<Command.Confirm> command() {
        return Command.Confirm.class;
    }

    @Override
    public Reply handle(Command.Confirm command, Turn turn) {
        return pending.take(turn.branch().id(), turn.message().senderStaffId(), turn.message().msgId())
                .map(choices -> choices.size() == 1 ? ChoiceHandler.store(log, vocabulary, choices.get(0), turn)
                        : ChoiceHandler.askAgain(pending, choices, turn))
                .orElseGet(() -> Reply.text(NOTHING_PENDING));
    }
}
