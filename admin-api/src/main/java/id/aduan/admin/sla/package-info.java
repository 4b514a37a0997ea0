/**
 * Working-day deadlines: the scheduled watch that marks overdue complaints and escalates them (timeline entry and
 * officer notification), and closes completed complaints the citizen did not answer.
 */
package id.aduan.admin.sla;
