package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.Questions;

/**
 * Issue 22: what a message costs Redis, counted by MONITOR: the commands the bot sends (not those its scripts run)
 * for one message. A stored message: the sign's claim (a key of no branch, which cannot share a script with the
 * branch's keys on a cluster), the read of the sender's pending question (before the message is parsed, which it
 * steers) and one script for everything the message writes in the branch. The bot's background work is left out:
 * the outbox, and the taught words' version, read at most once per few seconds whatever the messages.
 */
class RoundTripsTest extends ChatTest {

    @Autowired
    Questions questions;

    private static final Pattern COMMAND = Pattern.compile("^[0-9.]+ \\[\\d+ ([^\\]]+)\\] \"([^\"]+)\"(?: \"([^\"]*)\")?");

    private static final String QUESTION = "dj:{demo}:question:" + MEMBER.staffId();

    @Test
    void aStoredMessageCostsItsSignsClaimItsQuestionsReadAndOneScript() throws Exception {
        warmUp();
        questions.ask("demo", MEMBER.staffId(), Question.confirm("asked", List.of(new Entry("theme_party_day",
                TODAY.toLocalDate(), 1, null, null, null)), null));

        List<String> sent = monitored(() -> assertThat(dingtalk.say(MEMBER, "昨天召开支委会，7人参加")).startsWith("已记录"));

        assertThat(sent).containsExactly("SET dj:sign:", "EVALSHA dj:{demo}:question:", "EVALSHA dj:{demo}:seq");
        assertThat(redis.hasKey(QUESTION)).as("the question closed in it").isFalse();
    }

    @Test
    void aMessageThatStoresNothingCostsNoMoreThanOneThatStores() throws Exception {
        warmUp();
        for (String nothing : List.of("好的，收到", "明天召开支委会，7人参加", "下周三开展主题党日", "收缴党费50000000000000000元")) {
            List<String> sent = monitored(() -> dingtalk.say(MEMBER, nothing));

            // the claim, the question's read, and the unrecognised message kept: no more than a log
            assertThat(sent).as(nothing).hasSizeLessThanOrEqualTo(3).startsWith("SET dj:sign:",
                    "EVALSHA dj:{demo}:question:");
        }
    }

    /** The scripts loaded (the first call of one sends its text), the taught words read. */
    private void warmUp() {
        dingtalk.say(MEMBER, "主题党日 已开展");
        dingtalk.say(MEMBER, "明天召开支委会");
    }

    /** The bot's commands while {@code action} runs: command and key up to the first id (no scripts' own calls). */
    private List<String> monitored(ThrowingRunnable action) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", REDIS_PORT)) {
            socket.getOutputStream().write("*1\r\n$7\r\nMONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            readUntil(in, "+OK\r\n");
            action.run();
            // a command of the bot's is fed to MONITOR as Redis runs it, before the bot has its reply
            socket.setSoTimeout(300);
            String lines = readUntil(in, null);
            List<String> sent = new ArrayList<>();
            for (String line : lines.split("\r\n")) {
                Matcher m = COMMAND.matcher(line.startsWith("+") ? line.substring(1) : line);
                if (!m.find() || m.group(1).startsWith("0 lua") || m.group(1).contains("lua")) {
                    continue;
                }
                String name = m.group(2).toUpperCase();
                String key = m.group(3) == null ? "" : m.group(3);
                if (name.equals("EVALSHA") || name.equals("EVAL")) {
                    key = line.split("\" \"")[3];
                }
                if (key.startsWith("dj:{outbox}") || key.startsWith("dj:{vocabulary}") || name.equals("PING") || name.equals("INFO")
                        || name.equals("MONITOR") || name.equals("CLIENT")) {
                    continue;
                }
                sent.add(name + " " + key.replaceAll("^(dj:(\\{[^}]*\\}:)?[a-z]+:?).*", "$1"));
            }
            return sent;
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            }
            catch (SocketTimeoutException e) {
                return out.toString(StandardCharsets.UTF_8);
            }
            if (read < 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(buffer, 0, read);
            if (end != null && out.toString(StandardCharsets.UTF_8).endsWith(end)) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
