package id.aduan.classifier.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.models.suggestion.Scored;

/**
 * An immutable, thread-safe trained model with a category head and an agency head (either may be absent when
 * the training data has no such labels). Labels are plain strings, so any label set can be trained.
 */
public final class TrainedModel {

    private static final DateTimeFormatter VERSION_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    private final ComplaintText text;
    private final LabelHead category;
    private final LabelHead agency;
    private final ModelMetadata metadata;

    TrainedModel(ComplaintText text, LabelHead category, LabelHead agency, ModelMetadata metadata) {
        this.text = text;
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
        ComplaintText text = ComplaintText.standard();
        List<Doc> docs = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            docs.add(text.read(examples.get(i).text()));
            if ((i + 1) % 2000 == 0) {
                progress.accept("analysed " + (i + 1) + "/" + examples.size() + " texts");
            }
        }
        LabelHead category = trainHead("category", docs, examples, Example::category, options, progress);
        LabelHead agency = trainHead("agency", docs, examples, Example::agency, options, progress);
        Instant trainedAt = Instant.now();
        ModelMetadata metadata = new ModelMetadata(version(examples, trainedAt), examples.size(), corrections,
                trainedAt, describe(options));
        return new TrainedModel(text, category, agency, metadata);
    }

    private static LabelHead trainHead(String name, List<Doc> allDocs, List<Example> examples,
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
        if (labels.size() == 1) {
            return new LabelHead(labels, List.of(), new double[0], 1.0);
        }
        DoccatScorer doccat = DoccatScorer.train(docs, targets, labels, options.doccatAlgorithm(),
                options.doccatIterations());
        return new LabelHead(labels, List.of(doccat), new double[] {1.0}, 1.0);
    }

    private static String describe(TrainingOptions options) {
        return "opennlp-doccat-" + options.doccatAlgorithm().toLowerCase();
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

    Optional<LabelHead> categoryHead() {
        return Optional.ofNullable(category);
    }

    Optional<LabelHead> agencyHead() {
        return Optional.ofNullable(agency);
    }
}
