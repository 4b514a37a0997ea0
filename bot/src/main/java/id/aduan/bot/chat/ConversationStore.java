package id.aduan.bot.chat;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Conversation;
import id.aduan.complaint.ChatRef;

/**
 * Keeps each chat's conversation state in MongoDB (collection {@code conversations}), so a restart in the middle of
 * a report resumes exactly where the citizen was.
 */
@Component
public class ConversationStore {

    static final String COLLECTION = "conversations";

    private final MongoOperations mongo;

    public ConversationStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Conversation load(ChatRef chat) {
        Conversation stored = mongo.findById(id(chat), Conversation.class, COLLECTION);
        return stored != null ? stored : Conversation.start(id(chat));
    }

    public void save(Conversation conversation) {
        mongo.save(conversation, COLLECTION);
    }

    static String id(ChatRef chat) {
        return chat.channel().name().toLowerCase() + ":" + chat.chatId();
    }
}
