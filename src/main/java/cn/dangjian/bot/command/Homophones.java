package cn.dangjian.bot.command;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Characters that sound alike, toneless: what a pinyin input method or a voice transcript puts in place of the right
 * one (主体党日 for 主题党日, 之委会 for 支委会, 廉证党课 for 廉政党课). Only the syllables of the catalogue's words and
 * the characters most often typed for them are listed: a word that differs from the catalogue's by another character
 * is a different word, not a slip.
 */
final class Homophones {

    private static final String[] SYLLABLES = {
        "支之知只枝汁织职直执值志治制致置质指纸止址", "委为维位未卫围唯伟微威味尾谓慰", "会汇回惠慧绘辉挥毁悔灰",
        "题体提替梯踢", "政证正整争征郑症挣", "党当挡档荡", "员园元原院源缘远愿援圆", "大打达答搭", "代带待袋贷戴大",
        "课客科可克刻颗棵", "组族足祖阻", "小校效笑晓消销", "讲将奖江降", "书输属术数树述熟舒",
        "记机极及级积基集纪计技济即急几己击迹继寄季", "主住注助祝著驻筑朱珠竹逐", "活火或货获伙", "动东懂冻洞栋董",
        "生声省胜升剩圣盛", "廉联连练炼莲脸恋链", "教交较叫脚角焦郊缴胶", "育于予与语玉遇域欲鱼雨余",
        "心新信欣辛薪", "谈探弹叹坛谭", "话化画华花划", "习席系析息洗喜细戏西希吸", "警经精竟敬境静井景京径竞",
        "示事是式实市视室识十时使史世势试师诗石始士施适誓", "片篇偏骗", "评平凭苹瓶屏",
        "议义意一以亿艺易益已衣医依宜移仪异译疫谊", "签前千钱迁欠浅潜谦", "费非飞肥废菲", "训寻迅询讯巡循逊",
        "论轮伦", "研言严验演眼延烟沿盐颜岩", "讨套陶逃淘", "服复辅福富副付父负府夫扶符浮", "务物误五午武无屋舞悟",
        "调掉吊钓", "宣选旋悬玄", "传船穿川串", "转专赚砖", "建检件见间减简鉴健坚剑渐箭尖监", "督读度独都毒堵杜渡",
        "查察茶差插", "革个各格歌哥隔割", "命明名鸣铭", "约月越阅乐跃", "社设舍射涉摄", "区取去趣曲屈驱",
        "进近今金尽紧仅禁劲斤", "过国果锅郭裹", "访方放房防仿芳", "问文闻温稳纹吻", "困昆捆", "难南男",
        "中钟终种重众忠仲", "重冲充虫崇", "考靠烤", "者这折哲", "报保宝包抱暴饱", "告高搞稿糕", "章张长涨掌账障",
        "第地底弟帝递低滴敌", "测策侧册厕", "赛塞", "红洪宏虹轰", "色塞瑟", "爱哀碍艾", "观关管官馆惯冠",
        "词次此刺辞瓷", "风丰封峰锋疯蜂奉凤", "案安按岸暗", "促粗醋", "承成城程诚称乘呈", "班办半板版般搬伴",
        "双霜爽", "日入", "学雪血", "分份粉纷奋", "子自字资紫", "察茶查", "象向像项相想香乡", "治制",
    };

    private static final Map<Character, Set<Character>> ALIKE = new HashMap<>();

    /**
     * Every pair of different characters that sound alike, as {@code typed << 16 | meant}, in an open-addressed table:
     * {@link #alike} is asked for each character of a message against each word that may start there, so it looks up
     * a number rather than a map of boxed characters.
     */
    private static final int[] PAIRS;

    static {
        for (String syllable : SYLLABLES) {
            for (char c : syllable.toCharArray()) {
                Set<Character> alike = ALIKE.computeIfAbsent(c, k -> new HashSet<>());
                for (char d : syllable.toCharArray()) {
                    alike.add(d);
                }
            }
        }
        int pairs = ALIKE.values().stream().mapToInt(Set::size).sum();
        PAIRS = new int[Integer.highestOneBit(pairs) * 4];
        ALIKE.forEach((meant, alike) -> alike.stream().filter(typed -> !typed.equals(meant))
                .forEach(typed -> {
                    int key = typed << 16 | meant;
                    int slot = slot(key);
                    while (PAIRS[slot] != 0 && PAIRS[slot] != key) {
                        slot = slot + 1 & PAIRS.length - 1;
                    }
                    PAIRS[slot] = key;
                }));
    }

    private static int slot(int key) {
        return key * 0x9E3779B9 >>> 32 - Integer.numberOfTrailingZeros(PAIRS.length);
    }

    private Homophones() {
    }

    /** Whether {@code typed} may stand for {@code meant}: the same character, or one that sounds alike. */
    static boolean alike(char typed, char meant) {
        if (typed == meant) {
            return true;
        }
        int key = typed << 16 | meant;
        for (int slot = slot(key); PAIRS[slot] != 0; slot = slot + 1 & PAIRS.length - 1) {
            if (PAIRS[slot] == key) {
                return true;
            }
        }
        return false;
    }

    /** The characters that sound like {@code c}, itself included. */
    static Set<Character> of(char c) {
        Set<Character> alike = ALIKE.get(c);
        return alike == null ? Set.of(c) : alike;
    }
}
