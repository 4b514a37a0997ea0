/**
 * The complaint aggregate: what a citizen reported, its transcript, its status (guarded by the complaint itself),
 * its timeline and the notifications it owes the citizen. This package owns the {@code complaints} collection.
 */
package id.aduan.complaint;
