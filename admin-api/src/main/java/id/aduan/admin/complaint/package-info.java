/** Reading complaints: the filtered list and the full detail with transcript, timeline and suggestion. */
package id.aduan.admin.complaint;
