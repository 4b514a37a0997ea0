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
}
