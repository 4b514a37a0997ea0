package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Removes a chat from the complaints it follows ("ikut memantau") when the citizen's data is erased, with every
 * outbox entry addressed to it; the complaints themselves belong to other citizens and stay as they are.
 */
@Component
class FollowerErasure implements PersonalDataStore {

    private final MongoOperations mongo;
    private final Clock clock;

    FollowerErasure(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "complaint_followers"; // a key of the request's erased counts: no dots
    }

    @Override
    public long erase(ChatRef chat) {
        long changed = 0;
        var followed = query(where("followers").elemMatch(where("chat.channel").is(chat.channel().name())
                .and("chat.chatId").is(chat.chatId())));
        for (Complaint complaint : mongo.find(followed, Complaint.class)) {
            if (complaint.forgetFollower(chat, clock.instant())) {
                mongo.save(complaint);
                changed++;
            }
        }
        return changed;
    }
}
