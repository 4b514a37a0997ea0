package id.aduan.bot.chat;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.complaint.ChatRef;

/**
 * Records a citizen's request to delete their personal data (UU PDP) for the admins, in the collection
 * {@code deletion_requests}; an admin carries it out, nothing is deleted automatically.
 */
@Component
public class DeletionRequests {

    static final String COLLECTION = "deletion_requests";

    /** One request: which chat asked and when; {@code state} starts as "diterima". */
    public record DeletionRequest(String id, ChatRef chat, Instant requestedAt, String state) {
    }

    private final MongoOperations mongo;

    public DeletionRequests(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void record(ChatRef chat, Instant at) {
        mongo.insert(new DeletionRequest(null, chat, at, "diterima"), COLLECTION);
    }
}
