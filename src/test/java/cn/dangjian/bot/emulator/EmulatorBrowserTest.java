package cn.dangjian.bot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;

/**
 * A newcomer's first session, in a real headless Chromium: the page at /emulator, whose server side talks to the bot
 * only as DingTalk does. A member logs an activity and asks for progress, the reminder button sends this month's
 * reminder, and the secretary asks for the year's draft and downloads the Word file.
 *
 * <p>Needs Debian's chromium and chromium-driver; skipped where they are missing, except in CI, which installs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        classes = { cn.dangjian.bot.DangjianBotApplication.class, EmulatorBrowserTest.FixedDay.class })
class EmulatorBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int PORT = BotTest.freePort();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A Friday in March: the month has obligations left, the year has a draft to write. */
    static final LocalDateTime TODAY = LocalDateTime.of(2026, 3, 20, 10, 0);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedDay {
        @Bean
        @Primary
        Clock fixedDay() {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            return Clock.fixed(TODAY.atZone(zone).toInstant(), zone);
        }
    }

    @DynamicPropertySource
    static void ownPortAndRedis(DynamicPropertyRegistry registry) throws IOException {
        // a port of its own, fixed before start, so that bot.dingtalk.api-url (http://127.0.0.1:${server.port})
        // points the bot's DingTalk client at this very server's emulator
        int redisPort = BotTest.freePort();
        String redisDir = Files.createTempDirectory("dj-redis-browser").toString();
        registry.add("server.port", () -> PORT);
        registry.add("spring.data.redis.port", () -> redisPort);
        registry.add("bot.redis.embedded", () -> "true");
        registry.add("bot.redis.data-dir", () -> redisDir);
        // the reminder is sent by the page's button; the schedule's start-up catch-up would push one into the chat
        // between a member's message and its answer (the quarter's reminder is due by 20 March)
        registry.add("bot.reminders.enabled", () -> "false");
    }

    /** A link in an image's alt: the old renderer turned it into an img with an empty src and this onerror. */
    static final String CRAFTED_TOPIC = "![[x](/nope.png)](/x/src/onerror=document.body.dataset.pwned=1//)";

    @Autowired
    Messenger messenger;

    static ChromeDriver browser;
    static Path downloads;
    static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "Debian's chromium is not installed (apt-get install chromium chromium-driver)");
        downloads = Files.createTempDirectory("dj-downloads");
        profile = Files.createTempDirectory("dj-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path dir : new Path[] { downloads, profile }) {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    @Test
    void aBranchLogsAsksRemindsAndDownloadsItsDraft() throws Exception {
        browser.get("http://127.0.0.1:" + PORT + "/emulator");
        assertThat(browser.getTitle()).isEqualTo("党建助手（本地模拟）");
        waitUntil(() -> browser.findElements(By.cssSelector("#speaker option")).size() >= 4);
        assertThat(browser.findElement(By.id("conv-title")).getText()).isEqualTo("机关第一党支部");

        // a member logs an activity in the group
        speakAs("王芳（党员）");
        Answer logged = say("今天召开支委会，7人参加");
        assertThat(logged.text()).contains("已记录", "支部委员会会议", "7人");
        WebElement mine = browser.findElements(By.cssSelector(".msg.mine")).get(0);
        assertThat(mine.getText()).contains("@党建助手", "今天召开支委会");

        // a voice message: the page sends what DingTalk transcribed, the bot says what it heard
        new Select(browser.findElement(By.id("msgtype"))).selectByVisibleText("语音");
        Answer heard = say("主题党日已开展");
        assertThat(heard.text()).contains("语音识别为：“主题党日已开展”", "已记录");
        new Select(browser.findElement(By.id("msgtype"))).selectByVisibleText("文字");

        // and asks for this month's progress
        Answer progress = say("进度");
        assertThat(progress.kind()).isEqualTo("markdown");
        assertThat(progress.text()).contains("支部委员会会议");

        // the operator's button sends this month's reminder to the group, through the bot's reminder code
        int before = botMessages().size();
        browser.findElement(By.id("remind-monthly")).click();
        waitUntil(() -> botMessages().size() > before);
        WebElement reminder = last(botMessages());
        assertThat(reminder.getText()).contains("群消息推送");
        assertThat(reminder.getText()).containsAnyOf("3月", "本月");
        screenshot("reminder");

        // the secretary asks for the year's draft: an answer at once, then the Word file
        speakAs("张建国（支部书记）");
        Answer drafting = say("生成2026年度述职报告");
        assertThat(drafting.text()).contains("正在生成");
        waitUntil(() -> !browser.findElements(By.cssSelector(".file-card")).isEmpty());
        WebElement card = last(browser.findElements(By.cssSelector(".file-card")));
        String fileName = card.getAttribute("data-file-name");
        assertThat(fileName).endsWith(".docx").contains("2026");

        screenshot("draft");

        card.findElement(By.cssSelector("a.download")).click();
        Path downloaded = waitForDownload(fileName);
        try (ZipFile docx = new ZipFile(downloaded.toFile())) {
            assertThat(docx.getEntry("word/document.xml")).as("a Word document").isNotNull();
        }
    }

    /**
     * A conversation, not a command line: in the group only what @-mentions the bot reaches it, as in DingTalk; people
     * talk, ask about the records, undo two records in one sentence; a tap-to-reply link in the bot's Markdown sends
     * its content when tapped.
     */
    @Test
    void aGroupConversationReachesTheBotOnlyWhenItIsMentioned() {
        browser.get("http://127.0.0.1:" + PORT + "/emulator");
        waitUntil(() -> browser.findElements(By.cssSelector("#speaker option")).size() >= 4);
        browser.findElement(By.id("clear")).click();
        speakAs("张建国（支部书记）");
        Answer welcome = say("同志们好！以后支部开会、讲党课，搞完了都@小助手说一声💪");
        assertThat(welcome.text()).doesNotContain("未能识别", "您是说");

        speakAs("王芳（党员）");
        Answer first = say("昨天开了支委会，7个人参加");
        Answer second = say("昨天开了党员大会，7个人参加");
        String firstId = first.text().replaceAll("(?s).*#(\\d+).*", "$1");
        String secondId = second.text().replaceAll("(?s).*#(\\d+).*", "$1");
        Answer undone = say("？？不对 #" + firstId + " #" + secondId + "都撤了，发错群了😅");
        assertThat(undone.text()).contains("已撤销 #" + firstId, "已撤销 #" + secondId);

        // without the @ the group sees the message and the bot never does
        int answers = botMessages().size();
        browser.findElement(By.id("at-prefix")).click();
        typeAndSend("上次支委会是哪天");
        waitUntil(() -> browser.findElements(By.cssSelector("#messages .notice")).stream()
                .anyMatch(n -> n.getText().contains("没有@党建助手")));
        assertThat(botMessages()).hasSize(answers);
        browser.findElement(By.id("at-prefix")).click();

        Answer thanks = say("好吧😂 谢谢小助手🙏");
        assertThat(thanks.text()).endsWith("不客气。");

        // the bot's own question carries tap-to-reply links: a tap sends the answer, with the @, as if typed
        Answer asked = say("开展主题党日活动");
        assertThat(asked.text()).contains("主题党日");
        waitUntil(() -> !browser.findElements(By.cssSelector("#messages a.tap-reply")).isEmpty());
        int beforeTap = browser.findElements(By.cssSelector(".msg.mine")).size();
        int answersBeforeTap = botMessages().size();
        last(browser.findElements(By.cssSelector("#messages a.tap-reply")).stream()
                .filter(link -> link.getText().equals("是，记录")).toList()).click();
        waitUntil(() -> browser.findElements(By.cssSelector(".msg.mine")).size() > beforeTap);
        assertThat(last(browser.findElements(By.cssSelector(".msg.mine"))).getText()).contains("@党建助手", "是");
        waitUntil(() -> botMessages().size() > answersBeforeTap);
        String recorded = new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> last(botMessages()).getText());
        assertThat(recorded).contains("已记录：", "主题党日");
        screenshot("conversation");
        browser.findElement(By.id("clear")).click();
    }

    /**
     * Issue 11: a topic with a link written inside an image's alt text broke out of the alt attribute in the page's
     * Markdown renderer and ran its onerror. The bot's reply is pushed here as it would list such a record.
     */
    @Test
    void aCraftedTopicInTheBotsMarkdownRunsNoScript() {
        browser.get("http://127.0.0.1:" + PORT + "/emulator");
        waitUntil(() -> browser.findElements(By.cssSelector("#speaker option")).size() >= 4);
        int before = botMessages().size();

        messenger.send(new Destination.Group("cidDemoBranchGroup"), new Message.Markdown("最近记录",
                "#### 机关第一党支部 最近记录\n- #7 3月20日 主题党日 1次，主题《" + CRAFTED_TOPIC + "》（王芳）"));

        waitUntil(() -> botMessages().size() > before);
        WebElement shown = new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> last(botMessages()));
        assertThat(browser.executeScript("return document.body.dataset.pwned")).as("the topic's script ran").isNull();
        assertThat(browser.executeScript(
                "return document.querySelectorAll('#messages [onerror], #messages img:not([src])').length"))
                .as("attributes made from the topic").isEqualTo(0L);
        // the text the member wrote is shown as text
        assertThat(shown.getText()).contains("主题党日", "onerror=document.body.dataset.pwned=1");
    }

    private void speakAs(String label) {
        new Select(browser.findElement(By.id("speaker"))).selectByVisibleText(label);
    }

    /** A bot message as the page shows it: its {@code data-kind} and its text. */
    private record Answer(String kind, String text) {
    }

    /**
     * Types a message, sends it, and returns the bot's first answer to it. The page redraws its messages on every
     * poll (a push arriving meanwhile redraws them too), so the answer is read at once, and again if it was redrawn.
     */
    private Answer say(String text) {
        int before = botMessages().size();
        typeAndSend(text);
        waitUntil(() -> botMessages().size() > before);
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement answer = botMessages().get(before);
            return new Answer(answer.getAttribute("data-kind"), answer.getText());
        });
    }

    private static void typeAndSend(String text) {
        WebElement input = browser.findElement(By.id("input"));
        input.clear();
        // ChromeDriver types characters of the Basic Multilingual Plane only: an emoji is put in by script
        browser.executeScript("arguments[0].value = arguments[1];", input, text);
        browser.findElement(By.id("send")).click();
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#messages .msg[data-from='bot']"));
    }

    private static WebElement last(List<WebElement> elements) {
        return elements.get(elements.size() - 1);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }

    private static Path waitForDownload(String fileName) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Path expected = downloads.resolve(fileName);
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(expected) && Files.size(expected) > 0) {
                return expected;
            }
            Thread.sleep(200);
        }
        try (Stream<Path> found = Files.list(downloads)) {
            throw new AssertionError("no " + fileName + " downloaded; the folder has " + found.toList());
        }
    }

    /** Kept under target/ for a person to look at. */
    private static void screenshot(String moment) {
        try {
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Path kept = Path.of("target", "emulator-" + moment + ".png");
            Files.createDirectories(kept.getParent());
            Files.copy(shot, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
