/** Categories, agencies (instansi), report types and the routing table from category to agency. */
package id.aduan.models.taxonomy;
