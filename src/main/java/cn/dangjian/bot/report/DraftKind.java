package cn.dangjian.bot.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two drafts a secretary asks for: a 述职报告, where the secretary speaks (本人…), and a 党建工作总结, where the
 * branch speaks. {@code key} names the template {@code bot-config/report/<key>.ftl} and is the admin API's
 * {@code kind}.
 */
public enum DraftKind {
    DUTY_REPORT("duty-report", "述职报告"),
    WORK_SUMMARY("work-summary", "党建工作总结");

    private final String key;
    private final String chinese;

    DraftKind(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    public String key() {
        return key;
    }

    /** 述职报告 / 党建工作总结, as a file name or a reply names the draft. */
    public String chinese() {
        return chinese;
    }

    public static Optional<DraftKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
