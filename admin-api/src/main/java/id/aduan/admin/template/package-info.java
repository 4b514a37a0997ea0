/**
 * Response templates: ready-made notes for the citizen per category and status, with placeholders, so officers
 * answer consistently and quickly. Owns the {@code response_templates} collection.
 */
package id.aduan.admin.template;
