package id.aduan.models.taxonomy;

/** The stable code of a complaint category, e.g. {@code jalan-jembatan}. */
public record CategoryCode(String value) {

    public CategoryCode {
        Code.check("category code", value);
    }

    public static CategoryCode of(String value) {
        return new CategoryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
