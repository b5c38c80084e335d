package cn.dangjian.bot.command;

import java.time.LocalDate;

import cn.dangjian.bot.activity.Catalogue;

/** Free Chinese chat text to a {@link Command}. */
public final class Parser {

    private final Catalogue catalogue;

    public Parser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param today the sender's today in {@code bot.zone}: relative dates (昨天, 上周五, 3月15日) resolve against it */
    public Command parse(String text, LocalDate today) {
        throw new UnsupportedOperationException("parser: work in progress");
    }
}
