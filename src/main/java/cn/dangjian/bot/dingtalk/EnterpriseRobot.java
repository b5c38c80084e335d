package cn.dangjian.bot.dingtalk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.aliyun.dingtalkrobot_1_0.Client;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enterprise app robot: group push and one-to-one push through the official SDK, and media upload (which the SDK
 * lacks) on {@code oapi}. Every call carries the cached access token; a token DingTalk rejects is replaced once.
 */
class EnterpriseRobot {

    /** DingTalk's media upload takes files up to 20 MB. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** {@code batchSend} takes at most 20 userIds a call. */
    static final int MAX_USERS_PER_CALL = 20;

    /** What a one-to-one push left undone: users DingTalk held back (retry later) or does not know (never). */
    record UsersResult(List<String> flowControlled, List<String> invalid) {
    }

    @FunctionalInterface
    private interface Call<T> {
        T with(String token) throws SendFailure;
    }

    private final Client robot;
    private final AccessTokens tokens;
    private final HttpClient http;
    private final DingTalkProperties properties;
    private final MessageFormats formats;
    private final JsonMapper json;

    EnterpriseRobot(Client robot, AccessTokens tokens, HttpClient http, DingTalkProperties properties,
            MessageFormats formats, JsonMapper json) {
        this.robot = robot;
        this.tokens = tokens;
        this.http = http;
        this.properties = properties;
        this.formats = formats;
        this.json = json;
    }

    void sendToGroup(String openConversationId, Message message) throws SendFailure {
        String mediaId = media(message);
        OrgGroupSendRequest request = new OrgGroupSendRequest()
                .setRobotCode(robotCode())
                .setOpenConversationId(openConversationId)
                .setMsgKey(formats.msgKey(message))
                .setMsgParam(formats.msgParam(message, mediaId));
        withToken(token -> {
            OrgGroupSendHeaders headers = new OrgGroupSendHeaders();
            headers.xAcsDingtalkAccessToken = token;
            try {
                return robot.orgGroupSendWithOptions(request, headers, DingTalkClients.runtime(properties));
            }
            catch (Exception e) {
                throw OpenApiFailures.of("group push to " + openConversationId, e);
            }
        });
    }

    UsersResult sendToUsers(List<String> userIds, Message message) throws SendFailure {
        if (userIds.size() > MAX_USERS_PER_CALL) {
            throw new IllegalArgumentException("batchSend takes at most " + MAX_USERS_PER_CALL + " userIds");
        }
        String mediaId = media(message);
        BatchSendOTORequest request = new BatchSendOTORequest()
                .setRobotCode(robotCode())
                .setUserIds(userIds)
                .setMsgKey(formats.msgKey(message))
                .setMsgParam(formats.msgParam(message, mediaId));
        BatchSendOTOResponseBody body = withToken(token -> {
            BatchSendOTOHeaders headers = new BatchSendOTOHeaders();
            headers.xAcsDingtalkAccessToken = token;
            try {
                return robot.batchSendOTOWithOptions(request, headers, DingTalkClients.runtime(properties)).getBody();
            }
            catch (Exception e) {
                throw OpenApiFailures.of("one-to-one push to " + userIds.size() + " users", e);
            }
        });
        List<String> flowControlled = body == null || body.getFlowControlledStaffIdList() == null ? List.of()
                : List.copyOf(body.getFlowControlledStaffIdList());
        List<String> invalid = body == null || body.getInvalidStaffIdList() == null ? List.of()
                : List.copyOf(body.getInvalidStaffIdList());
        return new UsersResult(flowControlled, invalid);
    }

    /** The media_id of a file's or an image's upload, null for a message of text. */
    private String media(Message message) throws SendFailure {
        if (message instanceof Message.File file) {
            return upload(file.fileName(), file.content(), "file");
        }
        if (message instanceof Message.Image image) {
            return upload(image.fileName(), image.content(), "image");
        }
        return null;
    }

    /** {@code POST {oapi}/media/upload?access_token=…&type=file|image}, multipart field {@code media}: the media_id. */
    String upload(String fileName, byte[] content, String type) throws SendFailure {
        if (content.length > MAX_FILE_BYTES) {
            throw SendFailure.permanent("file " + fileName + " has " + content.length
                    + " bytes, over DingTalk's 20 MB upload limit");
        }
        String boundary = "----dangjian" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, fileName, content);
        return withToken(token -> {
            URI uri = URI.create(stripSlash(properties.oapiUrl().toString()) + "/media/upload?access_token="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&type=" + type);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(properties.readTimeout())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = RobotWebhooks.exchange(http, request, "media upload");
            JsonNode answer = RobotWebhooks.errcodeAnswer(json, response, "media upload");
            String mediaId = answer.path("media_id").asString("");
            if (mediaId.isBlank()) {
                throw SendFailure.retryable("media upload: DingTalk answered without a media_id");
            }
            return mediaId;
        });
    }

    private <T> T withToken(Call<T> call) throws SendFailure {
        String token = tokens.get();
        try {
            return call.with(token);
        }
        catch (SendFailure failure) {
            if (!failure.tokenRejected()) {
                throw failure;
            }
            tokens.invalidate(token);
        }
        try {
            return call.with(tokens.get());
        }
        catch (SendFailure failure) {
            if (failure.tokenRejected()) {
                throw SendFailure.retryable(failure.getMessage() + " (with a freshly fetched token)");
            }
            throw failure;
        }
    }

    private String robotCode() throws SendFailure {
        if (properties.robotCode() == null || properties.robotCode().isBlank()) {
            throw SendFailure.retryable("bot.dingtalk.robot-code is not set");
        }
        return properties.robotCode();
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        // a quote or line break in the name would end the header early; DingTalk reads the name as UTF-8
        String name = fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        try {
            out.write(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"media\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
