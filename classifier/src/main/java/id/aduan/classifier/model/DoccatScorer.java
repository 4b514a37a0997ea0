package id.aduan.classifier.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.aduan.classifier.text.ComplaintText.Doc;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP document categorizer over analysed words and word bigrams.
 *
 * <p>{@link DocumentCategorizerME} is not thread-safe, so every call makes its own (a cheap wrapper around the
 * immutable {@link DoccatModel}).
 */
final class DoccatScorer implements Scorer {

    private static final String[] EMPTY = {"xkosongx"};

    private final DoccatModel model;
    private final int[] headIndex;
    private final int labels;

    private DoccatScorer(DoccatModel model, Labels labels) {
        this.model = model;
        this.labels = labels.size();
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        this.headIndex = new int[categorizer.getNumberOfCategories()];
        for (int i = 0; i < headIndex.length; i++) {
            headIndex[i] = labels.indexOf(categorizer.getCategory(i));
        }
    }

    static DoccatScorer train(List<Doc> docs, List<String> targets, Labels labels, String algorithm, int iterations) {
        List<DocumentSample> samples = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            samples.add(new DocumentSample(targets.get(i), words(docs.get(i))));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("DataIndexer", "OnePass"); // TwoPass spools events to a temporary file
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return new DoccatScorer(DocumentCategorizerME.train("id", new CollectionObjectStream<>(samples),
                    parameters, factory), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double[] probabilities(Doc doc) {
        double[] own = new DocumentCategorizerME(model).categorize(words(doc));
        double[] result = new double[labels];
        for (int i = 0; i < own.length; i++) {
            if (headIndex[i] >= 0) {
                result[headIndex[i]] = own[i];
            }
        }
        return result;
    }

    private static String[] words(Doc doc) {
        return doc.words().length == 0 ? EMPTY : doc.words();
    }
}
