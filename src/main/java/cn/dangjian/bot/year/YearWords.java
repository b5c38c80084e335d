package cn.dangjian.bot.year;

import java.time.Instant;
import java.time.ZoneId;

import cn.dangjian.bot.chinese.Chinese;

/** How a closed year is named in chat: "2025年度已于2026年1月5日 10:20由张书记关账". */
final class YearWords {

    private YearWords() {
    }

    static String when(Instant at, ZoneId zone) {
        return Chinese.dateTime(at.atZone(zone).toLocalDateTime());
    }

    /** 2025年度已于2026年1月5日 10:20由张书记关账. */
    static String closed(YearStatus status, ZoneId zone) {
        if (status.closing() == null) {
            return status.year() + "年度已关账";
        }
        return status.year() + "年度已于" + when(status.closing().at(), zone) + "由" + status.closing().who() + "关账";
    }

    /** What a member can do about a record of a closed year. */
    static String remedy(int year) {
        return "如确需更正，请联系组织管理员发送“重新开放" + year + "年度 原因：…”。";
    }
}
