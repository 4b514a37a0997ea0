/** The officers' actions on a complaint: verify, dispose, follow up, complete, archive. */
package id.aduan.admin.triage;
