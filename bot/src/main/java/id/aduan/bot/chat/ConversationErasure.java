package id.aduan.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Conversation;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.PersonalDataStore;

/**
 * Deletes a chat's conversation state (draft, consent, pending steps) when the citizen's data is erased; the next
 * message starts a new conversation that asks for consent again.
 */
@Component
class ConversationErasure implements PersonalDataStore {

    private final MongoOperations mongo;

    ConversationErasure(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return ConversationStore.COLLECTION;
    }

    @Override
    public long erase(ChatRef chat) {
        return mongo.remove(query(where("_id").is(ConversationStore.id(chat))), Conversation.class,
                ConversationStore.COLLECTION).getDeletedCount();
    }
}
