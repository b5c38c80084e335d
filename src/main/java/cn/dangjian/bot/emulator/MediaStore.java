package cn.dangjian.bot.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Files in the emulated DingTalk: those the bot uploaded to media/upload (offered on the page for download), and those
 * a person attached on the page (which the bot fetches through messageFiles/download, by their downloadCode).
 */
@Component
@Profile("local")
class MediaStore {

    record Media(String mediaId, String fileName, byte[] content) {
    }

    /** Drafts are tens of kilobytes; a few dozen of them is a long session. */
    private static final int KEPT = 50;

    private final Map<String, Media> media = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Media> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Media put(String fileName, byte[] content) {
        // DingTalk's media ids begin with @lA…; the bot must treat them as opaque
        String id = "@lAemu" + UUID.randomUUID().toString().replace("-", "");
        Media stored = new Media(id, fileName, content);
        media.put(id, stored);
        return stored;
    }

    /** A file a person attached to a message: kept under the downloadCode the message carries. */
    synchronized Media sent(String downloadCode, String fileName, byte[] content) {
        Media stored = new Media(downloadCode, fileName, content);
        media.put(downloadCode, stored);
        return stored;
    }

    synchronized Optional<Media> get(String mediaId) {
        return Optional.ofNullable(media.get(mediaId));
    }
}
