package id.aduan.admin.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of taxonomy edits: explicit records, so nothing else can be assigned. */
final class TaxonomyRequests {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String KIND = "daerah|vertikal";

    private TaxonomyRequests() {
    }

    /** A new category with its stable code, its Indonesian name and optionally its default agency. */
    record NewCategory(@NotBlank @Pattern(regexp = CODE) @Size(max = 64) String code,
                       @NotBlank @Size(max = 120) String name,
                       @Pattern(regexp = CODE) @Size(max = 64) String defaultAgency) {
    }

    /** Rename and/or retire ({@code active=false}) or bring back ({@code active=true}) a category. */
    record CategoryChange(@Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*") String name, Boolean active) {
    }

    /** A new agency: stable code, Indonesian name, {@code daerah} (local) or {@code vertikal} (outside body). */
    record NewAgency(@NotBlank @Pattern(regexp = CODE) @Size(max = 64) String code,
                     @NotBlank @Size(max = 160) String name, @NotNull @Pattern(regexp = KIND) String kind) {
    }

    /** Rename, change kind, retire or bring back an agency. */
    record AgencyChange(@Size(min = 1, max = 160) @Pattern(regexp = ".*\\S.*") String name,
                        @Pattern(regexp = KIND) String kind, Boolean active) {
    }

    /** The default agency of a category. */
    record Route(@NotBlank @Pattern(regexp = CODE) @Size(max = 64) String agency) {
    }
}
