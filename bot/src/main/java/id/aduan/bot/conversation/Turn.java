package id.aduan.bot.conversation;

import java.util.List;
import java.util.Optional;

/** The outcome of one event: the conversation's next state, the replies to send, and an action to run, if any. */
public record Turn(Conversation next, List<Reply> replies, Optional<Action> action) {

    public Turn {
        replies = List.copyOf(replies);
    }

    static Turn of(Conversation next, List<Reply> replies) {
        return new Turn(next, replies, Optional.empty());
    }

    static Turn of(Conversation next, Reply... replies) {
        return new Turn(next, List.of(replies), Optional.empty());
    }

    Turn withAction(Action action) {
        return new Turn(next, replies, Optional.of(action));
    }
}
