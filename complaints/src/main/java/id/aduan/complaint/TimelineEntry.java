package id.aduan.complaint;

import java.time.Instant;

import id.aduan.models.status.ComplaintStatus;

/** One status change: who moved the complaint, when, from and to which status, and the public note. */
public record TimelineEntry(Instant at, String actor, ComplaintStatus from, ComplaintStatus to, String note) {
}
