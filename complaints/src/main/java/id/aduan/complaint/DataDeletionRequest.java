package id.aduan.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A citizen's request to delete their personal data (UU PDP). It waits for an admin, who carries it out or refuses it
 * with a reason; either way the citizen is told through the {@code notification} (this request's outbox entry).
 * The request itself keeps the chat: it is the record that the request was made and answered. Collection
 * {@code deletion_requests}, owned by this module.
 *
 * @param state null in requests stored before decisions existed, read as {@link DeletionRequestState#MENUNGGU}
 * @param erasedComplaints the tickets whose personal data was erased when it was carried out
 */
@Document("deletion_requests")
public record DataDeletionRequest(@Id String id, ChatRef chat, Instant requestedAt, DeletionRequestState state,
                                  String decidedBy, Instant decidedAt, String reason, List<String> erasedComplaints,
                                  Notification notification) {

    public DataDeletionRequest {
        state = state == null ? DeletionRequestState.MENUNGGU : state;
        erasedComplaints = erasedComplaints == null ? List.of() : List.copyOf(erasedComplaints);
    }

    public static DataDeletionRequest of(ChatRef chat, Instant at) {
        return new DataDeletionRequest(null, chat, at, DeletionRequestState.MENUNGGU, null, null, null, null, null);
    }

    /** Carried out by {@code admin}: the citizen is told once. */
    public DataDeletionRequest carriedOut(String admin, Instant at, List<String> tickets) {
        return new DataDeletionRequest(id, chat, requestedAt, DeletionRequestState.DILAKSANAKAN, admin, at, null,
                tickets, Notification.about(UUID.randomUUID().toString(), at, null));
    }

    /** Refused by {@code admin} with a reason the citizen reads. */
    public DataDeletionRequest refused(String admin, Instant at, String why) {
        return new DataDeletionRequest(id, chat, requestedAt, DeletionRequestState.DITOLAK, admin, at, why,
                List.of(), Notification.about(UUID.randomUUID().toString(), at, why));
    }
}
