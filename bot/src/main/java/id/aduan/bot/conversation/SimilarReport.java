package id.aduan.bot.conversation;

/**
 * An open complaint by someone else that looks like the same problem as the report being written, as a citizen may
 * see it: ticket, a short title, status and place. Never the reporter's identity; rahasia complaints are never
 * offered.
 */
public record SimilarReport(String ticket, String title, String statusName, String location) {
}
