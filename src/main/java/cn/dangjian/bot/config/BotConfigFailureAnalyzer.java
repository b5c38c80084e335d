package cn.dangjian.bot.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad {@code bot-config} file into a start-up message that names the file, the line and the problem. */
class BotConfigFailureAnalyzer extends AbstractFailureAnalyzer<BotConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BotConfigException cause) {
        String where = cause.file() + (cause.line() > 0 ? ", line " + cause.line() : "");
        return new FailureAnalysis(
                "The bot configuration is invalid: " + where + ": " + cause.problem(),
                "Fix " + where + " and start the bot again.",
                cause);
    }
}
