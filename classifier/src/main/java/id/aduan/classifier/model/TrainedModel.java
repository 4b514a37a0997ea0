package id.aduan.classifier.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.text.ChatAnalyzer;
import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.classifier.text.TextNormaliser;
import id.aduan.models.suggestion.Scored;

/**
 * An immutable, thread-safe trained model with a category head and an agency head (either may be absent when
 * the training data has no such labels). Labels are plain strings, so any label set can be trained. Saved and
 * loaded by {@link ModelFile}.
 */
public final class TrainedModel {

    private static final DateTimeFormatter VERSION_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    /** Held-out predictions beyond this many add little to fitting a few weights, and cost training time. */
    static final int MAX_CALIBRATION_EXAMPLES = 3000;

    private final ComplaintText text;
    private final TrainingOptions options;
    private final List<Example> examples;
    private final LabelHead category;
    private final LabelHead agency;
    private final ModelMetadata metadata;

    TrainedModel(ComplaintText text, TrainingOptions options, List<Example> examples, LabelHead category,
                 LabelHead agency, ModelMetadata metadata) {
        this.text = text;
        this.options = options;
        this.examples = List.copyOf(examples);
        this.category = category;
        this.agency = agency;
        this.metadata = metadata;
    }

    /**
     * Trains on {@code examples}, the last {@code corrections} of which are officers' corrections.
     *
     * @param progress receives one line per training step, for people watching a long run
     */
    public static TrainedModel train(List<Example> examples, int corrections, TrainingOptions options,
                                     Consumer<String> progress) {
        ComplaintText text = textFor(options);
        List<Doc> docs = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            docs.add(text.read(examples.get(i).text()));
            if ((i + 1) % 2000 == 0) {
                progress.accept("analysed " + (i + 1) + "/" + examples.size() + " texts");
            }
        }
        // The heads are independent: train them side by side.
        CompletableFuture<LabelHead> category = CompletableFuture.supplyAsync(
                () -> trainHead("category", text, docs, examples, Example::category, options, progress));
        LabelHead agency = trainHead("agency", text, docs, examples, Example::agency, options, progress);
        Instant trainedAt = Instant.now();
        ModelMetadata metadata = new ModelMetadata(version(examples, trainedAt), examples.size(), corrections,
                trainedAt, describe(options));
        return new TrainedModel(text, options, examples, join(category), agency, metadata);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static ComplaintText textFor(TrainingOptions options) {
        return new ComplaintText(TextNormaliser.standard(), new ChatAnalyzer(options.stemDerivational()));
    }

    static List<Component> ordered(TrainingOptions options) {
        List<Component> ordered = new ArrayList<>();
        for (Component c : Component.values()) {
            if (options.components().contains(c)) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    private static LabelHead trainHead(String name, ComplaintText text, List<Doc> allDocs, List<Example> examples,
                                       Function<Example, String> label, TrainingOptions options,
                                       Consumer<String> progress) {
        List<Doc> docs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String target = label.apply(examples.get(i));
            if (!target.isEmpty()) {
                docs.add(allDocs.get(i));
                targets.add(target);
            }
        }
        if (docs.isEmpty()) {
            return null;
        }
        Labels labels = new Labels(targets);
        progress.accept("training " + name + " head: " + docs.size() + " examples, " + labels.size() + " labels");
        List<Component> components = ordered(options);
        if (labels.size() == 1) {
            return new LabelHead(labels, List.of(), new double[0], new double[0], 1.0);
        }
        int folds = options.calibrationFolds();
        boolean calibrate = folds >= 2 && docs.size() >= 5 * folds;
        // The final models and the calibration folds are independent too.
        CompletableFuture<List<Scorer>> fitted = CompletableFuture.supplyAsync(
                () -> trainScorers(components, text, docs, targets, labels, options));
        double[][][] heldOut = calibrate
                ? heldOutPredictions(name, text, docs, targets, labels, components, options, progress) : null;
        List<Scorer> scorers = join(fitted);
        TrainingOptions.Mixture prior = TrainingOptions.Mixture.measured();
        double[] weights = new double[components.size()];
        double[] temperatures = new double[components.size()];
        double weightSum = 0;
        for (int s = 0; s < components.size(); s++) {
            weights[s] = prior.weights()[components.get(s).ordinal()];
            temperatures[s] = prior.temperatures()[components.get(s).ordinal()];
            weightSum += weights[s];
        }
        for (int s = 0; s < components.size(); s++) {
            weights[s] /= weightSum;
        }
        double temperature = components.size() == 1 ? 1.0 : prior.temperature();
        if (calibrate) {
            List<Integer> predicted = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (heldOut[0][i] != null) {
                    predicted.add(i);
                }
            }
            int[] truth = predicted.stream().mapToInt(i -> labels.indexOf(targets.get(i))).toArray();
            double[][][] held = new double[components.size()][predicted.size()][];
            for (int s = 0; s < components.size(); s++) {
                for (int j = 0; j < predicted.size(); j++) {
                    held[s][j] = heldOut[s][predicted.get(j)];
                }
                temperatures[s] = Calibration.temperature(held[s], truth);
                held[s] = Calibration.calibrated(held[s], temperatures[s]);
            }
            weights = Calibration.weights(held, truth);
            temperature = Calibration.temperature(Calibration.mix(held, weights), truth);
            progress.accept(String.format(java.util.Locale.ROOT,
                    "%s head: weights %s, temperatures %s, T=%.3f (fitted on %d held-out predictions)", name,
                    java.util.Arrays.toString(weights), java.util.Arrays.toString(temperatures), temperature,
                    predicted.size()));
        }
        return new LabelHead(labels, scorers, weights, temperatures, temperature);
    }

