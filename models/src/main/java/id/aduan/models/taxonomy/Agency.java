package id.aduan.models.taxonomy;

/** An agency (instansi / OPD) that handles complaints, local ({@code daerah}) or outside ({@code vertikal}). */
public record Agency(AgencyCode code, String name, String kind) {
}
