package id.aduan.complaint;

import java.util.Locale;

/** Where a citizen's deletion request stands: waiting for an admin, carried out, or refused with a reason. */
public enum DeletionRequestState {
    MENUNGGU, DILAKSANAKAN, DITOLAK;

    /** The stable lowercase code shown in the API ({@code menunggu}, {@code dilaksanakan}, {@code ditolak}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
