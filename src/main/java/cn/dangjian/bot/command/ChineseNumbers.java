package cn.dangjian.bot.command;

/**
 * Numbers as members type them: Arabic digits or Chinese numerals (十五, 二十三, 一百零五, 三千二百, and the colloquial
 * 三千二 for 3200), and years written digit by digit (二〇二六).
 */
final class ChineseNumbers {

    /** The characters of a Chinese numeral. */
    static final String CHARS = "零〇一二两三四五六七八九十百千万";

    /** A number as typed, Arabic or Chinese: a regular-expression fragment without groups. */
    static final String NUMBER = "(?:\\d+|[" + CHARS + "]+)";

    private ChineseNumbers() {
    }

    /**
     * @return the value; numbers too long to mean anything in a chat message come back as {@link Long#MAX_VALUE}, so
     *         that the range checks reject them with the member's own words
     * @throws NumberFormatException when the text is not a number
     */
    static long parse(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        if (text.length() > 15) {
            return Long.MAX_VALUE;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(text);
        }
        boolean hasUnit = text.chars().anyMatch(c -> unit(c) > 0);
        return hasUnit ? withUnits(text) : digitByDigit(text);
    }

    private static long digitByDigit(String text) {
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + digit(text.charAt(i));
        }
        return value;
    }

    private static long withUnits(String text) {
        long total = 0;      // completed 万 groups
        long section = 0;    // below 万
        long pending = 0;    // a digit waiting for its unit
        boolean hasPending = false;
        boolean afterZero = false;
        int lastUnit = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int unit = unit(c);
            if (unit == 0) {
                pending = digit(c);
                hasPending = true;
                afterZero |= pending == 0;
            }
            else if (unit == 10_000) {
                total = (total + section + pending) * unit;
                section = 0;
                pending = 0;
                hasPending = false;
                afterZero = false;
                lastUnit = unit;
            }
            else {
                // 十五: a unit without a digit before it counts once
                section += (hasPending ? pending : 1) * unit;
                pending = 0;
                hasPending = false;
                afterZero = false;
                lastUnit = unit;
            }
        }
        // 三千二 and 两万五 drop the unit of their last digit: it is one below the unit before it; 一百零五 does not
        if (hasPending && !afterZero && lastUnit >= 100) {
            pending *= lastUnit / 10;
        }
        return total + section + pending;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> {
                if (c >= '0' && c <= '9') {
                    yield c - '0';
                }
                throw new NumberFormatException("not a digit: " + c);
            }
        };
    }

    private static int unit(int c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            default -> 0;
        };
    }
}
