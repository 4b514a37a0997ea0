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
}
