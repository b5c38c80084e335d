package cn.dangjian.bot.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.branch.Branches;

/** What the emulator page asks of its server: who may speak, the messages so far, say something, send a reminder. */
@RestController
@Profile("local")
class EmulatorController {

    private static final Logger log = LoggerFactory.getLogger(EmulatorController.class);

    private final Cast cast;
    private final Timeline timeline;
    private final RobotCallbacks callbacks;
    private final MediaStore media;
    private final Branches branches;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    EmulatorController(Cast cast, Timeline timeline, RobotCallbacks callbacks, MediaStore media, Branches branches,
            Environment environment, Clock clock) {
        this.cast = cast;
        this.timeline = timeline;
        this.callbacks = callbacks;
        this.media = media;
        this.branches = branches;
        this.environment = environment;
        this.clock = clock;
    }

    record State(String botName, String groupTitle, String groupConversationId, List<Person> people, int year,
            String zone) {
    }

    /**
     * {@code kind}: text (the default), audio (the text is what DingTalk transcribed), richText (the text and a
     * picture) or picture (a picture alone, the text unused). {@code mention}: whether a group message @-mentions the
     * robot (the default, as is a text that begins with "@党建助手"); DingTalk delivers a group message to the robot
     * only then. {@code fileName} and {@code fileContent} (Base64): the picture or file attached (📎).
     */
    record Said(String speaker, String chat, String text, String kind, Boolean mention, String fileName,
            String fileContent) {
    }

    @GetMapping("/emulator/api/state")
    State state() {
        return new State(RobotCallbacks.BOT_NAME, cast.groupTitle(), cast.groupConversationId(), cast.people(),
                LocalDate.now(clock).getYear(), clock.getZone().getId());
    }

    @GetMapping("/emulator/api/messages")
    List<ChatEntry> messages(@RequestParam(name = "after", defaultValue = "0") long after) {
        return timeline.after(after);
    }

    @PostMapping("/emulator/api/messages")
    ResponseEntity<Map<String, String>> say(@RequestBody Said said) {
        var speaker = cast.person(said.speaker());
        if (speaker.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "没有这个人：" + said.speaker()));
        }
        RobotCallbacks.Sent kind = RobotCallbacks.Sent.of(said.kind());
        if (kind == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "不支持的消息类型：" + said.kind()));
        }
        boolean words = said.text() != null && !said.text().isBlank();
        if (!words && kind != RobotCallbacks.Sent.PICTURE && kind != RobotCallbacks.Sent.FILE) {
            return ResponseEntity.badRequest().body(Map.of("error", "消息不能为空"));
        }
        byte[] attached = null;
        if (said.fileContent() != null && !said.fileContent().isBlank()) {
            try {
                attached = java.util.Base64.getDecoder().decode(said.fileContent());
            }
            catch (IllegalArgumentException e) {
                return ResponseEntity.badRequest().body(Map.of("error", "附件内容不是 Base64"));
            }
        }
        if (kind == RobotCallbacks.Sent.FILE && attached == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "请选择要发送的文件"));
        }
        String chat = "private".equals(said.chat()) ? Timeline.privateChat(speaker.get().staffId()) : Timeline.GROUP;
        String text = words ? said.text().strip() : "";
        boolean typedMention = text.startsWith(RobotCallbacks.MENTION);
        if (typedMention) {
            text = text.substring(RobotCallbacks.MENTION.length()).strip();
        }
        if (chat.equals(Timeline.GROUP) && !typedMention && Boolean.FALSE.equals(said.mention())) {
            callbacks.overheard(speaker.get(), kind, text);
            return ResponseEntity.ok(Map.of("chat", chat, "delivered", "false"));
        }
        callbacks.say(speaker.get(), chat, kind, text, said.fileName(), attached);
        return ResponseEntity.ok(Map.of("chat", chat, "delivered", "true"));
    }

    /**
     * Sends this month's reminder to the emulated branch now, through the operators' admin call
     * ({@code POST /api/v1/branches/{id}/reminders/monthly}) so that the bot's own reminder code runs.
     */
    @PostMapping("/emulator/api/reminders/{kind}")
    ResponseEntity<Map<String, String>> remind(@PathVariable String kind) {
        String branch = branches.byConversation(cast.groupConversationId()).map(b -> b.id()).orElse(null);
        if (branch == null) {
            timeline.notice(Timeline.GROUP, "本群尚未绑定支部，无法发送提醒。");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "本群尚未绑定支部"));
        }
        String token = environment.getProperty("bot.admin-token", "");
        if (token.isBlank()) {
            timeline.notice(Timeline.GROUP, "未设置 bot.admin-token，管理接口关闭，无法发送提醒。");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "管理接口未开启"));
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + environment.getProperty("local.server.port", "8080")
                            + "/api/v1/branches/" + branch + "/reminders/" + kind))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                timeline.notice(Timeline.GROUP, "提醒未发送：管理接口答复 HTTP " + response.statusCode());
                return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", response.body()));
            }
            return ResponseEntity.ok(Map.of("status", "sent"));
        }
        catch (Exception e) {
            log.warn("The emulator could not ask for a reminder", e);
            timeline.notice(Timeline.GROUP, "提醒未发送：" + e.getMessage());
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    @PostMapping("/emulator/api/clear")
    ResponseEntity<Void> clear() {
        timeline.clear();
        return ResponseEntity.noContent().build();
    }

    /** A file the bot sent, as DingTalk offers it for download. */
    @GetMapping("/emulator/media/{mediaId}")
    ResponseEntity<byte[]> download(@PathVariable String mediaId) {
        return media.get(mediaId).map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build().toString())
                        .contentType(mediaType(file.fileName()))
                        .body(file.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    private static MediaType mediaType(String fileName) {
        if (fileName.endsWith(".docx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (fileName.endsWith(".md")) {
            return new MediaType("text", "markdown", StandardCharsets.UTF_8);
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
