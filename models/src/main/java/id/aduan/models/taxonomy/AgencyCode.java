package id.aduan.models.taxonomy;

/** The stable code of an agency (instansi), e.g. {@code dinas-pupr}. */
public record AgencyCode(String value) {

    public AgencyCode {
        Code.check("agency code", value);
    }

    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
