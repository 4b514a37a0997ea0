package id.aduan.admin.complaint;

/** A stable code with its Indonesian name, as the API shows statuses, categories and agencies. */
public record Labelled(String code, String name) {
}
