package id.aduan.classifier.evaluation;

import java.util.List;

/**
 * How well one head (category or agency) did on labelled examples.
 *
 * @param examples examples with a label for this head
 * @param top3Accuracy share of examples whose true label is among the three best suggestions
 * @param calibrationError expected calibration error of the best label's confidence (10 equal-width bins): the
 *                         mean gap between confidence and accuracy, weighted by bin size; 0 is perfect
 * @param meanConfidence mean confidence of the best label
 */
public record HeadEvaluation(int examples, double accuracy, double macroF1, double top3Accuracy,
                             double calibrationError, double meanConfidence,
                             List<ConfusionMatrix.ClassMetrics> perClass, ConfusionMatrix confusion) {
}
