package id.aduan.models.taxonomy;

/** A complaint category with its Indonesian name; retired categories stay resolvable but are not offered. */
public record Category(CategoryCode code, String name, boolean retired) {
}
