package id.aduan.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a citizen's photo right after it is received (Telegram's file links expire) and keeps it under the media
 * directory, named by Telegram's file_unique_id, and notes what became of it ({@link MediaFile}) so the report can
 * link it. Bots may download at most 20 MB per file; the download goes through the configured base URL (the HTTP
 * client rewrites TelegramBots' hard-coded file host).
 */
class MediaDownloads {

    private static final String JPEG = "image/jpeg";
    /** The Bot API's limit on files a bot may download. */
    static final long BOT_DOWNLOAD_LIMIT = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MediaDownloads.class);

    /** What became of a photo. */
    enum Outcome { STORED, TOO_LARGE, FAILED, NONE }

    private final TelegramClient client;
    private final Path directory;
    private final MongoOperations mongo;
    private final Clock clock;

    MediaDownloads(TelegramClient client, Path directory, MongoOperations mongo, Clock clock) {
        this.client = client;
        this.directory = directory;
        this.mongo = mongo;
        this.clock = clock;
    }

    Outcome fetch(Message message) {
        if (message == null || !message.hasPhoto()) {
            return Outcome.NONE;
        }
        Optional<PhotoSize> largest = message.getPhoto().stream()
                .max(Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize()));
        if (largest.isEmpty()) {
            return Outcome.NONE;
        }
        PhotoSize photo = largest.get();
        Outcome outcome = download(photo);
        try {
            Path target = directory.resolve(key(photo));
            mongo.save(switch (outcome) {
                case STORED -> new MediaFile(photo.getFileId(), key(photo), Files.size(target), JPEG,
                        clock.instant(), null);
                case TOO_LARGE -> new MediaFile(photo.getFileId(), null, photo.getFileSize() == null ? null
                        : photo.getFileSize().longValue(), JPEG, clock.instant(),
                        id.aduan.complaint.Attachment.TOO_LARGE);
                default -> new MediaFile(photo.getFileId(), null, null, JPEG, clock.instant(),
                        id.aduan.complaint.Attachment.DOWNLOAD_FAILED);
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Photo {} not recorded: {}", photo.getFileUniqueId(), e.toString());
        }
        return outcome;
    }

    /** Photos are JPEG on Telegram; the stored copy is named by the photo's unique id. */
    private static String key(PhotoSize photo) {
        return photo.getFileUniqueId() + ".jpg";
    }

    private Outcome download(PhotoSize photo) {
        if (photo.getFileSize() != null && photo.getFileSize() > BOT_DOWNLOAD_LIMIT) {
            return Outcome.TOO_LARGE;
        }
        Path target = directory.resolve(key(photo));
        if (Files.exists(target)) {
            return Outcome.STORED;
        }
        try {
            File file = client.execute(new GetFile(photo.getFileId()));
            if (file.getFileSize() != null && file.getFileSize() > BOT_DOWNLOAD_LIMIT) {
                return Outcome.TOO_LARGE;
            }
            Files.createDirectories(directory);
            Path partial = directory.resolve(photo.getFileUniqueId() + ".part");
            try (InputStream in = client.downloadFileAsStream(file)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.STORED;
        } catch (TelegramApiException | IOException | RuntimeException e) {
            log.warn("Photo {} not downloaded: {}", photo.getFileUniqueId(), e.toString());
            return Outcome.FAILED;
        }
    }
}
