package id.aduan.admin.learning;

/**
 * How often officers kept the classifier's suggestion at verification, for category and for agency: the routing
 * accuracy users actually saw.
 */
public record RoutingAccuracy(long verified, Head category, Head agency) {

    /** Confirmed and corrected counts for one label, and the share confirmed (null before any verification). */
    public record Head(long confirmed, long corrected, Double accuracy) {

        static Head of(long confirmed, long corrected) {
            long total = confirmed + corrected;
            return new Head(confirmed, corrected, total == 0 ? null : (double) confirmed / total);
        }
    }
}
