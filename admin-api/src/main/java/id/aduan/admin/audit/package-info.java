/** The append-only audit log: who changed what, when, with the state before and after; readable by admins. */
package id.aduan.admin.audit;
