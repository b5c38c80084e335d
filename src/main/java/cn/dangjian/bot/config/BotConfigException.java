package cn.dangjian.bot.config;

import java.nio.file.Path;

/** A problem in a {@code bot-config} file, with the file and line so that an operator can fix it. */
public class BotConfigException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String problem;

    public BotConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
