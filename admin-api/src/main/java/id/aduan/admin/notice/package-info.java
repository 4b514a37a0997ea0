/**
 * Officer notifications ("pemberitahuan petugas"): escalations of overdue complaints for the officers of the agency
 * and the admins, read and marked read through {@code /api/notifications}; owner of {@code officer_notifications}.
 */
package id.aduan.admin.notice;
