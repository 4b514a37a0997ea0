package id.aduan.bot.conversation;

/** What came of asking to follow a complaint ("ikut memantau"). */
public enum FollowOutcome {
    /** The chat now follows the complaint. */
    FOLLOWING,
    /** The chat followed it already. */
    ALREADY_FOLLOWING,
    /** It is the chat's own report: its reporter is told of every change anyway. */
    OWN_REPORT,
    /** The complaint is closed (or unknown, or rahasia): it cannot be followed. */
    NOT_OPEN
}
