package id.aduan.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.text.ComplaintText.Doc;

class ModelFileTests {

    private static TrainedModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        List<Example> examples = CorpusReader.read(
                Path.of(ModelFileTests.class.getResource("/aduan/classifier/fixture-corpus.csv").toURI()));
        model = TrainedModel.train(examples, 0, TrainingOptions.defaults(), line -> { });
    }

    @Test
    void roundTripsMetadataAndPredictions() throws IOException {
        Path file = dir.resolve("models/model.zip");
        ModelFile.save(model, file);
        TrainedModel loaded = ModelFile.load(file);

        assertThat(loaded.metadata()).isEqualTo(model.metadata());
        assertThat(loaded.categoryLabels()).isEqualTo(model.categoryLabels());
        for (String text : List.of("jalan berlubang dekat sekolah", "air pdam mati", "ktp belum jadi")) {
            Doc doc = model.read(text);
            assertThat(loaded.categories(loaded.read(text))).isEqualTo(model.categories(doc));
            assertThat(loaded.agencies(loaded.read(text))).isEqualTo(model.agencies(doc));
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void recordsVersionTrainingDataSizeAndDate() {
        assertThat(model.metadata().trainingExamples()).isEqualTo(100);
        assertThat(model.metadata().corrections()).isZero();
        assertThat(model.metadata().version()).matches("\\d{8}T\\d{9}-[0-9a-f]{8}");
        assertThat(model.metadata().algorithm()).isEqualTo("opennlp-doccat-naivebayes+tfidf-svm+lucene-bm25-knn (calibrated)");
    }

    @Test
    void namesAFileThatIsNotAModel() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-model.zip"), "hello");
        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(InvalidModelFile.class)
                .hasMessageStartingWith(file + ": not a model file");
        Path missing = dir.resolve("missing.zip");
        assertThatThrownBy(() -> ModelFile.load(missing)).isInstanceOf(InvalidModelFile.class)
                .hasMessage(missing + ": no such file");
    }
}
