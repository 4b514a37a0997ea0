package id.aduan.complaint;

/** The citizen who reported a complaint: personal data, never shown for anonymous reports. */
public record Reporter(ChatRef chat, String name, String username) {
}
