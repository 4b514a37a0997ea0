package id.aduan.complaint;

import java.time.Instant;

/**
 * A citizen who follows someone else's complaint ("ikut memantau") instead of reporting the same problem again:
 * they are told of every status change, but never see the reporter's identity or the officers' questions.
 */
public record Follower(ChatRef chat, Instant since) {

    public Follower {
        if (chat == null || since == null) {
            throw new IllegalArgumentException("a follower needs a chat and a time");
        }
    }
}
