package cn.dangjian.bot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.BotTest;
import cn.dangjian.bot.MutableClock;
import cn.dangjian.bot.dingtalk.WireMockBot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders in the running bot, four branches: one group; two groups; a 自定义机器人; no committee and its own
 * monthly day (the 20th). Time is the test's clock; what Quartz would fire is fired by the test at the same instants.
 */
class RemindersTest extends WireMockBot {

    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final String ADMIN_TOKEN = "reminders-admin-token";
    static final JsonMapper json = JsonMapper.builder().build();
    static final Path CONFIG = ReminderConfigs.directory("""
            admins: [orgadmin01]
            defaults:
              hasPartyGroups: false
              obligations:
                party_lecture: quarterly
            branches:
              - id: first
                name: 机关第一党支部
                conversations: [cidFirst]
                secretaries: [sec1]
                members: [member1]
              - id: second
                name: 机关第二党支部
                conversations: [cidSecondA, cidSecondB]
                secretaries: [sec2a, sec2b]
              - id: third
                name: 机关第三党支部
                secretaries: [sec3]
                customRobot:
                  webhook: http://127.0.0.1:%d/robot/send?access_token=thirdRobot
                  secret: SECthird
              - id: small
                name: 后勤党支部
                conversations: [cidSmall]
                secretaries: [sec4]
                hasCommittee: false
            """.formatted(dingtalk.port()), """
            branches:
              small:
                monthly: "0 5 9 20 * ?"
            """);

    private static final int REDIS_PORT = BotTest.freePort();

    @DynamicPropertySource
    static void reminderBranches(DynamicPropertyRegistry registry) {
        dingtalkOnWireMock(registry, REDIS_PORT);
        registry.add("bot.config-dir", CONFIG::toString);
        registry.add("bot.admin-token", () -> ADMIN_TOKEN);
        registry.add("bot.reminders.sends-per-second", () -> "0");
        registry.add("bot.dingtalk.app-secret", () -> DingTalkCallbacks.SECRET);
    }

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderSchedules schedules;

    @Autowired
    ActivityStore store;

    @Autowired
    WorkingDays workingDays;

    @LocalServerPort
    int port;

