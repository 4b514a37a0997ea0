package id.aduan.classifier.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * The model file: a zip holding {@code model.properties} (format, version, training data size, corrections, date,
 * algorithm, options, fitted weights and temperatures), the training examples ({@code examples.csv}) and the SVM
 * weights of each head. On load the nearest-neighbour index is rebuilt from the examples, and the OpenNLP model is
 * retrained from them: both are deterministic, and OpenNLP's own model format reads and writes ten times slower
 * than naive Bayes trains.
 *
 * <p>Saving writes a temporary file next to the target and moves it into place, so a failed save never leaves a
 * half-written model.
 */
public final class ModelFile {

    static final int FORMAT = 1;
    private static final String PROPERTIES = "model.properties";
    private static final String EXAMPLES = "examples.csv";

    private ModelFile() {
    }

    public static void save(TrainedModel model, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                write(model, zip);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(TrainedModel model, ZipOutputStream zip) throws IOException {
        Properties p = new Properties();
        ModelMetadata m = model.metadata();
        TrainingOptions o = model.options();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("version", m.version());
        p.setProperty("trainingExamples", Integer.toString(m.trainingExamples()));
        p.setProperty("corrections", Integer.toString(m.corrections()));
        p.setProperty("trainedAt", m.trainedAt().toString());
        p.setProperty("algorithm", m.algorithm());
        p.setProperty("options.components", String.join(",",
                TrainedModel.ordered(o).stream().map(Component::code).toList()));
        p.setProperty("options.stemDerivational", Boolean.toString(o.stemDerivational()));
        p.setProperty("options.doccatAlgorithm", o.doccatAlgorithm());
        p.setProperty("options.doccatIterations", Integer.toString(o.doccatIterations()));
        p.setProperty("options.linearMinDf", Integer.toString(o.linearMinDf()));
        p.setProperty("options.linearPasses", Integer.toString(o.linearPasses()));
        p.setProperty("options.linearCost", Double.toString(o.linearCost()));
        p.setProperty("options.classBalance", Double.toString(o.classBalance()));
        p.setProperty("options.neighbours", Integer.toString(o.neighbours()));
        p.setProperty("options.calibrationFolds", Integer.toString(o.calibrationFolds()));
        model.categoryHead().ifPresent(h -> describe(p, "category", h));
        model.agencyHead().ifPresent(h -> describe(p, "agency", h));
        zip.putNextEntry(new ZipEntry(PROPERTIES));
        ByteArrayOutputStream props = new ByteArrayOutputStream();
        p.store(new OutputStreamWriter(props, StandardCharsets.UTF_8), "Aduan classifier model");
        zip.write(props.toByteArray());
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(EXAMPLES));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("text", "category", "agency").get());
        for (Example e : model.examples()) {
            printer.printRecord(e.text(), e.category(), e.agency());
        }
        printer.flush();
        zip.closeEntry();

