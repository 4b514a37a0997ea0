package id.aduan.bot.telegram;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoOperations;

import id.aduan.bot.chat.AttachmentLookup;
import id.aduan.complaint.Attachment;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ChatRef;

/** Links a report's Telegram file ids to the copies {@link MediaDownloads} kept, or says why one is missing. */
class TelegramAttachments implements AttachmentLookup {

    private final MongoOperations mongo;

    TelegramAttachments(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Attachment> attachments(ChatRef chat, List<String> fileRefs) {
        if (fileRefs.isEmpty()) {
            return List.of();
        }
        Map<String, MediaFile> known = chat.channel() != Channel.TELEGRAM ? Map.of()
                : mongo.find(query(where("_id").in(fileRefs)), MediaFile.class).stream()
                        .collect(Collectors.toMap(MediaFile::fileId, Function.identity(), (a, b) -> a));
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < fileRefs.size(); i++) {
            String id = Integer.toString(i + 1);
            MediaFile file = known.get(fileRefs.get(i));
            attachments.add(file == null
                    ? new Attachment(id, fileRefs.get(i), null, null, null, null, Attachment.NOT_DOWNLOADED)
                    : new Attachment(id, file.fileId(), file.storedKey(), file.size(), file.contentType(),
                            file.receivedAt(), file.problem()));
        }
        return attachments;
    }
}
