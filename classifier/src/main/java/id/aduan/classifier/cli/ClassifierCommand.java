package id.aduan.classifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.aduan.classifier.ClassifierSettings;
import id.aduan.classifier.LiveClassifier;
import id.aduan.classifier.ModelInfo;
import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.corpus.InvalidCorpus;
import id.aduan.classifier.evaluation.ConfusionMatrix;
import id.aduan.classifier.evaluation.EvaluationJson;
import id.aduan.classifier.evaluation.EvaluationReport;
import id.aduan.classifier.evaluation.Evaluator;
import id.aduan.classifier.model.Component;
import id.aduan.classifier.model.InvalidModelFile;
import id.aduan.classifier.model.ModelFile;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.model.TrainingOptions;
import id.aduan.classifier.reporttype.ReportTypeRules;
import id.aduan.classifier.routing.AgencyRouting;
import id.aduan.classifier.text.TextNormaliser;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * The command line: {@code train --data FILE.csv --out MODEL} and
 * {@code evaluate --model MODEL --data FILE.csv [--json OUT]}. Bad input ends with one line naming the file and
 * line, and exit code 2.
 */
public final class ClassifierCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = """
            usage: aduan-classifier train --data FILE.csv --out MODEL [--components doccat,svm,knn] [--folds N]
                                          [--stemming light|full] [--svm-cost C] [--class-balance B] [--neighbours K]
                   aduan-classifier evaluate --model MODEL --data FILE.csv [--json OUT.json] [--routing W]
                   aduan-classifier latency --model MODEL --data FILE.csv [--threads N] [--seconds S]
                   aduan-classifier startup [--threads N] [--seconds S]   (LiveClassifier on the shipped seed)
                   aduan-classifier report-types --data FILE.csv   (category column = expected report type code)
            FILE.csv: UTF-8 with a header row and the columns text,category,agency (either label may be empty).""";

    private final PrintStream out;
    private final PrintStream err;

    ClassifierCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Held so that the level set on it sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
        // Lucene reports at start whether the vector incubator module is available; the CLI does not use it.
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(new ClassifierCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
                err.println(USAGE);
                return args.length == 0 ? BAD_INPUT : OK;
            }
            Map<String, String> options = options(args);
            return switch (args[0]) {
                case "train" -> train(options);
                case "evaluate" -> evaluate(options);
                case "latency" -> new LatencyBenchmark(out, err).run(required(options, Set.of("model", "data", "threads", "seconds")),
                        CorpusReader.read(path(options, "data")),
                        Integer.parseInt(options.getOrDefault("threads", "1")),
                        Integer.parseInt(options.getOrDefault("seconds", "10")));
                case "startup" -> startup(options);
                case "report-types" -> reportTypes(options);
                default -> throw new Usage("unknown command '" + args[0] + "'");
            };
        } catch (Usage e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        } catch (InvalidCorpus | InvalidModelFile e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (NumberFormatException e) {
            err.println("error: not a number: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private int train(Map<String, String> options) throws IOException {
        require(options, Set.of("data", "out", "components", "folds", "stemming", "svm-cost", "class-balance",
                "neighbours"));
        Path data = path(options, "data");
        Path model = path(options, "out");
        TrainingOptions training = TrainingOptions.defaults();
        if (options.containsKey("components")) {
            Set<Component> components = EnumSet.noneOf(Component.class);
            for (String code : options.get("components").split(",")) {
                components.add(component(code.strip()));
            }
            training = training.withComponents(components);
        }
        if (options.containsKey("folds")) {
            training = training.withCalibrationFolds(Integer.parseInt(options.get("folds")));
        }
        if (options.containsKey("stemming")) {
            training = training.withStemDerivational(switch (options.get("stemming")) {
                case "full" -> true;
                case "light" -> false;
                default -> throw new Usage("--stemming is light or full");
            });
        }
        training = training.withLinear(
                Double.parseDouble(options.getOrDefault("svm-cost", Double.toString(training.linearCost()))),
                Double.parseDouble(options.getOrDefault("class-balance", Double.toString(training.classBalance()))));
        if (options.containsKey("neighbours")) {
            training = training.withNeighbours(Integer.parseInt(options.get("neighbours")));
        }
        long start = System.nanoTime();
        List<Example> examples = CorpusReader.read(data);
        progress(start, "read " + examples.size() + " examples from " + data);
        TrainedModel trained = TrainedModel.train(examples, 0, training, line -> progress(start, line));
        ModelFile.save(trained, model);
        progress(start, "wrote " + model + "; peak heap used " + peakHeapMb() + " MB");
        out.printf(Locale.ROOT, "model %s: %d examples, %d category labels, %d agency labels, %s, %.1f s%n",
                trained.metadata().version(), examples.size(), trained.categoryLabels().size(),
                trained.agencyLabels().size(), trained.metadata().algorithm(), seconds(start));
        return OK;
    }

    private int evaluate(Map<String, String> options) throws IOException {
        require(options, Set.of("model", "data", "json", "routing"));
        long start = System.nanoTime();
        TrainedModel model = ModelFile.load(path(options, "model"));
        Path data = path(options, "data");
        List<Example> examples = CorpusReader.read(data);
        progress(start, "loaded model " + model.metadata().version() + " and " + examples.size() + " examples");
        // --routing W: suggest agencies as the bot does, mixing the agency model (weight W) with the shipped
        // routing table applied to the category ranking.
        AgencyRouting routing = options.containsKey("routing")
                ? LiveClassifier.routingOf(Taxonomy.defaults(), Double.parseDouble(options.get("routing"))) : null;
        EvaluationReport report = Evaluator.evaluate(model, examples, data.toString(), routing,
                line -> progress(start, line));
        String json = EvaluationJson.write(report);
        if (options.containsKey("json")) {
            writeAtomically(Path.of(options.get("json")), json);
            progress(start, "wrote " + options.get("json"));
        }
        out.print(report.summary());
        out.print(json);
        return OK;
    }

    /**
     * Measures what the bot sees: start-up training of {@link LiveClassifier#fromSeed}, the time until the calibrated
     * model serves, and the latency of {@code suggest} (routing and report type included) on the seed texts.
     */
    private int startup(Map<String, String> options) {
        require(options, Set.of("threads", "seconds"));
        long start = System.nanoTime();
        double cpuBefore = processCpuSeconds();
        try (LiveClassifier live = LiveClassifier.fromSeed(Taxonomy.defaults(), ClassifierSettings.defaults())) {
            double ready = seconds(start);
            double readyCpu = processCpuSeconds() - cpuBefore;
            ModelInfo first = live.model();
            live.awaitCalibration();
            double calibrated = seconds(start);
            out.printf(Locale.ROOT, "start-up model %s on %d examples ready after %.2f s (process CPU %.2f s; %s); "
                            + "calibrated model %s after %.2f s (process CPU %.2f s)%n", first.version(),
                    first.trainingExamples(), ready, readyCpu, first.algorithm(), live.model().version(), calibrated,
                    processCpuSeconds() - cpuBefore);
            List<Example> seed;
            try (InputStream in = LiveClassifier.class.getResourceAsStream(LiveClassifier.SEED_CORPUS)) {
                seed = CorpusReader.read(in, LiveClassifier.SEED_CORPUS);
            } catch (IOException e) {
                throw new InvalidCorpus("cannot read the shipped seed corpus: " + e.getMessage(), e);
            }
            return new LatencyBenchmark(out, err).run(live::suggest, seed,
                    Integer.parseInt(options.getOrDefault("threads", "1")),
                    Integer.parseInt(options.getOrDefault("seconds", "10")));
        }
    }

    /** Accuracy of the report type rules against labelled data (report type codes in the category column). */
    private int reportTypes(Map<String, String> options) {
        require(options, Set.of("data"));
        Path data = path(options, "data");
        ReportTypeRules rules = new ReportTypeRules();
        ConfusionMatrix confusion = new ConfusionMatrix();
        for (Example example : CorpusReader.read(data)) {
            if (example.hasCategory()) {
                confusion.add(example.category(),
                        rules.infer(TextNormaliser.standard().normalise(example.text())).code());
            }
        }
        out.printf(Locale.ROOT, "report types on %s: n=%d accuracy=%.4f macro_f1=%.4f%n", data, confusion.total(),
                confusion.accuracy(), confusion.macroF1());
        for (String label : confusion.labels()) {
            ConfusionMatrix.ClassMetrics m = confusion.metrics(label);
            out.printf(Locale.ROOT, "  %-22s precision=%.3f recall=%.3f f1=%.3f support=%d predicted as:", label,
                    m.precision(), m.recall(), m.f1(), m.support());
            for (String predicted : confusion.labels()) {
                out.printf(Locale.ROOT, " %s=%d", predicted, confusion.count(label, predicted));
            }
            out.println();
        }
        return OK;
    }

    private static Component component(String code) {
        return switch (code) {
            case "doccat", "nb", "opennlp" -> Component.DOCCAT;
            case "svm", "linear" -> Component.LINEAR;
            case "knn", "neighbours", "bm25" -> Component.NEIGHBOURS;
            default -> throw new Usage("unknown component '" + code + "' (use doccat, svm, knn)");
        };
    }

    private void progress(long start, String line) {
        err.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds(start), line);
    }

    private static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new Usage("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static TrainedModel required(Map<String, String> options, Set<String> known) {
        require(options, known);
        return ModelFile.load(path(options, "model"));
    }

    private static void require(Map<String, String> options, Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new Usage("unknown option --" + name);
            }
        }
    }

    private static Path path(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new Usage("missing --" + name);
        }
        return Path.of(value);
    }

    /** The command line itself is wrong. */
    static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message);
        }
    }
}
