package id.aduan.bot.conversation;

/** What a citizen may see of one of their own reports. */
public record ReportView(String ticket, String title, String statusName, String lastUpdate, String lastNote) {
}
