package id.aduan.complaint;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A citizen's request to delete their personal data (UU PDP), recorded for the admins, who carry it out; nothing
 * is deleted automatically. Collection {@code deletion_requests}, owned by this module.
 */
@Document("deletion_requests")
public record DataDeletionRequest(@Id String id, ChatRef chat, Instant requestedAt) {

    public static DataDeletionRequest of(ChatRef chat, Instant at) {
        return new DataDeletionRequest(null, chat, at);
    }
}
