package id.aduan.bot.chat;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Conversation;

/**
 * The conversations of the chats active lately, kept in this process so that a turn reads none from the store
 * (ADR 0022). Only with the embedded store ({@code spring.mongodb.uri} not set): it lives in this process, so every
 * write to {@code conversations} passes through {@link ConversationStore} here, which keeps this copy in step (a
 * save puts the saved conversation, an erasure removes it, a failed save removes it so the next turn reads the
 * store). With a real MongoDB several instances may serve chats and erase data, so every turn reads the store.
 *
 * <p>Bounded: at most {@value #MAX_CHATS} chats, each kept {@value #IDLE_HOURS} hours after its last use. A chat
 * that dropped out is read from the store again. {@link Conversation} is immutable, so a cached copy cannot drift
 * from what was saved.
 */
@Component
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class ConversationCache {

    static final int MAX_CHATS = 10_000;
    static final int IDLE_HOURS = 2;

    private final Cache<String, Conversation> conversations = Caffeine.newBuilder()
            .maximumSize(MAX_CHATS)
            .expireAfterAccess(Duration.ofHours(IDLE_HOURS))
            .build();

    Conversation get(String id) {
        return conversations.getIfPresent(id);
    }

    void put(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    void remove(String id) {
        conversations.invalidate(id);
    }
}
