package id.aduan.admin.report;

import java.time.Instant;
import java.util.Map;

import id.aduan.admin.learning.RoutingAccuracy;

/**
 * Figures for one period: counts by status, category and agency, how many are overdue, median hours from receipt
 * to verification and to follow-up, and the share of complaints followed up (LAPOR!'s "more than 50% followed up"
 * criterion), plus the classifier's routing accuracy as officers saw it.
 */
public record Statistics(Instant from, Instant to, long total, Map<String, Long> byStatus,
                         Map<String, Long> byCategory, Map<String, Long> byAgency, long overdue,
                         Double medianHoursToVerification, Double medianHoursToFollowUp, Double followedUpShare,
                         RoutingAccuracy routingAccuracy) {
}
