/**
 * The classifier's public API: {@link id.aduan.classifier.ComplaintClassifier} and the live, retrainable
 * {@link id.aduan.classifier.LiveClassifier}.
 */
package id.aduan.classifier;
