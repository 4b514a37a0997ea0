package id.aduan.bot.conversation;

/** What a citizen may see of one of their own reports, or of a report they follow ({@code followed}). */
public record ReportView(String ticket, String title, String statusName, String lastUpdate, String lastNote,
                         boolean followed) {

    /** One of the citizen's own reports. */
    public ReportView(String ticket, String title, String statusName, String lastUpdate, String lastNote) {
        this(ticket, title, statusName, lastUpdate, lastNote, false);
    }
}
