package id.aduan.classifier.evaluation;

import java.util.List;

/**
 * How well one head (category or agency) did on labelled examples.
 *
 * @param examples examples with a label for this head
 * @param top3Accuracy share of examples whose true label is among the three best suggestions
 */
public record HeadEvaluation(int examples, double accuracy, double macroF1, double top3Accuracy,
                             List<ConfusionMatrix.ClassMetrics> perClass, ConfusionMatrix confusion) {
}