    @BeforeEach
    void noRemindersYet() {
        // every branch starts the test with no records, no reminder sent and none paused
        redis.delete(redis.keys("dj:*"));
        dingtalk.stubFor(post(urlEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"reminder-token\",\"expireIn\":7200}")));
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlEqualTo(BATCH_SEND)).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        dingtalk.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    /** Where each push went: a group's openConversationId, or "robot:" and the robot's token. */
    static String target(LoggedRequest request) {
        if (request.getUrl().startsWith("/robot/send")) {
            return "robot:" + request.queryParameter("access_token").firstValue();
        }
        return json.readTree(request.getBodyAsString()).path("openConversationId").asString();
    }

    static String title(LoggedRequest request) {
        if (request.getUrl().startsWith("/robot/send")) {
            return json.readTree(request.getBodyAsString()).path("markdown").path("title").asString();
        }
        return json.readTree(json.readTree(request.getBodyAsString()).path("msgParam").asString()).path("title")
                .asString();
    }

    List<LoggedRequest> pushes() {
        List<LoggedRequest> pushes = new ArrayList<>(dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))));
        pushes.addAll(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))));
        pushes.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return pushes;
    }

    /** The instants this instance's Quartz fires the kind's triggers at, computed by Quartz with their calendars. */
    List<ZonedDateTime> quartzFires(ReminderKind kind, ZonedDateTime from, ZonedDateTime to) {
        List<ZonedDateTime> fires = new ArrayList<>();
        for (Schedule schedule : schedules.schedules(kind)) {
            OperableTrigger trigger = (OperableTrigger) ReminderTriggers.trigger(schedule, MutableClock.ZONE);
            for (Date fire : TriggerUtils.computeFireTimesBetween(trigger, new FireDays(schedule, MutableClock.ZONE),
                    Date.from(from.toInstant()), Date.from(to.toInstant()))) {
                fires.add(fire.toInstant().atZone(MutableClock.ZONE));
            }
        }
        return fires;
    }

    @Test
    void aYearOfTheScheduleSendsEachReminderOnceOnAWorkingDay() {
        // the instants Quartz fires at (every trigger of every kind, with its calendar) and a sweep every six hours
        TreeMap<ZonedDateTime, List<Optional<ReminderKind>>> events = new TreeMap<>();
        ZonedDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0).atZone(MutableClock.ZONE);
        ZonedDateTime end = start.plusYears(1);
        for (ReminderKind kind : ReminderKind.values()) {
            for (ZonedDateTime fire : quartzFires(kind, start, end)) {
                events.computeIfAbsent(fire, t -> new ArrayList<>()).add(Optional.of(kind));
            }
        }
        for (ZonedDateTime sweep = start; sweep.isBefore(end); sweep = sweep.plusHours(6)) {
            events.computeIfAbsent(sweep, t -> new ArrayList<>()).add(Optional.empty());
        }
        Map<String, List<String>> received = new TreeMap<>();
        int seen = 0;
        for (Map.Entry<ZonedDateTime, List<Optional<ReminderKind>>> event : events.entrySet()) {
            clock.set(event.getKey().toLocalDateTime());
            for (Optional<ReminderKind> kind : event.getValue()) {
                kind.ifPresentOrElse(reminders::runDue, reminders::sweep);
            }
            List<LoggedRequest> pushes = pushes();
            for (LoggedRequest push : pushes.subList(seen, pushes.size())) {
                received.computeIfAbsent(target(push), t -> new ArrayList<>())
                        .add(event.getKey().toLocalDateTime() + " " + title(push));
            }
            seen = pushes.size();
        }

        // the 25th, or the working day before it; September's before 中秋 and a working week before 国庆
        int[] monthly = {23, 25, 25, 24, 25, 25, 24, 25, 23, 23, 25, 25};
        // the small branch's 20th: 20 February is 春节, so the 调休 Saturday 14 February; Sunday 20 September is worked
        int[] small = {20, 14, 20, 20, 20, 18, 20, 20, 20, 20, 20, 18};
        List<String> expected = new ArrayList<>();
        List<String> expectedSmall = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            expected.add(LocalDateTime.of(2026, month, monthly[month - 1], 9, 5) + " " + month + "月组织生活提醒");
            expectedSmall.add(LocalDateTime.of(2026, month, small[month - 1], 9, 5) + " " + month + "月组织生活提醒");
            if (month % 3 == 0) {
                String quarterly = LocalDateTime.of(2026, month, 10, 9, 5) + " " + Period.of(
                        cn.dangjian.bot.activity.Cadence.QUARTERLY, LocalDate.of(2026, month, 1)).label() + "组织生活提醒";
                expected.add(quarterly);
                expectedSmall.add(quarterly);
            }
        }
        String yearly = LocalDateTime.of(2026, 12, 1, 9, 5) + " 2026年度组织生活提醒";
        expected.add(yearly);
        expectedSmall.add(yearly);
        for (String target : List.of("cidFirst", "cidSecondA", "cidSecondB", "robot:thirdRobot")) {
            assertThat(received.get(target)).as(target).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(received.get("cidSmall")).containsExactlyInAnyOrderElementsOf(expectedSmall);
        // no reminder on a rest day: 14 February and 20 September are the 调休 weekend days that are worked
        assertThat(received.values().stream().flatMap(List::stream)
                .map(line -> LocalDate.parse(line.substring(0, 10))))
                .allMatch(workingDays::isWorkingDay)
                .contains(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 9, 20));
    }

    @Test
    void aBranchWhoseSecretarySaidInChatItHasNoCommitteeIsNotRemindedOfOne() {
        DingTalkCallbacks chat = new DingTalkCallbacks(port, clock);
        assertThat(chat.say(new DingTalkCallbacks.Sender("sec1", "李书记", false, "cidFirst", true), "我们没有支委会"))
                .startsWith("已记录：本支部未设支部委员会。");
        at(2026, 3, 25, 9, 5);

        reminders.runDue(ReminderKind.MONTHLY);

        List<LoggedRequest> sent = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND)));
        assertThat(sent.stream().filter(r -> target(r).equals("cidFirst")).findFirst().orElseThrow()
                .getBodyAsString()).doesNotContain("支部委员会会议");
        // the other branches, silent too, are still asked for theirs until their secretaries say
        assertThat(sent.stream().filter(r -> target(r).equals("cidSecondA")).findFirst().orElseThrow()
                .getBodyAsString()).contains("支部委员会会议");
    }

    @Test
    void aRunReadsEachBranchsShapeOnceAndBeginningOnceHoweverManyObligationsItChecks() throws Exception {
        at(2026, 3, 25, 9, 5);

        String sent = monitored(() -> reminders.runDue(ReminderKind.MONTHLY));

        // the three branches whose branches.yml leaves the committee open, one read each in one pipeline; small's
        // file says both and costs nothing
        for (String branch : List.of("first", "second", "third")) {
            assertThat(sent.split("\"HGETALL\" \"dj:\\{" + branch + "\\}:shape\"", -1)).as(branch).hasSize(2);
        }
        assertThat(sent).doesNotContain("dj:{small}:shape");
    }

    @Test
    void theCatchUpDoesNotSendAReminderThatFellDueBeforeTheBranchsFirstRecord() {
        // the bot was down on the 25th; on the 26th the first branch logs its first record, then an instance starts
        at(2026, 3, 26, 10, 0);
        store.log("first", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 20), 1, 9, null, null)),
                "member1", "王芳", "first-record");

        reminders.runDue(ReminderKind.MONTHLY);

        assertThat(pushes().stream().map(RemindersTest::target)).doesNotContain("cidFirst")
                .contains("cidSecondA", "cidSmall");
    }

    /** What Redis was asked, as MONITOR shows it, while {@code action} ran. */
    private String monitored(Runnable action) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", REDIS_PORT)) {
            socket.getOutputStream().write("*1\r\n$7\r\nMONITOR\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("+OK\r\n")) {
                out.write(buffer, 0, in.read(buffer));
            }
            action.run();
            // a command is fed to MONITOR as Redis runs it, before its answer; the outbox's polls never let it go
            // quiet, so it is read for a while, not until it stops
            socket.setSoTimeout(100);
            long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < until) {
                try {
                    int read = in.read(buffer);
                    if (read < 0) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
                catch (java.net.SocketTimeoutException e) {
                    // nothing for now
                }
            }
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachBranchHearsWhatItLacksInTheRequestsDingTalkDocuments() {
        // logged before the reminder runs, as members do: a branch whose first record came after it began later
        at(2026, 3, 25, 9, 0);
        store.log("first", List.of(new Entry("branch_committee_meeting", LocalDate.of(2026, 3, 12), 1, 7, null, null),
                new Entry("dues_collection", LocalDate.of(2026, 3, 5), 1, null, null, new BigDecimal("960.00"))),
                "member1", "王芳", "seed-first");
        store.log("third", List.of(new Entry("theme_party_day", LocalDate.of(2026, 3, 18), 1, 12, null, null)),
                "sec3", "赵书记", "seed-third");
        at(2026, 3, 25, 9, 5);

        ReminderKind kind = ReminderKind.MONTHLY;
        Reminders.Run run = reminders.runDue(kind);

        assertThat(run.count(Reminders.Outcome.SENT)).isEqualTo(4);
        String first = """
                #### 机关第一党支部3月组织生活提醒

                截至3月25日，本月尚未记录以下工作：

                - 主题党日

                已记录：支部委员会会议1次、党费收缴。

                请支部书记统筹安排，于月底前组织开展；开展后请在群里@我登记，例如“主题党日 已开展”。""";
        dingtalk.verify(1, postRequestedFor(urlEqualTo(GROUP_SEND))
                .withHeader("x-acs-dingtalk-access-token", equalTo("reminder-token"))
                .withRequestBody(equalToJson(json.writeValueAsString(Map.of(
                        "robotCode", ROBOT_CODE,
                        "openConversationId", "cidFirst",
                        "msgKey", "sampleMarkdown",
                        "msgParam", "{\"title\":\"3月组织生活提醒\",\"text\":" + json.writeValueAsString(first) + "}")))));
        LoggedRequest firstPush = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).stream()
                .filter(r -> target(r).equals("cidFirst")).findFirst().orElseThrow();
        assertThat(json.readTree(firstPush.getBodyAsString()).path("msgParam").asString())
                .isEqualTo("{\"title\":\"3月组织生活提醒\",\"text\":" + json.writeValueAsString(first) + "}");
        // one branch, two groups: each gets it
        dingtalk.verify(1, postRequestedFor(urlEqualTo(GROUP_SEND)).withRequestBody(
                equalToJson("{\"openConversationId\":\"cidSecondA\"}", true, true)));
        dingtalk.verify(1, postRequestedFor(urlEqualTo(GROUP_SEND)).withRequestBody(
                equalToJson("{\"openConversationId\":\"cidSecondB\"}", true, true)));
        // the 自定义机器人 can mention the secretary, and does
        JsonNode robot = json.readTree(dingtalk.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))).get(0)
                .getBodyAsString());
        assertThat(robot.path("markdown").path("text").asString()).startsWith("#### 机关第三党支部3月组织生活提醒")
                .contains("- 支部委员会会议\n- 党费收缴").contains("已记录：主题党日1次。").endsWith("@sec3");
        assertThat(robot.path("at").toString()).isEqualTo("{\"atUserIds\":[\"sec3\"],\"isAtAll\":false}");
        // a branch without a committee is not asked for one
        LoggedRequest small = dingtalk.findAll(postRequestedFor(urlEqualTo(GROUP_SEND))).stream()
                .filter(r -> target(r).equals("cidSmall")).findFirst().orElseThrow();
        assertThat(small.getBodyAsString()).doesNotContain("支部委员会会议");
    }

    @Test
    void aReminderIsSentOnceHoweverOftenItsMinuteAndTheSweepsComeBack() {
        at(2026, 3, 25, 9, 5);

        reminders.runDue(ReminderKind.MONTHLY);
        reminders.runDue(ReminderKind.MONTHLY);
        clock.advance(Duration.ofHours(3));
        reminders.sweep();

        // four monthly reminders (five groups and a robot), the quarterly ones of 10 March were already due too
        List<String> monthly = pushes().stream().map(RemindersTest::title).filter(t -> t.startsWith("3月")).toList();
        assertThat(monthly).hasSize(5);
        assertThat(pushes().stream().map(RemindersTest::title).filter(t -> t.startsWith("第一季度"))).hasSize(5);
    }

    @Test
    void nothingGoesAtNightEvenWhenItFellDueWhileTheBotWasDown() {
        at(2026, 3, 26, 3, 0);

        reminders.sweep();
        assertThat(pushes()).isEmpty();

        at(2026, 3, 26, 8, 0);
        reminders.sweep();
        // the monthly and the quarterly reminder for each of five groups and one 自定义机器人, whose second message
        // waits in the outbox for its slot: 20 a minute per robot
        assertThat(pushes()).hasSize(9);
        assertThat(outboxSize()).isOne();
        clock.advance(Duration.ofMillis(3050));
        await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 10);
    }

    @Test
    void aPushThatFailsIsNotLostAndTheReminderIsNotSentTwice() {
        dingtalk.stubFor(post(urlEqualTo(GROUP_SEND)).inScenario("down").whenScenarioStateIs("Started")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503))
                .willSetStateTo("up"));
        at(2026, 4, 25, 9, 5);

        reminders.runDue(ReminderKind.MONTHLY);
        clock.advance(Duration.ofMinutes(1));
        reminders.runDue(ReminderKind.MONTHLY);
        assertThat(outboxSize()).isOne();
        clock.advance(Duration.ofMinutes(5));

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
        assertThat(pushes().stream().map(RemindersTest::target))
                .containsExactlyInAnyOrder("cidFirst", "cidFirst", "cidSecondA", "cidSecondB", "robot:thirdRobot",
                        "cidSmall");
    }

    @Test
    void aSecretaryPausesAndResumesTheBranchsReminders() {
        DingTalkCallbacks chat = new DingTalkCallbacks(port, clock);
        Sender secretary = new Sender("sec1", "张书记", false, "cidFirst", true);
        Sender member = new Sender("member1", "王芳", false, "cidFirst", true);
        at(2026, 3, 20, 10, 0);

        assertThat(chat.say(member, "暂停提醒")).isEqualTo(ReminderCommands.ONLY_LEADS);
        assertThat(chat.say(secretary, "暂停提醒")).isEqualTo("已暂停本支部的组织生活提醒。需要恢复时，请发送“恢复提醒”。");
        assertThat(chat.say(secretary, "暂停提醒")).isEqualTo("本支部的提醒此前已暂停。需要恢复时，请发送“恢复提醒”。");
        assertThat(chat.say(member, "提醒设置")).isEqualTo("""
                #### 机关第一党支部提醒设置

                - 每月提醒：下次于2026年3月25日（星期三）09:05
                - 季度提醒：下次于2026年6月10日（星期三）09:05
                - 年度提醒：下次于2026年12月1日（星期二）09:05

                本支部的提醒目前**已暂停**。需要恢复时，请支部书记发送“恢复提醒”。""");

        at(2026, 3, 25, 9, 5);
        reminders.runDue(ReminderKind.MONTHLY);
        assertThat(pushes().stream().map(RemindersTest::target)).doesNotContain("cidFirst").contains("cidSecondA");

        assertThat(chat.say(secretary, "恢复提醒")).isEqualTo("已恢复本支部的组织生活提醒。下次提醒将于2026年4月24日（星期五）09:05发出。");
        assertThat(chat.say(secretary, "恢复提醒")).startsWith("本支部的提醒正常开启，无需恢复。");
        reminders.sweep();
        // March's monthly reminder was skipped while paused and stays skipped; the quarter's, not yet sent, now goes
        assertThat(pushes().stream().filter(p -> target(p).equals("cidFirst")).map(RemindersTest::title))
                .containsExactly("第一季度组织生活提醒");
    }

    @Test
    void remindersSettingsAndProgressCountOnTheWorkingDayCalendar() {
        DingTalkCallbacks chat = new DingTalkCallbacks(port, clock);
        Sender member = new Sender("member1", "王芳", false, "cidFirst", true);
        at(2026, 9, 24, 10, 0);

        assertThat(chat.say(member, "提醒设置")).contains(
                "- 每月提醒：下次于2026年10月23日（星期五）09:05（原定10月25日，因休息日或节假日提前）");
        // 24, 28, 29 and 30 September: 25–27 are 中秋, the 26th a Saturday as well
        assertThat(chat.say(member, "进度")).contains("本月还剩4个工作日（含今天），请及时开展并登记。");
        // in the 国庆 holiday: 8 and 9 October, the 调休 Saturday the 10th, then three full weeks
        at(2026, 10, 4, 10, 0);
        assertThat(chat.say(member, "进度")).contains("本月还剩18个工作日，请及时开展并登记。");
    }

    @Test
    void theYearlyReminderTellsTheAdminsOnceWhenNextYearsScheduleIsMissing() {
        at(2026, 12, 1, 9, 5);

        reminders.runDue(ReminderKind.YEARLY);
        clock.advance(Duration.ofHours(1));
        reminders.sweep();

        List<LoggedRequest> told = dingtalk.findAll(postRequestedFor(urlEqualTo(BATCH_SEND)));
        assertThat(told).singleElement().satisfies(push -> {
            JsonNode body = json.readTree(push.getBodyAsString());
            assertThat(body.path("userIds").toString()).isEqualTo("[\"orgadmin01\"]");
            assertThat(json.readTree(body.path("msgParam").asString()).path("text").asString())
                    .startsWith("#### 2027年节假日安排待补充")
                    .contains("bot-config/calendar/ 中尚无2027年的节假日安排");
        });
        // the groups get their yearly reminder without it
        assertThat(pushes()).hasSize(5).noneSatisfy(push -> assertThat(push.getBodyAsString()).contains("2027年"));
    }

    @Test
    void aRedeliveredPauseChangesNothingAndIsAnsweredTheSame() {
        DingTalkCallbacks chat = new DingTalkCallbacks(port, clock);
        Sender secretary = new Sender("sec1", "张书记", false, "cidFirst", true);
        String msgId = DingTalkCallbacks.newMsgId();

        String first = DingTalkCallbacks.replyText(chat.text(secretary, "暂停提醒", msgId).body());
        String again = DingTalkCallbacks.replyText(chat.text(secretary, "暂停提醒", msgId).body());

        assertThat(first).isEqualTo("已暂停本支部的组织生活提醒。需要恢复时，请发送“恢复提醒”。");
        assertThat(again).isEqualTo(first);
        assertThat(chat.say(secretary, "暂停提醒")).startsWith("本支部的提醒此前已暂停");
    }

    java.net.http.HttpResponse<String> resend(String path, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOperatorResendsAReminderThroughTheAdminApiWithoutTouchingTheSchedule() throws Exception {
        at(2026, 3, 20, 10, 0);

        assertThat(resend("/api/v1/branches/first/reminders/monthly", null).statusCode()).isEqualTo(401);
        assertThat(pushes()).isEmpty();

        var sent = resend("/api/v1/branches/first/reminders/monthly", ADMIN_TOKEN);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).toString())
                .isEqualTo("{\"branch\":\"first\",\"kind\":\"monthly\",\"period\":\"2026-03\",\"outcome\":\"sent\"}");
        assertThat(pushes()).singleElement().satisfies(p -> {
            assertThat(target(p)).isEqualTo("cidFirst");
            assertThat(title(p)).isEqualTo("3月组织生活提醒");
        });

        var unknownKind = resend("/api/v1/branches/first/reminders/weekly", ADMIN_TOKEN);
        assertThat(unknownKind.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownKind.body()).path("error").asString()).contains("提醒类型“weekly”无效");
        assertThat(resend("/api/v1/branches/nosuch/reminders/monthly", ADMIN_TOKEN).statusCode()).isEqualTo(404);

        // the 25th still sends March's reminder: a resend is not the scheduled one
        at(2026, 3, 25, 9, 5);
        reminders.runDue(ReminderKind.MONTHLY);
        assertThat(pushes().stream().filter(p -> target(p).equals("cidFirst"))).hasSize(2);
    }
}
