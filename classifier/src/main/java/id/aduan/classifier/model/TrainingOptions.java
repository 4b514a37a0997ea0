package id.aduan.classifier.model;

/**
 * How to train a model.
 *
 * @param doccatAlgorithm OpenNLP trainer for the word model: {@code NAIVEBAYES} or {@code MAXENT}
 * @param doccatIterations iterations for iterative OpenNLP trainers
 */
public record TrainingOptions(String doccatAlgorithm, int doccatIterations) {

    public static TrainingOptions defaults() {
        return new TrainingOptions("NAIVEBAYES", 100);
    }
}
