package id.aduan.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Conversation;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.store.GroupCommit;

/**
 * Keeps each chat's conversation state in MongoDB (collection {@code conversations}), so a restart in the middle of
 * a report resumes exactly where the citizen was. Every save is written to the store before the citizen gets the
 * reply; saves of different chats that arrive while one is being written are written together in one bulk write. On the embedded store the conversations of recently active chats are also kept in this process
 * ({@link ConversationCache}), so a turn does not read the store; everything that writes or deletes a conversation
 * goes through this class, which keeps that copy in step.
 */
@Component
public class ConversationStore {

    static final String COLLECTION = "conversations";

    private final MongoOperations mongo;
    /** Null with a real MongoDB: there every turn reads the store. */
    private final ConversationCache cache;
    /** Saves of different chats that arrive while one is written are written together, in one bulk write. */
    private final GroupCommit<Conversation> saves;

    @Autowired
    public ConversationStore(MongoOperations mongo, ObjectProvider<ConversationCache> cache) {
        this(mongo, cache.getIfAvailable());
    }

    ConversationStore(MongoOperations mongo, ConversationCache cache) {
        this.mongo = mongo;
        this.cache = cache;
        this.saves = new GroupCommit<>(this::write);
    }

    public Conversation load(ChatRef chat) {
        String id = id(chat);
        Conversation cached = cache == null ? null : cache.get(id);
        if (cached != null) {
            return cached;
        }
        Conversation stored = mongo.findById(id, Conversation.class, COLLECTION);
        return stored != null ? stored : Conversation.start(id);
    }

    /** Writes the conversation to the store; returns once it is written (a failure is thrown). */
    public void save(Conversation conversation) {
        try {
            saves.write(conversation);
        } catch (RuntimeException e) {
            if (cache != null) {
                cache.remove(conversation.id()); // what the store holds now is unknown: read it next time
            }
            throw e;
        }
        if (cache != null) {
            cache.put(conversation);
        }
    }

    /** One chat's conversation per item: one turn of a chat is saved before its next turn starts. */
    private void write(List<Conversation> batch) {
        if (batch.size() == 1) {
            mongo.save(batch.getFirst(), COLLECTION);
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Conversation.class, COLLECTION);
        for (Conversation conversation : batch) {
            bulk.replaceOne(query(where("_id").is(conversation.id())), conversation,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    /** Deletes the chat's conversation (draft, consent, pending steps); returns how many documents were deleted. */
    long erase(ChatRef chat) {
        String id = id(chat);
        try {
            return mongo.remove(query(where("_id").is(id)), Conversation.class, COLLECTION).getDeletedCount();
        } finally {
            if (cache != null) {
                cache.remove(id);
            }
        }
    }

    static String id(ChatRef chat) {
        return chat.channel().name().toLowerCase() + ":" + chat.chatId();
    }
}
