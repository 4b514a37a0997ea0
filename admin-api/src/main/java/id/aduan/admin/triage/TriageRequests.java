package id.aduan.admin.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the triage actions: explicit records, so nothing else can be assigned. */
final class TriageRequests {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";

    private TriageRequests() {
    }

    /** Verify, optionally correcting category and agency. */
    record Verify(@Pattern(regexp = CODE) @Size(max = 64) String category,
                  @Pattern(regexp = CODE) @Size(max = 64) String agency, @Size(max = 2000) String note) {
    }

    /** Send to an agency (the complaint's current agency when omitted). */
    record Dispose(@Pattern(regexp = CODE) @Size(max = 64) String agency, @Size(max = 2000) String note) {
    }

    /** A note the citizen reads: follow-up or completion. */
    record Note(@NotBlank @Size(max = 2000) String note) {
    }

    /** Re-route as "bukan wewenang", with the reason the citizen reads. */
    record Reroute(@NotBlank @Size(max = 2000) String reason) {
    }

    /** An internal note, never shown to the citizen. */
    record InternalNote(@NotBlank @Size(max = 4000) String text) {
    }

    /** Assign to an officer (null or blank to unassign). */
    record Assign(@Size(max = 100) String officer) {
    }

    /** A question for the citizen; the complaint waits (ditunda) for the answer. */
    record Question(@NotBlank @Size(max = 2000) String question) {
    }

    /** Archive with the reason the citizen reads. */
    record Archive(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Merge a duplicate into the target ticket; the optional note is added to what the citizens read. */
    record Merge(@NotBlank @Pattern(regexp = "ADU-\\d{4}-\\d{1,9}") String target,
                 @Size(max = 2000) String note) {
    }
}
