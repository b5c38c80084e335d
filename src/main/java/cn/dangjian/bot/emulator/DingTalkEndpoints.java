package cn.dangjian.bot.emulator;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.dangjian.bot.branch.BranchDirectory;
import cn.dangjian.bot.emulator.ChatEntry.Attachment;
import cn.dangjian.bot.emulator.ChatEntry.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DingTalk server calls the bot makes, answered as DingTalk answers them (field names, error shapes, limits).
 * The OpenAPI paths are served at the root because the official SDK takes a host and port, not a base path; every
 * path is also served under {@code /emulator/dingtalk} for clients that do take one.
 */
@RestController
@Profile("local")
class DingTalkEndpoints {

    private static final Logger log = LoggerFactory.getLogger(DingTalkEndpoints.class);

    static final String PREFIX = "/emulator/dingtalk";
    static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);
    /** DingTalk's limit on userIds in one batchSend. */
    static final int BATCH_LIMIT = 20;
    /** DingTalk's limit on one uploaded file. */
    static final long MEDIA_LIMIT = 20L * 1024 * 1024;

    private final Timeline timeline;
    private final Sessions sessions;
    private final MediaStore media;
    private final Cast cast;
    private final Environment environment;
    private final Clock clock;
    private final BranchDirectory groups;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    DingTalkEndpoints(Timeline timeline, Sessions sessions, MediaStore media, Cast cast, Environment environment,
            Clock clock, BranchDirectory groups) {
        this.groups = groups;
        this.timeline = timeline;
        this.sessions = sessions;
        this.media = media;
        this.cast = cast;
        this.environment = environment;
        this.clock = clock;
    }

    @PostMapping(path = { "/v1.0/oauth2/accessToken", PREFIX + "/v1.0/oauth2/accessToken" },
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> accessToken(@RequestBody String body) {
        JsonNode request = parse(body);
        if (request == null) {
            return openApiError(HttpStatus.BAD_REQUEST, "InvalidParameter", "请求体不是合法的 JSON");
        }
        String appKey = request.path("appKey").asString("");
        String appSecret = request.path("appSecret").asString("");
        if (!appKey.equals(setting("app-key")) || !appSecret.equals(setting("app-secret"))) {
            return openApiError(HttpStatus.BAD_REQUEST, "invalidClientIdOrSecret", "无效的 appKey 或 appSecret");
        }
        String token = "emu" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
        return ResponseEntity.ok(Map.of("accessToken", token, "expireIn", TOKEN_LIFETIME.toSeconds()));
    }

    @PostMapping(path = { "/v1.0/robot/groupMessages/send", PREFIX + "/v1.0/robot/groupMessages/send" },
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> groupSend(
            @RequestHeader(name = "x-acs-dingtalk-access-token", required = false) String token,
            @RequestBody String body) {
        ResponseEntity<Map<String, Object>> refusal = refuse(token, body);
        if (refusal != null) {
            return refusal;
        }
        JsonNode request = parse(body);
        String conversation = request.path("openConversationId").asString("");
        if (conversation.isBlank()) {
            return openApiError(HttpStatus.BAD_REQUEST, "MissingopenConversationId", "openConversationId 不能为空");
        }
        // The robot is in the groups the organisation bound to a branch (branches.yml or 绑定 by message); DingTalk
        // refuses a push to any other conversation.
        if (!conversation.equals(cast.groupConversationId()) && groups.forGroup(conversation).isEmpty()) {
            return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.robotCode.notExsit",
                    "机器人不存在，请检查机器人是否在群内：" + conversation);
        }
        // Only the emulated group is on the page; a push to another branch's group is accepted and noted.
        String chat = conversation.equals(cast.groupConversationId()) ? Timeline.GROUP : "cid:" + conversation;
        if (!chat.equals(Timeline.GROUP)) {
            timeline.notice(Timeline.GROUP, "机器人向另一个群（" + conversation + "）推送了一条消息，本页只显示本支部的群。");
        }
        ResponseEntity<Map<String, Object>> shown = show(chat, request, "群消息推送");
        if (shown != null) {
            return shown;
        }
        return ResponseEntity.ok(Map.of("processQueryKey", processQueryKey()));
    }

    @PostMapping(path = { "/v1.0/robot/oToMessages/batchSend", PREFIX + "/v1.0/robot/oToMessages/batchSend" },
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> batchSend(
            @RequestHeader(name = "x-acs-dingtalk-access-token", required = false) String token,
            @RequestBody String body) {
        ResponseEntity<Map<String, Object>> refusal = refuse(token, body);
        if (refusal != null) {
            return refusal;
        }
        JsonNode request = parse(body);
        List<String> userIds = new ArrayList<>();
        request.path("userIds").forEach(id -> userIds.add(id.asString()));
        if (userIds.isEmpty()) {
            return openApiError(HttpStatus.BAD_REQUEST, "MissinguserIds", "userIds 不能为空");
        }
        if (userIds.size() > BATCH_LIMIT) {
            return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.userIds.exceed",
                    "userIds 最多 " + BATCH_LIMIT + " 个");
        }
        List<String> unknown = new ArrayList<>();
        for (String userId : userIds) {
            if (cast.person(userId).isEmpty()) {
                unknown.add(userId);
                continue;
            }
            ResponseEntity<Map<String, Object>> shown = show(Timeline.privateChat(userId), request, "单聊推送");
            if (shown != null) {
                return shown;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("processQueryKey", processQueryKey());
        answer.put("invalidStaffIdList", unknown);
        answer.put("flowControlledStaffIdList", List.of());
        return ResponseEntity.ok(answer);
    }

    @PostMapping(path = { "/media/upload", PREFIX + "/media/upload" }, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> upload(@RequestParam(name = "access_token", required = false) String token,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "media", required = false) MultipartFile file) throws IOException {
        if (!valid(token)) {
            // oapi wraps the cause in errcode 88 ("业务逻辑异常") with the token's own code as sub_code
            return Map.of("errcode", 88, "sub_code", "40014", "sub_msg", "不合法的access_token",
                    "errmsg", "ding talk error[subcode=40014,submsg=不合法的access_token]");
        }
        if (!"file".equals(type) && !"image".equals(type) && !"voice".equals(type)) {
            return Map.of("errcode", 40004, "errmsg", "不合法的媒体文件类型");
        }
        if (file == null || file.isEmpty()) {
            return Map.of("errcode", 41001, "errmsg", "缺少 media 文件");
        }
        if (file.getSize() > MEDIA_LIMIT) {
            return Map.of("errcode", 40006, "errmsg", "不合法的文件大小");
        }
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        MediaStore.Media stored = media.put(name, file.getBytes());
        return Map.of("errcode", 0, "errmsg", "ok", "type", type, "media_id", stored.mediaId(),
                "created_at", clock.millis());
    }

    /**
     * {@code POST /v1.0/robot/messageFiles/download} (robotCode + downloadCode): a short-lived URL of a file a person
     * attached on the page; an unknown code is refused as DingTalk refuses an expired one.
     */
    @PostMapping(path = { "/v1.0/robot/messageFiles/download", PREFIX + "/v1.0/robot/messageFiles/download" },
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> messageFile(
            @RequestHeader(name = "x-acs-dingtalk-access-token", required = false) String token,
            @RequestBody String body, jakarta.servlet.http.HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> refusal = refuse(token, body);
        if (refusal != null) {
            return refusal;
        }
        String code = parse(body).path("downloadCode").asString("");
        if (media.get(code).isEmpty()) {
            return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.downloadCode", "downloadCode 不存在或已过期");
        }
        String url = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + "/emulator/media/" + code;
        return ResponseEntity.ok(Map.of("downloadUrl", url));
    }

    /** The sessionWebhook of a callback: a message object, answered with errcode. */
    @PostMapping(path = { PREFIX + "/robot/sendBySession", "/robot/sendBySession" },
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> sendBySession(@RequestParam(name = "session", required = false) String session,
            @RequestBody String body) {
        var chat = sessions.chat(session);
        if (chat.isEmpty()) {
            return Map.of("errcode", 300001, "errmsg", "session 不存在或已过期");
        }
        JsonNode message = parse(body);
        if (message == null) {
            return Map.of("errcode", 400101, "errmsg", "消息体不是合法的 JSON");
        }
        List<String> mentions = new ArrayList<>();
        message.path("at").path("atUserIds").forEach(id -> {
            if (!id.asString("").isBlank()) {
                mentions.add(id.asString());
            }
        });
        String problem = timeline.addMessageObject(chat.get(), message, mentions, "会话回复");
        if (problem != null) {
            return Map.of("errcode", 400102, "errmsg", problem);
        }
        return Map.of("errcode", 0, "errmsg", "ok");
    }

    /** An OpenAPI send's msgKey and msgParam shown in the chat; null when shown, else DingTalk's error answer. */
    private ResponseEntity<Map<String, Object>> show(String chat, JsonNode request, String via) {
        String msgKey = request.path("msgKey").asString("");
        JsonNode param;
        try {
            // msgParam is a JSON document inside a string, not an object: DingTalk refuses the latter
            if (!request.path("msgParam").isString()) {
                return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.msgParam", "msgParam 必须是 JSON 字符串");
            }
            param = json.readTree(request.path("msgParam").asString());
        }
        catch (JacksonException e) {
            return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.msgParam", "msgParam 不是合法的 JSON");
        }
        switch (msgKey) {
            case "sampleText" -> timeline.add(chat, Timeline.BOT, null, Kind.TEXT, null,
                    param.path("content").asString(""), null, List.of(), via);
            case "sampleMarkdown" -> timeline.add(chat, Timeline.BOT, null, Kind.MARKDOWN,
                    param.path("title").asString(""), param.path("text").asString(""), null, List.of(), via);
            case "sampleFile" -> {
                String mediaId = param.path("mediaId").asString("");
                var stored = media.get(mediaId);
                if (stored.isEmpty()) {
                    return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.mediaId", "mediaId 不存在：" + mediaId);
                }
                String fileName = param.path("fileName").asString(stored.get().fileName());
                timeline.add(chat, Timeline.BOT, null, Kind.FILE, null, fileName,
                        new Attachment(mediaId, fileName, param.path("fileType").asString(""),
                                stored.get().content().length),
                        List.of(), via);
            }
            case "sampleImageMsg" -> {
                // photoURL takes an image upload's media_id; the page offers the picture as a download
                String mediaId = param.path("photoURL").asString("");
                var stored = media.get(mediaId);
                if (stored.isEmpty()) {
                    return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.photoURL", "图片不存在：" + mediaId);
                }
                String fileName = stored.get().fileName();
                timeline.add(chat, Timeline.BOT, null, Kind.FILE, null, fileName,
                        new Attachment(mediaId, fileName, fileName.substring(fileName.lastIndexOf('.') + 1),
                                stored.get().content().length), List.of(), via);
            }
            default -> {
                return openApiError(HttpStatus.BAD_REQUEST, "invalidParameter.msgKey", "模拟器不支持的 msgKey：" + msgKey);
            }
        }
        return null;
    }

    /** The checks every robot send passes first: token, JSON body, robotCode. */
    private ResponseEntity<Map<String, Object>> refuse(String token, String body) {
        if (!valid(token)) {
            // DingTalk answers a bad token with 400, not 401
            return openApiError(HttpStatus.BAD_REQUEST, "InvalidAuthentication", "不合法的access_token");
        }
        JsonNode request = parse(body);
        if (request == null) {
            return openApiError(HttpStatus.BAD_REQUEST, "InvalidParameter", "请求体不是合法的 JSON");
        }
        String expected = setting("robot-code");
        String robotCode = request.path("robotCode").asString("");
        if (robotCode.isBlank() || (!expected.isBlank() && !robotCode.equals(expected))) {
            return openApiError(HttpStatus.BAD_REQUEST, "resource.not.found", "机器人不存在：robotCode=" + robotCode);
        }
        return null;
    }

    private boolean valid(String token) {
        Instant expiry = token == null ? null : tokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        }
        catch (JacksonException e) {
            return null;
        }
    }

    private String setting(String key) {
        return environment.getProperty("bot.dingtalk." + key, "");
    }

    private static String processQueryKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private ResponseEntity<Map<String, Object>> openApiError(HttpStatus status, String code, String message) {
        log.info("Emulated DingTalk refuses a call: {} {}", code, message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "message", message, "requestid", processQueryKey()));
    }
}
