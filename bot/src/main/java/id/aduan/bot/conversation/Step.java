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
    CONFIRM_CANCEL
}
