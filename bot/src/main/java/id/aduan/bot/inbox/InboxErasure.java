package id.aduan.bot.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Locale;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.complaint.ChatRef;
import id.aduan.complaint.PersonalDataStore;

/**
 * Deletes a chat's handled updates (raw Telegram payloads with the citizen's name and messages) when their data is
 * erased. Updates still waiting are left to be handled, so nothing the citizen sent is lost; the hourly purge of
 * the inbox removes them after {@code aduan.inbox.retention}.
 */
@Component
class InboxErasure implements PersonalDataStore {

    private final MongoOperations mongo;

    InboxErasure(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return Inbox.COLLECTION;
    }

    @Override
    public long erase(ChatRef chat) {
        String chatKey = chat.channel().name().toLowerCase(Locale.ROOT) + ":" + chat.chatId();
        return mongo.remove(query(where("chatKey").is(chatKey).and("handledAt").ne(null)), InboxEntry.class)
                .getDeletedCount();
    }
}
