package cn.dangjian.bot.year;

import java.time.Instant;

/**
 * Whether a branch's year is closed, and the last closing and reopening: who (staffId and the name DingTalk gave),
 * when, from which message, and why it was reopened. A year never closed is open with nothing else known.
 */
public record YearStatus(int year, boolean closed, Change closing, Change reopening, String reopenReason) {

    /** One closing or reopening. */
    public record Change(String by, String byNick, Instant at, String msgId) {

        /** 张书记, or the staffId when DingTalk gave no name. */
        public String who() {
            return byNick == null || byNick.isBlank() ? by : byNick;
        }
    }

    public static YearStatus neverClosed(int year) {
        return new YearStatus(year, false, null, null, null);
    }
}
