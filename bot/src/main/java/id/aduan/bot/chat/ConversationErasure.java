package id.aduan.bot.chat;

import org.springframework.stereotype.Component;

import id.aduan.complaint.ChatRef;
import id.aduan.complaint.PersonalDataStore;

/**
 * Deletes a chat's conversation state (draft, consent, pending steps) when the citizen's data is erased; the next
 * message starts a new conversation that asks for consent again.
 */
@Component
class ConversationErasure implements PersonalDataStore {

    private final ConversationStore store;

    ConversationErasure(ConversationStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return ConversationStore.COLLECTION;
    }

    @Override
    public long erase(ChatRef chat) {
        return store.erase(chat);
    }
}
