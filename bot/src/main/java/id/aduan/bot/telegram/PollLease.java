package id.aduan.bot.telegram;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The lease that elects the one instance which long-polls Telegram and works the inbox (collection
 * {@code telegram_poll_lease}, one document). Taking and renewing it is one conditional single-document
 * findAndModify: it matches only when the lease is free, expired, or already ours, so two instances can never both
 * hold it; when it is live and someone else's, the upsert collides with the document's id and fails. No
 * transactions are needed (mongo-java-server has none). Instances compare expiry times with their own clocks, so
 * their clocks must agree to well within the lease's ttl (NTP does).
 */
class PollLease {

    static final String COLLECTION = "telegram_poll_lease";
    static final String NAME = "telegram";

    /** The lease document: who holds it and until when. */
    @Document(COLLECTION)
    record Holder(@Id String id, String holder, Instant expiresAt, Instant renewedAt) {
    }

    private final MongoOperations mongo;

    PollLease(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Takes the lease, or renews it when {@code holder} has it; false when another holder's lease is live. */
    boolean acquire(String holder, Instant now, Duration ttl) {
        Criteria takeable = new Criteria().orOperator(where("holder").is(holder), where("expiresAt").lte(now));
        Update take = new Update().set("holder", holder).set("expiresAt", now.plus(ttl)).set("renewedAt", now);
        try {
            Holder after = mongo.findAndModify(query(where("_id").is(NAME).andOperator(takeable)), take,
                    options().returnNew(true).upsert(true), Holder.class);
            return after != null && holder.equals(after.holder());
        } catch (DuplicateKeyException liveAndSomeoneElses) {
            return false;
        }
    }

    /** Gives the lease up (on shutdown), so a standby instance takes over at once; only its holder can. */
    void release(String holder) {
        mongo.remove(query(where("_id").is(NAME).and("holder").is(holder)), Holder.class);
    }

    /** Who holds the lease now, if anyone. */
    Optional<Holder> current(Instant now) {
        return Optional.ofNullable(mongo.findById(NAME, Holder.class)).filter(h -> h.expiresAt().isAfter(now));
    }
}
