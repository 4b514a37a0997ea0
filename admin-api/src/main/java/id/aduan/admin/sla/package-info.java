/** Working-day deadlines: the watch that marks overdue complaints and escalates them on the timeline. */
package id.aduan.admin.sla;
