package cn.dangjian.bot.activity;

import java.util.Locale;

/** How often an obligation must be met: the rhythm of 三会一课 and the rest. */
public enum Cadence {
    MONTHLY, QUARTERLY, YEARLY, NONE;

    /** The spelling used in {@code bot-config}: {@code monthly}, {@code quarterly}, {@code yearly}, {@code none}. */
    public static Cadence parse(String text) {
        return Cadence.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 每月 / 每季度 / 每年, as a reminder or a progress line says it. */
    public String everyChinese() {
        return switch (this) {
            case MONTHLY -> "每月";
            case QUARTERLY -> "每季度";
            case YEARLY -> "每年";
            case NONE -> "";
        };
    }
}
