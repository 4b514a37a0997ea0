package id.aduan.models.taxonomy;

/**
 * An agency (instansi / OPD) that handles complaints, local ({@code daerah}) or outside ({@code vertikal}); retired
 * agencies stay resolvable (old complaints name them) but are not offered for new ones.
 */
public record Agency(AgencyCode code, String name, String kind, boolean retired) {

    public Agency(AgencyCode code, String name, String kind) {
        this(code, name, kind, false);
    }
}
