/** Ticket numbers issued from a counter document (collection {@code counters}), unique per year. */
package id.aduan.complaint.ticket;
