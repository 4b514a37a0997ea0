package id.aduan.bot.conversation;

import java.util.List;

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

    /**
     * Attach information to one of the citizen's open reports: the text (a file is noted as "[foto] ref") and the
     * channel's references of the files sent with it, which become the report's attachments.
     */
    record AddInformation(String ticket, String text, List<String> fileRefs) implements Action {

        public AddInformation {
            fileRefs = fileRefs == null ? List.of() : List.copyOf(fileRefs);
        }

        public AddInformation(String ticket, String text) {
            this(ticket, text, List.of());
        }
    }

    /** Attach the citizen's answer (and any file sent as the answer) to the officer's open question; it resumes. */
    record AnswerQuestion(String ticket, String answer, List<String> fileRefs) implements Action {

        public AnswerQuestion {
            fileRefs = fileRefs == null ? List.of() : List.copyOf(fileRefs);
        }

        public AnswerQuestion(String ticket, String answer) {
            this(ticket, answer, List.of());
        }
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

    /**
     * Look for open complaints by others that are likely the same problem (text, category and place when known),
     * before the summary; the answer comes back as {@link Incoming.SimilarFound}.
     */
    record FindSimilar(String text, id.aduan.models.taxonomy.CategoryCode category, String location,
                       Double latitude, Double longitude) implements Action {
    }

    /** Follow someone else's open complaint ("ikut memantau"): the chat hears of its status changes. */
    record Follow(String ticket) implements Action {
    }

    /** Stop following a complaint. */
    record Unfollow(String ticket) implements Action {
    }

    /**
     * Find the citizen's own open report updated most recently within the add-or-new window; the answer comes
     * back as {@link Incoming.RecentReportFound}.
     */
    record FindRecentReport() implements Action {
    }
}