        for (String head : List.of("category", "agency")) {
            LabelHead h = (head.equals("category") ? model.categoryHead() : model.agencyHead()).orElse(null);
            if (h == null) {
                continue;
            }
            for (Scorer scorer : h.scorers()) {
                if (scorer instanceof LinearScorer linear) {
                    entry(zip, head + ".svm", linear.bytes());
                }
            }
        }
    }

    private static void describe(Properties p, String head, LabelHead h) {
        p.setProperty(head + ".labels", Integer.toString(h.labels().size()));
        p.setProperty(head + ".weights", join(h.weights()));
        p.setProperty(head + ".scorerTemperatures", join(h.scorerTemperatures()));
        p.setProperty(head + ".temperature", Double.toString(h.temperature()));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Loads a model file; throws {@link InvalidModelFile} naming the file when it is missing or not a model. */
    public static TrainedModel load(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new InvalidModelFile(file + ": no such file", e);
        } catch (ZipException e) {
            throw new InvalidModelFile(file + ": not a model file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidModelFile(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!entries.containsKey(PROPERTIES) || !entries.containsKey(EXAMPLES)) {
            throw new InvalidModelFile(file + ": not a model file (no " + PROPERTIES + " or " + EXAMPLES + ")");
        }
        try {
            return read(entries, file.toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidModelFile invalid) {
                throw invalid;
            }
            throw new InvalidModelFile(file + ": corrupt model file (" + e.getMessage() + ")", e);
        }
    }

    private static TrainedModel read(Map<String, byte[]> entries, String name) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(entries.get(PROPERTIES), StandardCharsets.UTF_8)));
        int format = Integer.parseInt(p.getProperty("format", "0"));
        if (format != FORMAT) {
            throw new InvalidModelFile(name + ": model format " + format + " is not supported (expected " + FORMAT + ")");
        }
        Set<Component> components = EnumSet.noneOf(Component.class);
        for (String code : p.getProperty("options.components").split(",")) {
            components.add(Component.fromCode(code));
        }
        TrainingOptions o = new TrainingOptions(components,
                Boolean.parseBoolean(p.getProperty("options.stemDerivational")),
                p.getProperty("options.doccatAlgorithm"),
                Integer.parseInt(p.getProperty("options.doccatIterations")),
                Integer.parseInt(p.getProperty("options.linearMinDf")),
                Integer.parseInt(p.getProperty("options.linearPasses")),
                Double.parseDouble(p.getProperty("options.linearCost")),
                Double.parseDouble(p.getProperty("options.classBalance")),
                Integer.parseInt(p.getProperty("options.neighbours")),
                Integer.parseInt(p.getProperty("options.calibrationFolds")));
        ModelMetadata metadata = new ModelMetadata(p.getProperty("version"),
                Integer.parseInt(p.getProperty("trainingExamples")), Integer.parseInt(p.getProperty("corrections")),
                Instant.parse(p.getProperty("trainedAt")), p.getProperty("algorithm"));
        List<Example> examples = CorpusReader.read(new ByteArrayInputStream(entries.get(EXAMPLES)), name + "!" + EXAMPLES);
        ComplaintText text = TrainedModel.textFor(o);
        List<Doc> docs = new ArrayList<>(examples.size());
        for (Example e : examples) {
            docs.add(text.read(e.text()));
        }
        LabelHead category = head(p, entries, "category", o, text, docs, examples, Example::category);
        LabelHead agency = head(p, entries, "agency", o, text, docs, examples, Example::agency);
        return new TrainedModel(text, o, examples, category, agency, metadata);
    }

    private static LabelHead head(Properties p, Map<String, byte[]> entries, String head, TrainingOptions o,
                                  ComplaintText text, List<Doc> allDocs, List<Example> examples,
                                  Function<Example, String> label) throws IOException {
        if (p.getProperty(head + ".labels") == null) {
            return null;
        }
        List<Doc> docs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String target = label.apply(examples.get(i));
            if (!target.isEmpty()) {
                docs.add(allDocs.get(i));
                targets.add(target);
            }
        }
        Labels labels = new Labels(targets);
        double[] weights = split(p.getProperty(head + ".weights"));
        double[] temperatures = split(p.getProperty(head + ".scorerTemperatures"));
        double temperature = Double.parseDouble(p.getProperty(head + ".temperature"));
        if (labels.size() == 1) {
            return new LabelHead(labels, List.of(), new double[0], new double[0], 1.0);
        }
        List<Scorer> scorers = new ArrayList<>();
        for (Component c : TrainedModel.ordered(o)) {
            scorers.add(switch (c) {
                case DOCCAT -> DoccatScorer.train(docs, targets, labels, o.doccatAlgorithm(), o.doccatIterations());
                case LINEAR -> LinearScorer.read(required(entries, head + ".svm"));
                case NEIGHBOURS -> NeighbourScorer.build(docs, targets, labels, text.analyzer(), o.neighbours());
            });
        }
        return new LabelHead(labels, scorers, weights, temperatures, temperature);
    }

    private static byte[] required(Map<String, byte[]> entries, String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException("missing entry " + name);
        }
        return bytes;
    }

    private static String join(double[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(values[i]);
        }
        return out.toString();
    }

    private static double[] split(String value) {
        if (value == null || value.isBlank()) {
            return new double[0];
        }
        String[] parts = value.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
