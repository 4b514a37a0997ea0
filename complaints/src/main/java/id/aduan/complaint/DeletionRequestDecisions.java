package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.aduan.complaint.store.StoreDurability;

/** Records an admin's decision on a deletion request, once: a request already decided is left as it is. */
@Component
public class DeletionRequestDecisions {

    private final MongoOperations mongo;
    private final Optional<StoreDurability> durability;

    public DeletionRequestDecisions(MongoOperations mongo, Optional<StoreDurability> durability) {
        this.mongo = mongo;
        this.durability = durability;
    }

    public Optional<DataDeletionRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DataDeletionRequest.class));
    }

    /**
     * Stores {@code decided} (from {@link DataDeletionRequest#carriedOut} or {@link DataDeletionRequest#refused})
     * if the request still waits; returns false when another admin decided it first.
     */
    public boolean record(DataDeletionRequest decided) {
        Criteria waiting = new Criteria().orOperator(where("state").is(DeletionRequestState.MENUNGGU.name()),
                where("state").exists(false));
        boolean stored = mongo.updateFirst(query(where("_id").is(decided.id())).addCriteria(waiting), new Update()
                        .set("state", decided.state().name()).set("decidedBy", decided.decidedBy())
                        .set("decidedAt", decided.decidedAt()).set("reason", decided.reason())
                        .set("erasedComplaints", decided.erasedComplaints())
                        .set("notification", decided.notification()), DataDeletionRequest.class)
                .getModifiedCount() == 1;
        if (stored) {
            durability.ifPresent(StoreDurability::flush);
        }
        return stored;
    }
}
