package id.aduan.classifier.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to train a model. The defaults were chosen by measurement (docs/decisions/0102-model-combination.md).
 *
 * @param components the models each head combines
 * @param stemDerivational whether the Indonesian stemmer also strips derivational affixes (as IndonesianAnalyzer
 *                         does); off by default because it over-stems (perumahan to umah)
 * @param doccatAlgorithm OpenNLP trainer for the word model: {@code NAIVEBAYES} or {@code MAXENT}
 * @param doccatIterations iterations for iterative OpenNLP trainers
 * @param linearMinDf features seen in fewer training texts are dropped
 * @param linearPasses most passes of the SVM solver over the data
 * @param linearCost the SVM cost C
 * @param classBalance 0 weighs every example alike; 1 weighs labels inversely to their frequency
 * @param neighbours k of the nearest-neighbour model
 * @param calibrationFolds folds for fitting the combination weights and temperatures on held-out predictions;
 *                         below 2 the {@link Mixture#measured() measured} mixture is used instead
 */
public record TrainingOptions(Set<Component> components, boolean stemDerivational, String doccatAlgorithm,
                              int doccatIterations, int linearMinDf, int linearPasses, double linearCost,
                              double classBalance, int neighbours, int calibrationFolds) {

    /**
     * Weights and temperatures of the three models (in {@link Component} order) and of their mixture, used when a
     * model is trained without calibration folds.
     */
    public record Mixture(double[] weights, double[] temperatures, double temperature) {

        /**
         * Fitted by 3-fold calibration on the shipped seed corpus (2,002 examples, category head; the agency head
         * fitted nearly the same): see docs/decisions/0102-model-combination.md.
         */
        public static Mixture measured() {
            return new Mixture(new double[] {0.05, 0.80, 0.15}, new double[] {3.15, 0.175, 0.54}, 0.94);
        }
    }

    public TrainingOptions {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("at least one component");
        }
        components = Set.copyOf(EnumSet.copyOf(components));
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(EnumSet.allOf(Component.class), false, "NAIVEBAYES", 100, 1, 50, 1.0, 0.5, 15, 3);
    }

    public TrainingOptions withComponents(Set<Component> newComponents) {
        return new TrainingOptions(newComponents, stemDerivational, doccatAlgorithm, doccatIterations, linearMinDf,
                linearPasses, linearCost, classBalance, neighbours, calibrationFolds);
    }

    public TrainingOptions withStemDerivational(boolean stem) {
        return new TrainingOptions(components, stem, doccatAlgorithm, doccatIterations, linearMinDf, linearPasses,
                linearCost, classBalance, neighbours, calibrationFolds);
    }

    public TrainingOptions withLinear(double cost, double balance) {
        return new TrainingOptions(components, stemDerivational, doccatAlgorithm, doccatIterations, linearMinDf,
                linearPasses, cost, balance, neighbours, calibrationFolds);
    }

    public TrainingOptions withNeighbours(int k) {
        return new TrainingOptions(components, stemDerivational, doccatAlgorithm, doccatIterations, linearMinDf,
                linearPasses, linearCost, classBalance, k, calibrationFolds);
    }

    public TrainingOptions withCalibrationFolds(int folds) {
        return new TrainingOptions(components, stemDerivational, doccatAlgorithm, doccatIterations, linearMinDf,
                linearPasses, linearCost, classBalance, neighbours, folds);
    }
}
