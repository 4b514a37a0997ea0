package id.aduan.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.taxonomy.Taxonomy;

class LiveClassifierTests {

    private static final Taxonomy TAXONOMY = Taxonomy.defaults();
    private static LiveClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = LiveClassifier.fromCorpus(TAXONOMY, ClassifierSettings.defaults(), fixture());
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    private static Path fixture() {
        try {
            return Path.of(LiveClassifierTests.class.getResource("/aduan/classifier/fixture-corpus.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void classifiesAnObviousRoadComplaint() {
        Suggestion suggestion = classifier.suggest("Pak, jalan di kampung kami rusak dan banyak lubang, motor sering jatuh");
        assertThat(suggestion.topCategory()).map(Scored::label).contains(CategoryCode.of("jalan-jembatan"));
        assertThat(suggestion.topAgency()).map(s -> s.label().value()).contains("dinas-pupr");
        assertThat(suggestion.reportType()).isEqualTo(ReportType.PENGADUAN);
    }

    @Test
    void suggestsOnlyKnownCodesBestFirstWithConfidencesBetweenZeroAndOne() {
        Suggestion suggestion = classifier.suggest("sampah numpuk di pinggir kali, bau bgt");
        assertThat(suggestion.categories()).hasSizeBetween(1, 3)
                .allSatisfy(s -> assertThat(TAXONOMY.knows(s.label())).isTrue())
                .isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(suggestion.agencies()).hasSizeBetween(1, 3)
                .allSatisfy(s -> assertThat(TAXONOMY.knows(s.label())).isTrue())
                .isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(suggestion.modelVersion()).isEqualTo(classifier.model().version());
        assertThat(suggestion.threshold()).isEqualTo(ClassifierSettings.DEFAULT_THRESHOLD);
    }

    @Test
    void isUnsureBelowTheThreshold() {
        LiveClassifier strict = LiveClassifier.fromExamples(TAXONOMY, new ClassifierSettings(1.0), List.of(
                new LabelledExample("jalan rusak berlubang", "jalan-jembatan", "dinas-pupr"),
                new LabelledExample("sampah menumpuk bau", "sampah-kebersihan", "dlh")));
        Suggestion suggestion = strict.suggest("jalan rusak");
        assertThat(suggestion.topCategory()).isPresent();
        assertThat(suggestion.confidentCategory()).isEmpty();
    }

    @Test
    void returnsAnEmptySuggestionForBlankText() {
        Suggestion suggestion = classifier.suggest("   ");
        assertThat(suggestion.categories()).isEmpty();
        assertThat(suggestion.confidentAgency()).isEmpty();
    }

    @Test
    void ignoresLabelsTheTaxonomyDoesNotKnow() {
        LiveClassifier live = LiveClassifier.fromExamples(TAXONOMY, ClassifierSettings.defaults(), List.of(
                new LabelledExample("jalan rusak berlubang", "jalan-jembatan", "DINAS PU"),
                new LabelledExample("sampah menumpuk bau", "Sampah", "dlh"),
                new LabelledExample("lampu jalan mati", "penerangan-jalan", null)));
        Suggestion suggestion = live.suggest("jalan rusak sampah lampu");
        assertThat(suggestion.categories()).allSatisfy(s -> assertThat(TAXONOMY.knows(s.label())).isTrue());
        assertThat(suggestion.agencies()).allSatisfy(s -> assertThat(TAXONOMY.knows(s.label())).isTrue());
    }

    @Test
    void swapsInACalibratedModelTrainedInTheBackground() {
        try (LiveClassifier live = LiveClassifier.fromCorpus(TAXONOMY, ClassifierSettings.defaults(), fixture())) {
            ModelInfo startUp = live.model();
            live.awaitCalibration();
            assertThat(startUp.algorithm()).isEqualTo("tfidf-svm+lucene-bm25-knn (measured weights)");
            assertThat(live.model().algorithm()).endsWith("(calibrated)");
            assertThat(live.model().version()).isNotEqualTo(startUp.version());
            assertThat(live.suggest("jalan rusak berlubang").topCategory()).isPresent();
        }
    }

    @Test
    void keepsTheQuickStartUpModelWithoutBackgroundCalibration() {
        try (LiveClassifier live = LiveClassifier.fromCorpus(TAXONOMY,
                ClassifierSettings.defaults().withBackgroundCalibration(false), fixture())) {
            ModelInfo startUp = live.model();
            live.awaitCalibration();
            assertThat(live.model()).isEqualTo(startUp);
            assertThat(startUp.algorithm()).endsWith("(measured weights)");
            assertThat(live.suggest("jalan rusak berlubang").topAgency()).map(a -> a.label().value()).contains("dinas-pupr");
        }
    }

    @Test
    void retrainingLearnsCorrectionsAndChangesTheVersion() {
        LiveClassifier live = LiveClassifier.fromExamples(TAXONOMY, ClassifierSettings.defaults(), List.of(
                new LabelledExample("jalan rusak berlubang", "jalan-jembatan", "dinas-pupr"),
                new LabelledExample("sampah menumpuk bau", "sampah-kebersihan", "dlh")));
        ModelInfo before = live.model();

        ModelInfo after = live.retrain(List.of(
                new LabelledExample("kucing liar berkeliaran di kantor kelurahan", "lainnya", "setda"),
                new LabelledExample("kucing liar banyak sekali di kantor", "lainnya", "setda")));

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.trainingExamples()).isEqualTo(4);
        assertThat(after.corrections()).isEqualTo(2);
        assertThat(live.model()).isEqualTo(after);
        assertThat(live.suggest("kucing liar di kantor").topCategory()).map(s -> s.label().value()).contains("lainnya");
    }

    @Test
    void servesConcurrentCallsWhileRetraining() throws Exception {
        List<String> texts = List.of("jalan berlubang", "sampah menumpuk", "lampu jalan mati", "air pdam tidak mengalir",
                "ktp belum jadi", "bpjs ditolak rumah sakit");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                calls.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        Suggestion s = classifier.suggest(texts.get(i % texts.size()));
                        assertThat(s.categories()).isNotEmpty();
                    }
                    return null;
                }));
            }
            calls.add(pool.submit(() -> classifier.retrain(List.of(
                    new LabelledExample("trotoar rusak di depan pasar", "jalan-jembatan", "dinas-pupr")))));
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(classifier.model().corrections()).isEqualTo(1);
    }
}
