package cn.dangjian.bot.chat;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;

/**
 * Rich text and voice messages through the webhook: their words are understood, pictures never make them fail (here
 * DingTalk's file download is out of reach: the evidence tests fetch them).
 */
class NonTextMessagesTest extends ChatTest {

    private static final Map<String, Object> PICTURE = Map.of("type", "picture",
            "downloadCode", "mIofN681YE3f", "pictureDownloadCode", "9hSK+hQyEBYg");

    @Test
    void theTextPartsOfARichTextAreReadAndAPictureThatCouldNotBeFetchedIsSaidNotKept() {
        String reply = send("richText", Map.of("richText", List.of(
                Map.of("text", "昨天召开支委会，"), PICTURE, Map.of("text", "\n"), Map.of("text", "7人参加"))));

        assertThat(reply).startsWith("已记录：3月19日 支部委员会会议 1次，参加7人。#")
                .endsWith("\n图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(store.year("demo", 2026)).singleElement()
                .satisfies(r -> assertThat(r.participants()).isEqualTo(7));
    }

    @Test
    void aRichTextOfOnlyAPictureThatCouldNotBeFetchedIsAnsweredAndStoresNothing() {
        assertThat(send("richText", Map.of("richText", List.of(PICTURE, Map.of("text", "\n")))))
                .isEqualTo("图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(send("picture", Map.of("downloadCode", "dc1", "pictureDownloadCode", "pdc1")))
                .isEqualTo("图片未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aVoiceMessageIsUnderstoodFromDingTalksTranscriptAndSaysWhatItHeard() {
        String reply = send("audio", Map.of("recognition", "今天开了主题党日活动二十人参加", "duration", 4200,
                "downloadCode", "audioCode"));

        assertThat(reply).startsWith("语音识别为：“今天开了主题党日活动二十人参加”\n已记录：");
        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo("theme_party_day");
            assertThat(r.participants()).isEqualTo(20);
        });
    }

    @Test
    void aVoiceMessageNobodyCouldTranscribeAsksToSayItAgain() {
        assertThat(send("audio", Map.of("recognition", "", "downloadCode", "audioCode")))
                .isEqualTo(NonTextReplies.SILENT_AUDIO);
        assertThat(send("audio", Map.of("downloadCode", "audioCode"))).isEqualTo(NonTextReplies.SILENT_AUDIO);
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void filesAndUnknownKindsAreAnsweredAndStoreNothing() {
        assertThat(send("file", Map.of("downloadCode", "f", "fileName", "会议记录.docx")))
                .isEqualTo("文件“会议记录.docx”未保存：暂时无法从钉钉下载，请稍后重新发送。");
        assertThat(send("video", Map.of("downloadCode", "v", "duration", "12"))).startsWith("已收到视频。");
        assertThat(send("chatRecord", Map.of())).isEqualTo(NonTextReplies.OTHER);
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    @Test
    void aContentOfAnUnexpectedShapeIsAnsweredNotRefused() {
        assertThat(send("richText", Map.of("richText", "昨天召开支委会"))).isEqualTo(NonTextReplies.OTHER);
        assertThat(send("richText", Map.of("richText", List.of(3, Map.of("text", 5), Map.of("type", "picture")))))
                .isEqualTo("图片未保存：钉钉的下载凭证已失效，请重新发送该图片。");
        Map<String, Object> payload = dingtalk.payload(MEMBER, "audio", null, DingTalkCallbacks.newMsgId());
        payload.put("content", "not an object");
        HttpResponse<String> response = dingtalk.post(payload);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DingTalkCallbacks.replyText(response.body())).isEqualTo(NonTextReplies.SILENT_AUDIO);
        assertThat(store.year("demo", 2026)).isEmpty();
    }

    private String send(String msgtype, Map<String, Object> content) {
        Map<String, Object> payload = dingtalk.payload(MEMBER, msgtype, null, DingTalkCallbacks.newMsgId());
        payload.put("content", content);
        HttpResponse<String> response = dingtalk.post(payload);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DingTalkCallbacks.replyText(response.body());
    }
}
