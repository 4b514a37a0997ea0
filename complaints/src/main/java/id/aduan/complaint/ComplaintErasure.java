package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.complaint.store.StoreDurability;
import id.aduan.models.status.ComplaintStatus;

/**
 * Erases citizens' personal data from complaints (UU PDP), one complaint document at a time: all complaints of one
 * chat (a deletion request), or complaints closed before a cutoff (the retention period). See
 * {@link Complaint#erasePersonalData}.
 */
@Component
public class ComplaintErasure {

    /** The text that replaces what the citizen wrote when they asked for their data to be deleted. */
    public static final String ON_REQUEST = "[dihapus atas permintaan warga]";
    /** The text that replaces what the citizen wrote when the retention period ran out. */
    public static final String RETENTION_ENDED = "[dihapus karena masa simpan berakhir]";

    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final Optional<StoreDurability> durability;

    public ComplaintErasure(MongoOperations mongo, Optional<StoreDurability> durability) {
        this.mongo = mongo;
        this.durability = durability;
    }

    /** Erases the personal data of every complaint of the chat; returns the erased complaints. */
    public List<Complaint> eraseChat(ChatRef chat, Instant at) {
        List<Complaint> of = mongo.find(query(where("reporter.chat.channel").is(chat.channel().name())
                .and("reporter.chat.chatId").is(chat.chatId())), Complaint.class);
        return erase(of, ON_REQUEST, at);
    }

    /**
     * Erases the personal data of up to {@code limit} complaints closed (selesai or diarsipkan) and unchanged since
     * before {@code closedBefore}; returns the erased complaints.
     */
    public List<Complaint> eraseClosedBefore(Instant closedBefore, Instant at, int limit) {
        List<Complaint> due = mongo.find(query(where("status").in(ComplaintStatus.SELESAI.code(),
                        ComplaintStatus.DIARSIPKAN.code()).and("updatedAt").lt(closedBefore)
                .and("personalDataErasedAt").exists(false)).with(Sort.by("updatedAt")).limit(limit), Complaint.class);
        return erase(due, RETENTION_ENDED, at);
    }

    private List<Complaint> erase(List<Complaint> complaints, String marker, Instant at) {
        List<Complaint> erased = new ArrayList<>();
        for (Complaint complaint : complaints) {
            Complaint current = complaint;
            for (int attempt = 1; ; attempt++) {
                if (!current.erasePersonalData(marker, at)) {
                    break; // erased before
                }
                try {
                    erased.add(mongo.save(current));
                    break;
                } catch (OptimisticLockingFailureException e) {
                    // An officer or the notifier changed it meanwhile: erase the fresh copy.
                    current = mongo.findById(complaint.id(), Complaint.class);
                    if (current == null || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
        if (!erased.isEmpty()) {
            durability.ifPresent(StoreDurability::flush);
        }
        return erased;
    }
}
