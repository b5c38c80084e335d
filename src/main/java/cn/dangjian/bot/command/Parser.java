package cn.dangjian.bot.command;

import java.time.LocalDate;

import cn.dangjian.bot.activity.Catalogue;

/**
 * Free Chinese chat text to a {@link Command}, as members write it in the branch's DingTalk group.
 *
 * <p>In order: the text is made regular ({@link MessageText}); a message that is a command as a whole (帮助, 撤销 #12,
 * 本季度进度, 绑定 …) is that command; a request for the yearly report is a {@link Command.GenerateDraft}; a message naming an
 * activity of the catalogue is a log, unless it asks a question about it or says it has not taken place; anything else
 * is {@link Command.NotUnderstood} with the closest activity names. A log whose facts cannot all be accepted (a future
 * date, zero people …) is {@link Command.Rejected} as a whole, with a reason that says how to write it.
 *
 * <p>Built once from the catalogue; {@link #parse} keeps no state and is safe to call from any thread.
 */
public final class Parser {

    private static final int SUGGESTIONS = 3;

    private final ActivityWords words;
    private final CommandWords commands;
    private final LogReader logs;

    public Parser(Catalogue catalogue) {
        this.words = new ActivityWords(catalogue);
        this.commands = new CommandWords(words);
        this.logs = new LogReader(words);
    }

    /** @param today the sender's today in {@code bot.zone}: relative dates (昨天, 上周五, 3月15日) resolve against it */
    public Command parse(String text, LocalDate today) {
        String message = MessageText.normalise(text);
        if (message.isEmpty()) {
            return new Command.Help();
        }
        Command command = commands.read(message);
        if (command != null) {
            return command;
        }
        LogReader.Reading reading = logs.read(message, today);
        boolean namesActivities = !reading.mentions().isEmpty();
        Command draft = commands.draft(message, today, namesActivities);
        if (draft != null) {
            return draft;
        }
        if (!namesActivities) {
            return new Command.NotUnderstood(words.closest(message, SUGGESTIONS));
        }
        Command question = commands.question(reading.masked());
        if (question != null) {
            return question;
        }
        if (commands.saysNotHeld(reading.masked())) {
            return new Command.Rejected("未记录：消息说明活动尚未开展。活动开展后请再发送，例如“今天召开支委会，7人参加”。");
        }
        try {
            return logs.entries(reading, today);
        }
        catch (LogReader.Refusal refusal) {
            return new Command.Rejected(refusal.getMessage());
        }
    }
}
