package cn.dangjian.bot.dingtalk;

/**
 * DingTalk refused a message for a reason that retrying cannot fix (an unknown group, a bad robot code, a file over
 * 20 MB …). It has already been logged and counted when this is thrown; the caller decides what the user hears.
 */
public class Undeliverable extends RuntimeException {

    public Undeliverable(String message) {
        super(message);
    }
}
