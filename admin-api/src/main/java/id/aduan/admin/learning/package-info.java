/**
 * Learning from officers: every verification records whether the classifier's suggestion was confirmed or corrected
 * (collection {@code routing_feedback}); corrections become training examples and trigger retraining; the routing
 * accuracy officers actually saw is measured from these records.
 */
package id.aduan.admin.learning;
