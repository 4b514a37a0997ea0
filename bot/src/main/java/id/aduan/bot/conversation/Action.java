package id.aduan.bot.conversation;

/** Work the conversation asks the bot to do outside it; the result comes back as an {@link Incoming}. */
public sealed interface Action {

    /** Store the confirmed draft as a complaint. */
    record SubmitReport(Draft draft) implements Action {
    }

    /** Look up one of the citizen's reports by ticket number. */
    record LookUpStatus(String ticket) implements Action {
    }

    /** List the citizen's own reports. */
    record ListReports() implements Action {
    }

    /** Attach information (text, or a photo as "[foto] ref") to one of the citizen's open reports. */
    record AddInformation(String ticket, String text) implements Action {
    }

    /** Attach the citizen's answer to the officer's open question; the report resumes. */
    record AnswerQuestion(String ticket, String answer) implements Action {
    }

    /** Record that the problem is solved, with the citizen's rating from 1 to 5. */
    record ConfirmResolved(String ticket, int rating) implements Action {
    }

    /** Reopen a completed report with the citizen's reason. */
    record Reopen(String ticket, String reason) implements Action {
    }

    /** Record the citizen's request to delete their personal data (UU PDP) for the admins. */
    record RequestDataDeletion() implements Action {
    }
}
