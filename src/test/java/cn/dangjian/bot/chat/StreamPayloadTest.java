package cn.dangjian.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.protocol.JsonMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/** A robot message over Stream becomes the same {@link InboundMessage} as the same message over HTTP. */
class StreamPayloadTest {

    private static final String GROUP_MESSAGE = """
            {"msgtype":"text","text":{"content":" 主题党日 已开展"},"msgId":"msgStream1","createAt":1763790000000,
             "conversationType":"2","conversationId":"cidDemoBranchGroup","conversationTitle":"机关第一党支部",
             "senderId":"$:LWCP_v1:$abc","senderNick":"王芳","senderCorpId":"dingCorp","senderStaffId":"member01",
             "chatbotUserId":"$:LWCP_v1:$bot","chatbotCorpId":"dingCorp","robotCode":"dingRobotFromDingTalk",
             "isAdmin":false,"isInAtList":true,"atUsers":[{"dingtalkId":"$:LWCP_v1:$bot"}],
             "sessionWebhook":"https://oapi.dingtalk.com/robot/sendBySession?session=s1",
             "sessionWebhookExpiredTime":1763795400000}
            """;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStreamDeliveryReadsAsTheWebhooksCallback() {
        InboundMessage overStream = StreamListener.toInbound(asTheSdkDeliversIt(GROUP_MESSAGE), json, "configured");
        InboundMessage overHttp = json.readValue(GROUP_MESSAGE, CallbackPayload.class).toInbound();

        assertThat(overStream).isEqualTo(overHttp);
        assertThat(overStream.text()).isEqualTo(" 主题党日 已开展");
        assertThat(overStream.senderStaffId()).isEqualTo("member01");
        assertThat(overStream.group()).isTrue();
        assertThat(overStream.robotCode()).isEqualTo("dingRobotFromDingTalk");
        assertThat(overStream.sessionWebhookExpiresAt()).isEqualTo(Instant.ofEpochMilli(1763795400000L));
    }

    @Test
    void withoutARobotCodeInThePayloadTheConfiguredOneIsUsed() {
        String withoutRobotCode = GROUP_MESSAGE.replace("\"robotCode\":\"dingRobotFromDingTalk\",", "");

        InboundMessage message = StreamListener.toInbound(asTheSdkDeliversIt(withoutRobotCode), json, "dingConfigured");

        assertThat(message.robotCode()).isEqualTo("dingConfigured");
        assertThat(message.msgId()).isEqualTo("msgStream1");
    }

    @Test
    void aOneToOneMessageIsRecognised() {
        String oneToOne = GROUP_MESSAGE.replace("\"conversationType\":\"2\"", "\"conversationType\":\"1\"")
                .replace("\"isAdmin\":false", "\"isAdmin\":true");

        InboundMessage message = StreamListener.toInbound(asTheSdkDeliversIt(oneToOne), json, "configured");

        assertThat(message.group()).isFalse();
        assertThat(message.senderStaffId()).isNotBlank();
    }

    @Test
    void aRichTextReadsItsTextPartsAndKeepsItsPicturesCodes() {
        // the shape of DingTalk's richText delivery, as the Stream SDKs' test data and MessageContent give it
        String richText = GROUP_MESSAGE.replace("\"msgtype\":\"text\",\"text\":{\"content\":\" 主题党日 已开展\"}",
                """
                "msgtype":"richText","content":{"richText":[
                 {"downloadCode":"mIofN681","pictureDownloadCode":"9hSK+hQy","type":"picture"},
                 {"text":"\\n"},{"text":"主题党日 已开展"}]}""");

        InboundMessage overStream = StreamListener.toInbound(asTheSdkDeliversIt(richText), json, "configured");

        assertThat(overStream).isEqualTo(json.readValue(richText, CallbackPayload.class).toInbound());
        assertThat(overStream.msgType()).isEqualTo("richText");
        assertThat(overStream.text()).isEqualTo("\n主题党日 已开展");
        assertThat(overStream.pictures()).containsExactly("mIofN681");
    }

    @Test
    void aVoiceMessageReadsDingTalksTranscript() {
        String audio = GROUP_MESSAGE.replace("\"msgtype\":\"text\",\"text\":{\"content\":\" 主题党日 已开展\"}",
                "\"msgtype\":\"audio\",\"content\":{\"duration\":\"3600\",\"downloadCode\":\"aud1\","
                        + "\"recognition\":\"主题党日已开展\"}");

        InboundMessage overStream = StreamListener.toInbound(asTheSdkDeliversIt(audio), json, "configured");

        assertThat(overStream).isEqualTo(json.readValue(audio, CallbackPayload.class).toInbound());
        assertThat(overStream.msgType()).isEqualTo("audio");
        assertThat(overStream.text()).isEqualTo("主题党日已开展");
        assertThat(overStream.pictures()).isEmpty();
    }

    @Test
    void somethingThatIsNotARobotMessageIsNotAnswered() {
        assertThat(StreamListener.toInbound(asTheSdkDeliversIt("{\"eventType\":\"chat_update\"}"), json, "r")).isNull();
    }

    /** What the SDK hands the listener: the data parsed by its own converter into the listener's declared type. */
    private static Map<String, Object> asTheSdkDeliversIt(String data) {
        Type declared = Arrays.stream(StreamListener.class.getGenericInterfaces())
                .filter(t -> t instanceof ParameterizedType p && p.getRawType() == OpenDingTalkCallbackListener.class)
                .map(t -> ((ParameterizedType) t).getActualTypeArguments()[0])
                .findFirst().orElseThrow();
        return new JsonMessageConverter().convert(data, declared);
    }
}
