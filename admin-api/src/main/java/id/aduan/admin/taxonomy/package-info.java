/**
 * Editing the taxonomy through the API (admins): categories, agencies and the routing table, stored in
 * {@code taxonomy_edits} over the taxonomy files and applied to the running app without a restart.
 */
package id.aduan.admin.taxonomy;
