/** Evaluation of a trained model on labelled data: confusion matrix, per-class metrics, top-3, latency, JSON. */
package id.aduan.classifier.evaluation;
