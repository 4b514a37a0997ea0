/** The SP4N-LAPOR! status model: stable codes, Indonesian names and the allowed transitions. */
package id.aduan.models.status;
