package id.aduan.bot.conversation;

import java.time.Instant;
import java.util.List;

/** Something that reaches a conversation: what the citizen sent, or the result of an action the bot ran. */
public sealed interface Incoming {

    /** A text message (commands like /status are text too). */
    record Text(String text) implements Incoming {
    }

    /** An inline button pressed; {@code data} is the button's short callback data. */
    record ButtonPressed(String data) implements Incoming {
    }

    /** A location shared from the phone. */
    record LocationShared(double latitude, double longitude) implements Incoming {
    }

    /**
     * A file sent as evidence (photo, video, document, voice note), by the channel's file reference, with its kind
     * and its caption if any. {@code kept} is false when the channel could not keep a copy (too large, download
     * failed): the citizen was told so already, the report notes the file as missing, and the bot does not say it
     * was received.
     */
    record FileShared(String fileRef, FileKind kind, String caption, boolean kept) implements Incoming {

        public FileShared {
            kind = kind == null ? FileKind.DOCUMENT : kind;
        }

        public FileShared(String fileRef, FileKind kind, String caption) {
            this(fileRef, kind, caption, true);
        }

        /** The caption without surrounding blanks, or null when there is none (or only blanks). */
        public String captionText() {
            return caption == null || caption.isBlank() ? null : caption.strip();
        }

        /** The same file, of which no copy could be kept. */
        public FileShared notKept() {
            return new FileShared(fileRef, kind, caption, false);
        }

        /** A photo (the most common evidence). */
        public static FileShared photo(String fileRef, String caption) {
            return new FileShared(fileRef, FileKind.PHOTO, caption);
        }
    }

    /** Something the bot cannot read nor keep as evidence: a sticker, contact, poll, dice... */
    record Unsupported(String kind) implements Incoming {
    }

    /** The report was stored: its ticket number, the agency it goes to and when to expect an answer. */
    record Submitted(String ticket, String agencyName, String expectation) implements Incoming {
    }

    /** Storing the report failed; the draft is kept. */
    record SubmitFailed() implements Incoming {
    }

    /** The answer to a status question: the citizen's own report, or nothing. */
    record StatusLookedUp(String ticket, ReportView report) implements Incoming {
    }

    /** The citizen's own reports, newest first. */
    record ReportsListed(List<ReportView> reports) implements Incoming {
    }

    /**
     * Anything sent in a group chat the bot was added to. Reports are private, so the group is told once to chat
     * privately and ignored after that.
     */
    record GroupMessage() implements Incoming {
    }

    /** An officer's question waits for this citizen's answer (told by the bot before the citizen's next message). */
    record QuestionPending(String ticket, String question) implements Incoming {
    }

    /** The citizen's added information was attached to the report, or could not be (not theirs, closed). */
    record InformationAdded(String ticket, boolean added) implements Incoming {
    }

    /** The citizen's answer to an officer's question was attached to the report, or could not be. */
    record QuestionAnswered(String ticket, boolean delivered) implements Incoming {
    }

    /** The citizen's "sudah beres" with a rating was recorded, or could not be. */
    record ResolutionConfirmed(String ticket, boolean recorded) implements Incoming {
    }

    /** The completed report was reopened with the citizen's reason, or could not be (too late, not theirs). */
    record Reopened(String ticket, boolean reopened) implements Incoming {
    }

    /**
     * The request to delete the citizen's personal data was recorded for the admins, or could not be.
     *
     * @param waitingSince when an earlier request of this chat still waits for an admin, its time (nothing new was
     *                     recorded); otherwise null
     */
    record DeletionRequested(boolean recorded, Instant waitingSince) implements Incoming {

        public static DeletionRequested newlyRecorded() {
            return new DeletionRequested(true, null);
        }

        public static DeletionRequested failed() {
            return new DeletionRequested(false, null);
        }

        public static DeletionRequested alreadyWaiting(Instant since) {
            return new DeletionRequested(true, since);
        }
    }

    /** Open complaints by others like the report being written, most similar first (none: an empty list). */
    record SimilarFound(List<SimilarReport> reports) implements Incoming {
    }

    /** The answer to a request to follow a complaint. */
    record Followed(String ticket, FollowOutcome outcome) implements Incoming {
    }

    /** The chat stopped following the complaint, or did not follow it. */
    record Unfollowed(String ticket, boolean stopped) implements Incoming {
    }

    /** The citizen's own open report updated recently, or {@code null} for none. */
    record RecentReportFound(String ticket) implements Incoming {
    }

    /**
     * The citizen edited a message they sent earlier (its new text or caption). The bot does not redo the
     * conversation; it keeps the draft, notes the edit in the transcript and says how to correct.
     */
    record Edited(String text) implements Incoming {
    }

    /**
     * A message the citizen forwarded from elsewhere (its text or caption): read as content for the report, and
     * the bot says so.
     */
    record Forwarded(String text) implements Incoming {
    }
}
