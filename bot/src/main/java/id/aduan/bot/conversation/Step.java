package id.aduan.bot.conversation;

/** Where a conversation stands: which question the bot asked last. */
public enum Step {
    IDLE,
    AWAIT_CONSENT,
    ASK_DESCRIPTION,
    ASK_MORE_DETAIL,
    ASK_LOCATION,
    ASK_TIME,
    ASK_PHOTO,
    ASK_PRIVACY,
    CONFIRM,
    CHOOSE_EDIT,
    CONFIRM_CANCEL,
    /** After a report: the next message is added to the report named in the conversation's ticket. */
    ADD_INFO,
    /** The next message answers an officer's question about the ticket's report. */
    ANSWER_QUESTION,
    /** The citizen said the completed report is not solved: the next message is the reason. */
    REOPEN_REASON,
    /** A similar open complaint was found before the summary: follow it, or send the new report anyway. */
    OFFER_FOLLOW,
    /**
     * Text while the citizen's own report is recent and open: add it to that report (the conversation's ticket),
     * or start a new one with it (the draft holds the text).
     */
    ADD_OR_NEW
}
