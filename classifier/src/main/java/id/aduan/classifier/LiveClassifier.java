package id.aduan.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.model.Component;
import id.aduan.classifier.model.ModelMetadata;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.model.TrainingOptions;
import id.aduan.classifier.reporttype.ReportTypeRules;
import id.aduan.classifier.routing.AgencyRouting;
import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * The serving classifier: trained at start-up from a seed corpus and retrained from seed plus officers'
 * corrections, swapping the model atomically so that {@link #suggest} never waits for training.
 *
 * <p>Start-up trains a quick model: the category head's SVM and kNN once, mixed with the weights measured on the
 * seed corpus, with agencies from the routing table alone. The full calibrated model (naive Bayes, SVM and kNN per
 * head, weights and temperatures fitted on held-out predictions, agency model mixed with routing) is then trained in
 * the background and swapped in, unless a retrained model got there first. {@link #retrain} always trains the full
 * calibrated model.
 *
 * <p>Thread-safe. Suggestions only name codes the taxonomy knows. The agency suggestion mixes the agency model
 * with the routing table applied to the category probabilities. {@link #close} stops background training.
 */
public final class LiveClassifier implements ComplaintClassifier, AutoCloseable {

    /** The shipped seed corpus on the classpath. */
    public static final String SEED_CORPUS = "/aduan/classifier/seed-corpus.csv";

    private static final Logger log = LoggerFactory.getLogger(LiveClassifier.class);

    private final Taxonomy taxonomy;
    private final ClassifierSettings settings;
    private final TrainingOptions options;
    private final List<Example> seed;
    private final ReportTypeRules reportTypes = new ReportTypeRules();
    private final AgencyRouting routing;
    private final AtomicReference<Serving> current = new AtomicReference<>();
    private final AtomicLong tickets = new AtomicLong();
    private final ReentrantLock training = new ReentrantLock();
    private final ExecutorService background;
    private final Future<?> calibration;

    /** A model and the order in which its training was requested: a later request always wins. */
    private record Serving(TrainedModel model, long ticket) {
    }

    private LiveClassifier(Taxonomy taxonomy, ClassifierSettings settings, TrainingOptions options, List<Example> seed) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.options = options;
        this.seed = known(seed);
        this.routing = routingOf(taxonomy, AgencyRouting.DEFAULT_LEARNED_WEIGHT);
        long startTicket = tickets.incrementAndGet();
        boolean calibrateLater = settings.backgroundCalibration() && options.calibrationFolds() >= 2;
        // The quick start-up model: SVM and kNN with the measured mixture (naive Bayes earns a weight of 0.05 only),
        // and the category head only; agencies come from the routing table until the calibrated model serves.
        TrainingOptions startUp = options.withCalibrationFolds(0)
                .withComponents(java.util.EnumSet.of(Component.LINEAR, Component.NEIGHBOURS));
        swapIn(new Serving(train(List.of(), startUp, true), startTicket));
        if (calibrateLater) {
            long calibratedTicket = tickets.incrementAndGet();
            this.background = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "aduan-classifier-calibration");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
            this.calibration = background.submit(() -> {
                try {
                    if (current.get().ticket() < calibratedTicket) { // else a retrain already serves
                        trainAndSwap(List.of(), calibratedTicket);
                    }
                } catch (RuntimeException e) {
                    log.warn("Background calibration failed; keeping the start-up model", e);
                }
            });
        } else {
            this.background = null;
            this.calibration = CompletableFuture.completedFuture(null);
        }
    }

    /** Trains at start-up from the shipped seed corpus. */
    public static LiveClassifier fromSeed(Taxonomy taxonomy, ClassifierSettings settings) {
        try (InputStream in = LiveClassifier.class.getResourceAsStream(SEED_CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped seed corpus " + SEED_CORPUS);
            }
            return new LiveClassifier(taxonomy, settings, TrainingOptions.defaults(),
                    CorpusReader.read(in, "classpath:" + SEED_CORPUS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains at start-up from a deployment's own seed corpus (CSV text,category,agency). */
    public static LiveClassifier fromCorpus(Taxonomy taxonomy, ClassifierSettings settings, Path corpus) {
        return new LiveClassifier(taxonomy, settings, TrainingOptions.defaults(), CorpusReader.read(corpus));
    }

    /** Trains at start-up from the given examples. */
    public static LiveClassifier fromExamples(Taxonomy taxonomy, ClassifierSettings settings,
                                              Collection<LabelledExample> examples) {
        return new LiveClassifier(taxonomy, settings, TrainingOptions.defaults(), examples(examples));
    }

    /**
     * Retrains from the seed corpus plus {@code corrections} and swaps the new model in; suggestions keep being
     * served by the old model meanwhile. Concurrent calls run one after the other.
     */
    public ModelInfo retrain(Collection<LabelledExample> corrections) {
        long ticket = tickets.incrementAndGet();
        return info(trainAndSwap(known(examples(corrections)), ticket).metadata());
    }

    private TrainedModel trainAndSwap(List<Example> corrections, long ticket) {
        training.lock();
        try {
            TrainedModel model = train(corrections, options, false);
            swapIn(new Serving(model, ticket));
            return model;
        } finally {
            training.unlock();
        }
    }

    private void swapIn(Serving candidate) {
        Serving serving = current.accumulateAndGet(candidate, (old, neu) -> old == null || neu.ticket() > old.ticket() ? neu : old);
        if (serving != candidate) {
            log.info("Discarded model {}: a later training request is already serving", candidate.model().metadata().version());
        }
    }

    /** Waits until the background calibration (if any) has finished; for tests and orderly start-up. */
    public void awaitCalibration() {
        try {
            calibration.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            log.debug("Background calibration did not complete", e);
        }
    }

    /** Stops background training; suggestions keep working with the current model. */
    @Override
    public void close() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    @Override
    public Suggestion suggest(String text) {
        TrainedModel model = current.get().model();
        Doc doc = model.read(text);
        String version = model.metadata().version();
        if (doc.normalised().isEmpty()) {
            return new Suggestion(List.of(), List.of(), reportTypes.infer(""), settings.threshold(), version);
        }
        List<Scored<String>> categoryRanking = model.categories(doc);
        List<Scored<CategoryCode>> categories = categoryRanking.stream()
                .filter(s -> isActive(CategoryCode.of(s.label()))) // retired since the model was trained
                .limit(settings.suggestions())
                .map(s -> new Scored<>(CategoryCode.of(s.label()), s.confidence()))
                .toList();
        List<Scored<AgencyCode>> agencies = agencies(categoryRanking, model.agencies(doc));
        return new Suggestion(categories, agencies, reportTypes.infer(doc.normalised()), settings.threshold(), version);
    }

    @Override
    public ModelInfo model() {
        return info(current.get().model().metadata());
    }

    private List<Scored<AgencyCode>> agencies(List<Scored<String>> categories, List<Scored<String>> learned) {
        return routing.agencies(categories, learned).stream()
                .filter(s -> taxonomy.isActive(AgencyCode.of(s.label())))
                .limit(settings.suggestions())
                .map(s -> new Scored<>(AgencyCode.of(s.label()), s.confidence()))
                .toList();
    }

    private TrainedModel train(List<Example> corrections, TrainingOptions trainingOptions, boolean categoriesOnly) {
        List<Example> all = new ArrayList<>(seed.size() + corrections.size());
        if (categoriesOnly) {
            seed.forEach(e -> all.add(new Example(e.text(), e.category(), "")));
        } else {
            all.addAll(seed);
        }
        all.addAll(corrections);
        long start = System.nanoTime();
        TrainedModel model = TrainedModel.train(all, corrections.size(), trainingOptions, log::debug);
        log.info("Trained classifier {} on {} examples ({} corrections) in {} ms", model.metadata().version(),
                all.size(), corrections.size(), (System.nanoTime() - start) / 1_000_000);
        return model;
    }

    /** Drops labels the taxonomy does not know, so that suggestions only ever name known codes. */
    private List<Example> known(List<Example> examples) {
        List<Example> kept = new ArrayList<>(examples.size());
        int dropped = 0;
        for (Example e : examples) {
            String category = isKnownCategory(e.category()) ? e.category() : "";
            String agency = isKnownAgency(e.agency()) ? e.agency() : "";
            if (!category.equals(e.category()) || !agency.equals(e.agency())) {
                dropped++;
            }
            if (!e.text().isBlank() && (!category.isEmpty() || !agency.isEmpty())) {
                kept.add(new Example(e.text(), category, agency));
            }
        }
        if (dropped > 0) {
            log.warn("Ignored {} labels the taxonomy does not know", dropped);
        }
        return kept;
    }

    private boolean isActive(CategoryCode category) {
        return taxonomy.isActive(category);
    }

    private boolean isKnownCategory(String label) {
        try {
            return !label.isEmpty() && taxonomy.knows(CategoryCode.of(label));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isKnownAgency(String label) {
        try {
            return !label.isEmpty() && taxonomy.knows(AgencyCode.of(label));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Example> examples(Collection<LabelledExample> examples) {
        return examples.stream().map(e -> new Example(e.text(), e.category(), e.agency())).toList();
    }

    /** The deployment's routing table as an {@link AgencyRouting}. */
    public static AgencyRouting routingOf(Taxonomy taxonomy, double learnedWeight) {
        return new AgencyRouting(category -> {
            try {
                return taxonomy.defaultAgencyFor(CategoryCode.of(category)).map(AgencyCode::value);
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }, learnedWeight);
    }

    private static ModelInfo info(ModelMetadata m) {
        return new ModelInfo(m.version(), m.trainingExamples(), m.corrections(), m.trainedAt(), m.algorithm());
    }
}
