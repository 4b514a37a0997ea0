package id.aduan.bot.similar;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.Follower;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * What the offer to follow needs of one open, non-rahasia complaint, kept in memory next to its Lucene document so
 * a lookup reads nothing from the store: who may not be offered it (its reporter's and followers' chats), whether it
 * is recent and at the same place, and what the citizen is shown. {@code version} orders copies of the same
 * complaint (a newer save is never replaced by an older copy read from the store).
 */
record OpenComplaint(String ticket, Long version, String description, String category, String location,
                     Double latitude, Double longitude, ChatRef reporter, Set<ChatRef> followers, Instant createdAt,
                     String statusName) {

    static OpenComplaint of(Complaint c) {
        return new OpenComplaint(c.ticket().toString(), c.version(), c.description(),
                c.category().map(CategoryCode::value).orElse(null), c.location(), c.latitude(), c.longitude(),
                c.reporter().chat(), c.followers().stream().map(Follower::chat).collect(Collectors.toUnmodifiableSet()),
                c.createdAt(), c.status().displayName());
    }

    /** Whether the chat wrote or follows this complaint, so it is not offered to follow it. */
    boolean concerns(ChatRef chat) {
        return reporter.equals(chat) || followers.contains(chat);
    }

    /** Whether {@code newer} is a copy of this complaint at least as recent (unknown versions count as recent). */
    boolean notNewerThan(OpenComplaint newer) {
        return version == null || newer.version == null || newer.version >= version;
    }

    /** Whether the Lucene document of this complaint would differ from that of {@code other}. */
    boolean indexedAlike(OpenComplaint other) {
        return Objects.equals(description, other.description) && Objects.equals(category, other.category)
                && Objects.equals(location, other.location) && Objects.equals(createdAt, other.createdAt);
    }
}
