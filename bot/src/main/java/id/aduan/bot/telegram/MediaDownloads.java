package id.aduan.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.complaint.Attachment;

/**
 * Fetches a file a citizen sent as evidence (photo, video, document, voice note...) right after it is received
 * (Telegram's file links expire) and keeps it under the media directory, named by Telegram's file_unique_id
 * ({@link SentFile#storedKey()}), and notes what became of it ({@link MediaFile}) so the report can link it. Bots may
 * download at most 20 MB per file; the download goes through the configured base URL (the HTTP client rewrites
 * TelegramBots' hard-coded file host).
 */
class MediaDownloads {

    /** The Bot API's limit on files a bot may download. */
    static final long BOT_DOWNLOAD_LIMIT = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MediaDownloads.class);

    /** What became of a file. */
    enum Outcome { STORED, TOO_LARGE, FAILED }

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

    Outcome fetch(SentFile file) {
        Outcome outcome = download(file);
        try {
            mongo.save(switch (outcome) {
                case STORED -> new MediaFile(file.fileId(), file.storedKey(),
                        Files.size(directory.resolve(file.storedKey())), file.contentType(), clock.instant(), null);
                case TOO_LARGE -> new MediaFile(file.fileId(), null, file.size(), file.contentType(), clock.instant(),
                        Attachment.TOO_LARGE);
                case FAILED -> new MediaFile(file.fileId(), null, null, file.contentType(), clock.instant(),
                        Attachment.DOWNLOAD_FAILED);
            });
        } catch (IOException | RuntimeException e) {
            log.warn("File {} not recorded: {}", file.uniqueId(), e.toString());
        }
        return outcome;
    }

    private Outcome download(SentFile sent) {
        if (sent.tooLarge()) {
            return Outcome.TOO_LARGE;
        }
        Path target = directory.resolve(sent.storedKey());
        if (Files.exists(target)) {
            return Outcome.STORED;
        }
        try {
            File file = client.execute(new GetFile(sent.fileId()));
            if (file.getFileSize() != null && file.getFileSize() > BOT_DOWNLOAD_LIMIT) {
                return Outcome.TOO_LARGE;
            }
            Files.createDirectories(directory);
            Path partial = directory.resolve(sent.storedKey() + ".part");
            try (InputStream in = client.downloadFileAsStream(file)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.STORED;
        } catch (TelegramApiException | IOException | RuntimeException e) {
            log.warn("File {} not downloaded: {}", sent.uniqueId(), e.toString());
            return Outcome.FAILED;
        }
    }
}
