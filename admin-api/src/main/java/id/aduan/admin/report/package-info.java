/**
 * What officers and their heads report upward: statistics (counts, overdue, median times, the share followed up)
 * and a CSV export of a filtered list for Excel.
 */
package id.aduan.admin.report;
