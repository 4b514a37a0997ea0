package id.aduan.complaint;

/**
 * A place outside the complaints that keeps a citizen's personal data by chat (the conversation state, the local
 * chat page's messages, the received updates). Each owner of such a collection implements it, so that a deletion
 * request reaches every one of them without the admin API knowing the bot.
 */
public interface PersonalDataStore {

    /** A short English name for logs and the audit entry, e.g. {@code conversations}. */
    String name();

    /** Deletes or anonymises what this store keeps about the chat; returns how many records it changed. Idempotent. */
    long erase(ChatRef chat);
}
