package cn.dangjian.bot.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which production settings are missing, and how to run on a laptop instead. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettings.MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettings.MissingSettingsException cause) {
        String profiles = cause.profiles().isEmpty() ? "no profile (production rules)"
                : "profile " + String.join(",", cause.profiles()) + " (production rules)";
        return new FailureAnalysis(
                "The bot runs with " + profiles + " and cannot start:\n  - " + String.join("\n  - ", cause.problems()),
                "Give these settings in the environment (for docker compose: in .env), or, to try the bot on this "
                        + "machine with its emulator and embedded Redis, choose the local profile explicitly "
                        + "(./mvnw spring-boot:run does; java -jar … --spring.profiles.active=local).",
                cause);
    }
}