    /** Predictions for every training example by models trained without its fold: [component][example][label]. */
    private static double[][][] heldOutPredictions(String name, ComplaintText text, List<Doc> docs,
                                                   List<String> targets, Labels labels, List<Component> components,
                                                   TrainingOptions options, Consumer<String> progress) {
        int n = docs.size();
        int folds = options.calibrationFolds();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % folds;
        }
        double[][][] heldOut = new double[components.size()][n][];
        int foldSize = Math.max(1, n / folds);
        int foldsToRun = Math.min(folds, (MAX_CALIBRATION_EXAMPLES + foldSize - 1) / foldSize);
        // Each fold writes only the rows of its own examples, so the folds can run side by side.
        IntStream.range(0, foldsToRun).parallel().forEach(f -> {
            progress.accept(name + " head: calibration fold " + (f + 1) + "/" + foldsToRun);
            List<Doc> trainDocs = new ArrayList<>();
            List<String> trainTargets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    trainDocs.add(docs.get(i));
                    trainTargets.add(targets.get(i));
                }
            }
            boolean single = trainTargets.stream().distinct().count() < 2;
            List<Scorer> scorers = single ? null : trainScorers(components, text, trainDocs, trainTargets, labels, options);
            for (int s = 0; s < components.size(); s++) {
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        heldOut[s][i] = scorers == null ? uniform(labels.size()) : scorers.get(s).probabilities(docs.get(i));
                    }
                }
            }
        });
        return heldOut;
    }

    private static double[] uniform(int k) {
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return p;
    }

    /** Trains the components side by side (they are independent), in component order. */
    private static List<Scorer> trainScorers(List<Component> components, ComplaintText text, List<Doc> docs,
                                             List<String> targets, Labels labels, TrainingOptions options) {
        return components.parallelStream()
                .map(c -> trainScorer(c, text, docs, targets, labels, options))
                .toList();
    }

    static Scorer trainScorer(Component component, ComplaintText text, List<Doc> docs, List<String> targets,
                              Labels labels, TrainingOptions options) {
        return switch (component) {
            case DOCCAT -> DoccatScorer.train(docs, targets, labels, options.doccatAlgorithm(), options.doccatIterations());
            case LINEAR -> LinearScorer.train(docs, targets, labels, options);
            case NEIGHBOURS -> NeighbourScorer.build(docs, targets, labels, text.analyzer(), options.neighbours());
        };
    }

    static String describe(TrainingOptions options) {
        return ordered(options).stream().map(c -> c == Component.DOCCAT
                        ? c.code() + "-" + options.doccatAlgorithm().toLowerCase(java.util.Locale.ROOT) : c.code())
                .collect(Collectors.joining("+"))
                + (options.calibrationFolds() >= 2 ? " (calibrated)" : " (measured weights)");
    }

    private static String version(List<Example> examples, Instant trainedAt) {
        CRC32 crc = new CRC32();
        for (Example e : examples) {
            crc.update((e.text() + '\u0001' + e.category() + '\u0001' + e.agency() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
        }
        return VERSION_TIME.format(trainedAt) + "-" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Reads a raw text the way this model was trained to. */
    public Doc read(String raw) {
        return text.read(raw);
    }

    /** Category labels with calibrated confidences, best first; empty when the model has no category head. */
    public List<Scored<String>> categories(Doc doc) {
        return category == null ? List.of() : category.ranking(doc);
    }

    /** Agency labels with calibrated confidences, best first; empty when the model has no agency head. */
    public List<Scored<String>> agencies(Doc doc) {
        return agency == null ? List.of() : agency.ranking(doc);
    }

    public Set<String> categoryLabels() {
        return category == null ? Set.of() : Set.of(category.labels().names());
    }

    public Set<String> agencyLabels() {
        return agency == null ? Set.of() : Set.of(agency.labels().names());
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    ComplaintText text() {
        return text;
    }

    TrainingOptions options() {
        return options;
    }

    List<Example> examples() {
        return examples;
    }

    Optional<LabelHead> categoryHead() {
        return Optional.ofNullable(category);
    }

    Optional<LabelHead> agencyHead() {
        return Optional.ofNullable(agency);
    }
}
