package cn.dangjian.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The speech-act step on its own table ({@code speech-acts.tsv}): what each clause naming an activity does, before
 * any record is built. The parse tables check what is then stored or answered.
 */
class SpeechActsTest {

    @TestFactory
    Stream<DynamicTest> speechActTable() {
        return ParseTableTest.rows("speech-acts.tsv").stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line() + ": " + row.text() + "  =>  " + row.expected(), () -> {
                    String acts = ParseTableTest.PARSER.acts(row.text(), row.today()).stream()
                            .map(a -> a.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
                    assertThat(acts).as(row.text()).isEqualTo(row.expected());
                }));
    }

    @Test
    void anUnmarkedClauseTakesTheNearestMarkedOneTheEarlierOnATie() {
        SpeechAct u = SpeechAct.UNMARKED;
        assertThat(SpeechActs.resolve(List.of(u, SpeechAct.DONE))).containsExactly(SpeechAct.DONE, SpeechAct.DONE);
        assertThat(SpeechActs.resolve(List.of(SpeechAct.PLAN, u, SpeechAct.DONE)))
                .containsExactly(SpeechAct.PLAN, SpeechAct.PLAN, SpeechAct.DONE);
        assertThat(SpeechActs.resolve(List.of(u, u))).containsExactly(u, u);
    }

    @Test
    void chitChatIsOnlyAcknowledgementsThanksAndEmoji() {
        assertThat(SpeechActs.isChat("收到，谢谢👍")).isTrue();
        assertThat(SpeechActs.isChat("[赞][赞]")).isTrue();
        assertThat(SpeechActs.isChat("收到，请问明天几点开会")).isFalse();
        assertThat(SpeechActs.isChat("好的✌️")).isTrue();
        assertThat(SpeechActs.isChat("好的™")).isTrue();
    }

    @Test
    void emojiPartWordsAndAMessageWithoutAnyIsLeftAsItIs() {
        assertThat(Talk.withoutEmoji("收到👍谢谢")).isEqualTo("收到 谢谢");
        assertThat(Talk.withoutEmoji("[微笑]好的[赞]")).isEqualTo(" 好的 ");
        assertThat(Talk.withoutEmoji("好的✌️")).isEqualTo("好的  ");
        assertThat(Talk.withoutEmoji("[通知]")).isEqualTo(" ");
        assertThat(Talk.withoutEmoji("主题党日[已经开展了]")).isEqualTo("主题党日[已经开展了]");
        String plain = "主题党日已开展，18人参加";
        assertThat(Talk.withoutEmoji(plain)).isSameAs(plain);
    }
}
