package id.aduan.bot.telegram;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What became of one file a citizen sent on Telegram (collection {@code telegram_media}), keyed by Telegram's
 * file_id: the key of the stored copy under the media directory with its size and content type, or the problem
 * (too large, download failed). A submitted report links its attachments from these.
 */
@Document(MediaFile.COLLECTION)
record MediaFile(@Id String fileId, String storedKey, Long size, String contentType, Instant receivedAt,
                 String problem) {

    static final String COLLECTION = "telegram_media";
}
