package id.aduan.bot.conversation;

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

    /** A photo, by the channel's file reference, with its caption if any. */
    record PhotoShared(String fileRef, String caption) implements Incoming {
    }

    /** Something the bot cannot read: a sticker, voice note, video, contact, poll, dice... */
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

    /** The request to delete the citizen's personal data was recorded for the admins, or could not be. */
    record DeletionRequested(boolean recorded) implements Incoming {
    }
}
