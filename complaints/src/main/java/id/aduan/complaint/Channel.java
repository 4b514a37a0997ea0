package id.aduan.complaint;

/** Where a citizen chats with the bot. */
public enum Channel {
    /** Telegram private chat. */
    TELEGRAM,
    /** The local chat page served by the app when no Telegram token is configured. */
    LOCAL
}
