package id.aduan.bot.conversation;

/**
 * What kind of file a citizen sent as evidence. Every kind is kept with the report for the officer; the kind only
 * changes how the bot talks about it (and a voice note cannot stand in for the typed story).
 */
public enum FileKind {
    /** A photo, also one sent "as file" to keep its quality. */
    PHOTO("foto"),
    /** A video, a round video note or a GIF. */
    VIDEO("video"),
    /** Any other file: a PDF, a spreadsheet, a receipt... */
    DOCUMENT("dokumen"),
    /** A voice note or an audio recording: kept for the officer, but the bot cannot listen to it. */
    VOICE("pesan suara");

    private final String tag;

    FileKind(String tag) {
        this.tag = tag;
    }

    /** How the transcript marks it: "[foto]", "[video]"... */
    public String tag() {
        return tag;
    }

    /** The suffix of the texts that name this kind ({@code attachment.photo}...). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
