package cn.dangjian.bot.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Files the bot uploaded to media/upload, kept so the page can offer them for download. */
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

    synchronized Optional<Media> get(String mediaId) {
        return Optional.ofNullable(media.get(mediaId));
    }
}
