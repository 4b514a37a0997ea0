/** The shared vocabulary of Aduan: ticket numbers, statuses, the taxonomy and classifier suggestions. */
package id.aduan.models;
