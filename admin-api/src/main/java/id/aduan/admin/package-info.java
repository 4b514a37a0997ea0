/** The officers' triage REST API over the stored, conversation-backed complaints. */
package id.aduan.admin;
