package cn.dangjian.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;

/**
 * Plays {@code chat/conversation.txt}, days of a branch group's conversation, through the webhook turn by turn and
 * checks every answer: the bot must answer each turn right the first time, as a 支部书记 would expect. A turn marked
 * {@code known} is one the bot still answers wrong, for the reason given; it must fail, so that the mark goes as soon
 * as the bot learns it.
 */
class ConversationTableTest extends ChatTest {

    private static final String GROUP = DingTalkCallbacks.DEMO_GROUP;
    private static final Map<String, Sender> SPEAKERS = Map.of(
            "张书记", Sender.SECRETARY,
            "王芳", Sender.MEMBER,
            "李明", Sender.OTHER_MEMBER,
            "赵刚", new Sender("member03", "赵刚", false, GROUP, true),
            "陈静", new Sender("member04", "陈静", false, GROUP, true),
            "刘部长", Sender.ADMIN);

    /** {@code known}: why the turn is still answered wrong (the table's "known" line), or null. */
    record Turn(int line, String speaker, boolean voice, String text, List<String> checks, String[] known) {
    }

    /** The table closes 2026 at its end: tests that share this Redis and do not empty it must not meet a closed year. */
    @AfterEach
    void leaveAnEmptyBranch() {
        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        clock.set(TODAY);
    }

    @Test
    void everyTurnOfTheConversationIsAnsweredRightFirstTime() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int turns = 0;
        for (Object step : steps()) {
            if (step instanceof LocalDateTime time) {
                clock.set(time);
                continue;
            }
            Turn turn = (Turn) step;
            turns++;
            String answer = say(turn);
            List<String> failed = turn.checks().stream().filter(check -> !holds(check, answer)).toList();
            String said = "line " + turn.line() + " " + turn.speaker() + ": " + turn.text() + "\n    answer: "
                    + answer.replace("\n", "⏎") + "\n    failed: " + String.join(" | ", failed);
            if (!failed.isEmpty()) {
                wrong.add(said);
            }
            if (failed.isEmpty() == (turn.known()[0] != null)) {
                unexpected.add(turn.known()[0] == null ? said : "line " + turn.line() + " is now right: remove its known line");
            }
        }
        System.out.printf("conversation table: %d of %d turns right first time (%.0f%%)%n%s%n", turns - wrong.size(),
                turns, 100.0 * (turns - wrong.size()) / turns, String.join("\n", wrong));
        assertThat(unexpected).as("turns answered otherwise than the table says").isEmpty();
    }

    private String say(Turn turn) {
        Sender sender = SPEAKERS.get(turn.speaker());
        if (!turn.voice()) {
            return dingtalk.say(sender, turn.text());
        }
        Map<String, Object> payload = new LinkedHashMap<>(
                dingtalk.payload(sender, "audio", null, DingTalkCallbacks.newMsgId()));
        payload.put("content", Map.of("recognition", turn.text(), "duration", 4000, "downloadCode", "dcVoice"));
        HttpResponse<String> response = dingtalk.post(payload);
        assertThat(response.statusCode()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }

    private boolean holds(String check, String answer) {
        if (check.startsWith("records ")) {
            return store.year("demo", 2026).size()
                    == Long.parseLong(check.substring(8));
        }
        if (check.equals("one line")) {
            return !answer.strip().contains("\n");
        }
        String arg = check.substring(1).strip();
        return switch (check.charAt(0)) {
            case '=' -> answer.equals(arg);
            case '^' -> answer.startsWith(arg);
            case '~' -> answer.contains(arg);
            case '!' -> !answer.contains(arg);
            case '≤' -> answer.codePointCount(0, answer.length()) <= Integer.parseInt(arg);
            default -> throw new IllegalArgumentException("unknown check: " + check);
        };
    }

    /** The table's days (a time) and turns, in order. */
    private static List<Object> steps() throws IOException {
        List<Object> steps = new ArrayList<>();
        String text;
        try (InputStream in = ConversationTableTest.class.getResourceAsStream("/chat/conversation.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        Turn turn = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@ ")) {
                steps.add(LocalDateTime.parse(line.substring(2).strip().replace(' ', 'T')));
            }
            else if (line.startsWith("  known ")) {
                turn.known()[0] = line.substring(8);
            }
            else if (line.startsWith("  ")) {
                turn.checks().add(line.strip());
            }
            else {
                int colon = line.indexOf(": ");
                String speaker = line.substring(0, colon);
                boolean voice = speaker.endsWith("🎤");
                turn = new Turn(i + 1, voice ? speaker.substring(0, speaker.length() - 2) : speaker, voice,
                        line.substring(colon + 2), new ArrayList<>(), new String[1]);
                steps.add(turn);
            }
        }
        return steps;
    }
}
