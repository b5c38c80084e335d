package cn.dangjian.bot.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.vocabulary.Vocabulary;

/**
 * "1", "回复2" after the bot offered numbered readings: stores the one chosen, once (the answer's msgId is the record's
 * delivery id, as for "是"). A number the question did not offer leaves the question open and says which to send. Any
 * member.
 */
@Component
class ChoiceHandler implements CommandHandler<Command.Choice> {

    static final String NOTHING_OFFERED = "目前没有需要您选择的内容。请直接告诉我支部已开展的活动，例如“今天召开了支委会，7人参加”。";

    private final PendingReadings pending;
    private final LogHandler log;
    private final Vocabulary vocabulary;

    ChoiceHandler(PendingReadings pending, LogHandler log, Vocabulary vocabulary) {
        this.pending = pending;
        this.log = log;
        this.vocabulary = vocabulary;
    }

    @Override
    public Class<Command.Choice> command() {
        return Command.Choice.class;
    }

    @Override
    public Reply handle(Command.Choice command, Turn turn) {
        return pending.take(turn.branch().id(), turn.message().senderStaffId(), turn.message().msgId())
                .map(choices -> choices.size() > 1 && command.number() <= choices.size()
                        ? store(log, vocabulary, choices.get(command.number() - 1), turn)
                        : askAgain(pending, choices, turn))
                .orElseGet(() -> Reply.text(NOTHING_OFFERED));
    }

    /** Stores the confirmed reading; the member's word that named its activity counts as confirmed by them. */
    static Reply store(LogHandler log, Vocabulary vocabulary, PendingReadings.Reading reading, Turn turn) {
        Reply reply = log.store(reading.entries(), null, turn);
        if (reading.teaches() != null && reply.text().startsWith("已记录")) {
            vocabulary.confirmed(reading.teaches(), turn.message().senderStaffId(), turn.message().senderNick());
        }
        return reply;
    }

    /** The answer did not pick one of the readings: the question stays open, and the bot says how to answer it. */
    static Reply askAgain(PendingReadings pending, List<PendingReadings.Reading> choices, Turn turn) {
        pending.offer(turn.branch().id(), turn.message().senderStaffId(), choices);
        return Reply.text(choices.size() == 1 ? "请回复“是”记录，或直接重发更正后的内容。"
                : "请回复序号" + String.join("、", java.util.stream.IntStream.rangeClosed(1, choices.size())
                        .mapToObj(Integer::toString).toList()) + "中的一个记录，或直接重发更正后的内容。");
    }
}
