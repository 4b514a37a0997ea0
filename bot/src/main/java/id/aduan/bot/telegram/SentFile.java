package id.aduan.bot.telegram;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.telegram.telegrambots.meta.api.objects.message.Message;

import id.aduan.bot.conversation.FileKind;

/**
 * The file a citizen's message carries as evidence (the largest size of a photo; a video, video note, GIF,
 * document, voice note or audio), with what the bot needs to keep it: its size as Telegram announced it, its content
 * type (Telegram's mime_type; photos are JPEG) and the extension of the stored copy. The stored copy is named by
 * Telegram's file_unique_id and an extension derived from the content type (or a plain one from the file's name):
 * the citizen's file name never becomes part of a path.
 */
record SentFile(String fileId, String uniqueId, Long size, String contentType, String extension, FileKind kind) {

    static final String JPEG = "image/jpeg";
    private static final String BINARY = "application/octet-stream";
    /** type/subtype as RFC 6838 allows, without parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern PLAIN_EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry(JPEG, "jpg"), Map.entry("image/png", "png"), Map.entry("image/webp", "webp"),
            Map.entry("image/gif", "gif"), Map.entry("image/heic", "heic"), Map.entry("video/mp4", "mp4"),
            Map.entry("video/quicktime", "mov"), Map.entry("video/webm", "webm"), Map.entry("video/3gpp", "3gp"),
            Map.entry("audio/ogg", "ogg"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp4", "m4a"),
            Map.entry("audio/x-m4a", "m4a"), Map.entry("audio/aac", "aac"), Map.entry("audio/wav", "wav"),
            Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"));

    /** The evidence file in a message, if it carries one (stickers, contacts, polls... carry none). */
    static Optional<SentFile> of(Message m) {
        if (m == null) {
            return Optional.empty();
        }
        if (m.hasPhoto()) {
            return m.getPhoto().stream()
                    .max(Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize()))
                    .map(p -> new SentFile(p.getFileId(), p.getFileUniqueId(), longOf(p.getFileSize()), JPEG, "jpg",
                            FileKind.PHOTO));
        }
        if (m.hasVideo()) {
            var v = m.getVideo();
            return Optional.of(of(v.getFileId(), v.getFileUniqueId(), v.getFileSize(), v.getMimeType(), "video/mp4",
                    v.getFileName(), FileKind.VIDEO));
        }
        if (m.hasVideoNote()) {
            var v = m.getVideoNote();
            return Optional.of(of(v.getFileId(), v.getFileUniqueId(), longOf(v.getFileSize()), null, "video/mp4",
                    null, FileKind.VIDEO));
        }
        if (m.hasAnimation()) { // before the document: Telegram sends a GIF as both
            var a = m.getAnimation();
            return Optional.of(of(a.getFileId(), a.getFileUniqueId(), a.getFileSize(), a.getMimeType(), "video/mp4",
                    a.getFileName(), FileKind.VIDEO));
        }
        if (m.hasVoice()) {
            var v = m.getVoice();
            return Optional.of(of(v.getFileId(), v.getFileUniqueId(), v.getFileSize(), v.getMimeType(), "audio/ogg",
                    null, FileKind.VOICE));
        }
        if (m.hasAudio()) {
            var a = m.getAudio();
            return Optional.of(of(a.getFileId(), a.getFileUniqueId(), a.getFileSize(), a.getMimeType(), "audio/mpeg",
                    a.getFileName(), FileKind.VOICE));
        }
        if (m.hasDocument()) {
            var d = m.getDocument();
            String type = contentType(d.getMimeType(), BINARY);
            // A photo or video "sent as file" (to keep its quality) is still a photo or video to the citizen.
            FileKind kind = type.startsWith("image/") ? FileKind.PHOTO : type.startsWith("video/") ? FileKind.VIDEO
                    : type.startsWith("audio/") ? FileKind.VOICE : FileKind.DOCUMENT;
            return Optional.of(of(d.getFileId(), d.getFileUniqueId(), d.getFileSize(), type, BINARY, d.getFileName(),
                    kind));
        }
        return Optional.empty();
    }

    /** The name of the stored copy under the media directory: the unique id (made file-name safe) and extension. */
    String storedKey() {
        return (uniqueId == null ? fileId : uniqueId).replaceAll("[^A-Za-z0-9_-]", "_") + "." + extension;
    }

    /** Over the 20 MB a bot may download, as far as Telegram said in the message. */
    boolean tooLarge() {
        return size != null && size > MediaDownloads.BOT_DOWNLOAD_LIMIT;
    }

    private static SentFile of(String fileId, String uniqueId, Long size, String mimeType, String fallbackType,
                               String fileName, FileKind kind) {
        String type = contentType(mimeType, fallbackType);
        return new SentFile(fileId, uniqueId, size, type, extension(type, fileName), kind);
    }

    private static String contentType(String mimeType, String fallback) {
        if (mimeType == null) {
            return fallback;
        }
        String type = mimeType.strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : fallback;
    }

    /** From the content type when it is a known one, else the file name's if it is plain letters and digits. */
    static String extension(String contentType, String fileName) {
        String known = EXTENSIONS.get(contentType);
        if (known != null) {
            return known;
        }
        if (fileName != null) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (PLAIN_EXTENSION.matcher(ext).matches()) {
                return ext;
            }
        }
        return "bin";
    }

    private static Long longOf(Integer value) {
        return value == null ? null : value.longValue();
    }
}
