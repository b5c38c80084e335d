package cn.dangjian.bot.command;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people say to the bot, or to the group with the bot @-mentioned, that is talk rather than work: greetings,
 * thanks, "你是谁", an acknowledgement to a colleague ("收到，刘部长！"), a secretary's welcome or exhortation to the
 * group ("以后开完会都@它说一声", "各位抓紧把心得交上来"). In a group the bot hears only what @-mentions it, so someone
 * always addressed it: each gets a short natural answer, never a lecture on how to log, and nothing is stored.
 */
final class Talk {

    static final String WHO = "我是党建助手，帮支部记录已开展的活动、查询进度，年底为书记起草述职报告。活动开展后@我说一声即可，"
            + "发送“帮助”查看用法。";
    static final String GREETING = "您好！我是党建助手。支部活动开展后@我说一声，我来记录；发送“帮助”查看用法。";
    static final String THANKS = "不客气。";
    static final String ACKNOWLEDGED = "好的。";
    static final String TO_THE_GROUP = "好的。各位开展活动后@我说一声，我及时记录，年底写材料时用得上。";

    /** DingTalk writes its own emoji as [微笑]; phones send Unicode ones. */
    private static final Pattern EMOJI = Pattern.compile(
            "\\[[^\\]\\s]{1,4}\\]|[\\p{So}\\p{Sk}\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,.;:!?~。、…\\-，；：！？～]+");
    private static final String ADDRESS = "(?:小助手|党建助手|助手|机器人|大家|各位|同志们|您|你|你们|"
            + "[\\p{IsHan}]{1,2}(?:书记|部长|主任|老师|同志|领导|委员|组长|科长|处长|局长|姐|哥))";
    private static final String PARTICLES = "[了啦呀啊哈呢哒的滴哦吧呐嘛]*";
    /**
     * One piece of talk with its particles and the person it is said to. The words repeat possessively and the
     * particles are a character class, so that 哈哈哈… or 好的了了了… of any length is read in a loop, not a recursion
     * per repetition (which overflowed the stack); for that, a word that begins another (好 of 好吧, ok of okay) comes
     * after it, since a possessive repetition does not go back to try another word.
     */
    private static final Pattern PIECE = Pattern.compile(ADDRESS + "?(?:已收到|收到|好吧|好滴|好嘞|好哒|好的?|嗯++|哦++|噢"
            + "|okay|ok|谢谢|感谢|多谢|谢啦|辛苦|明白|知道|了解|没问题|点赞|赞|太棒|棒|哈++|早上好|上午好|下午好|早|晚上好|晚安"
            + "|再见|拜拜|不客气|加油|马上落实|马上办|这就办|立即落实|抓紧落实|已阅|已读|行|可以|妥|你好|您好|大家好|hi|hello|嗨"
            + "|在吗|在不在|欢迎欢迎|欢迎)++" + PARTICLES + ADDRESS + "?" + PARTICLES);
    /** "刘部长" after "收到，": whom the talk is said to. */
    private static final Pattern ONLY_ADDRESS = Pattern.compile(ADDRESS);
    private static final Finder WHO_ARE_YOU = Finder.of(
            "你是(?:谁|哪位|干啥的|干什么的|做什么的|干嘛的|什么)|你(?:能|会|可以)(?:干|做)(?:啥|什么)|你有(?:啥|什么)(?:用|功能)");
    private static final Finder GREETING_WORD = Finder.of("你好|您好|大家好|hi|hello|嗨|在吗|在不在");
    private static final Finder THANKS_WORD = Finder.of("谢|感谢");
    /** Speaking to the whole group. */
    private static final Finder TO_ALL = Finder.of("同志们|大家|各位|全体党员|欢迎");
    /** Asking the group to do something from now on, not reporting what was done. */
    private static final Finder EXHORTS = Finder.of(
            "以后|今后|往后|记得|抓紧|别拖|不要拖|务必|一定要|都要|请大家|希望大家|请各位|辛苦大家|辛苦各位|都@");

    private Talk() {
    }

    /**
     * The message with DingTalk's emoji ([微笑]) and Unicode ones as spaces: they part words and are none. Most messages
     * hold none, and a pass over the characters that can begin one is cheaper than the expression's search.
     */
    static String withoutEmoji(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int type = Character.getType(c);
            if (c == '[' || Character.isSurrogate(c) || c >= 0x2600 && c <= 0x27BF || c == 0xFE0F
                    || type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL) {
                return EMOJI.matcher(message).replaceAll(" ");
            }
        }
        return message;
    }

    /** The answer when the whole message is talk, or null. */
    static String answer(String message) {
        String words = withoutEmoji(message).toLowerCase(Locale.ROOT).strip();
        if (WHO_ARE_YOU.in(words) && words.length() <= 30) {
            return WHO;
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean talk = false;
        // piece by piece, not split whole: a report fails at its first piece
        Matcher separator = SEPARATORS.matcher(words);
        for (int from = 0; from < words.length();) {
            boolean more = separator.find();
            String piece = words.substring(from, more ? separator.start() : words.length());
            from = more ? separator.end() : words.length();
            if (piece.isEmpty() || ONLY_ADDRESS.matcher(piece).matches()) {
                continue;
            }
            if (!PIECE.matcher(piece).matches()) {
                return null;
            }
            talk = true;
        }
        if (!talk) {
            return null;
        }
        if (THANKS_WORD.in(words)) {
            return THANKS;
        }
        return GREETING_WORD.in(words) ? GREETING : ACKNOWLEDGED;
    }

    /**
     * A message to the whole group that asks members to do something ("以后开完会都@它说一声"): the activities it
     * names are the work it asks for, not work done.
     */
    static boolean exhortsTheGroup(String message) {
        return TO_ALL.in(message) && EXHORTS.in(message);
    }
}
