package id.aduan.bot.inbox;

/** Handles one stored update (a channel adapter implements it); throwing leaves the entry to be retried. */
public interface InboxHandler {

    void handle(InboxEntry entry) throws Exception;
}
