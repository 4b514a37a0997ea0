package id.aduan.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ClassifierCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** An uppercase label set unlike the shipped taxonomy, with some empty labels. */
    private Path corpus() throws IOException {
        StringBuilder csv = new StringBuilder("id,text,category,agency\n");
        String[][] rows = {
            {"jalan rusak berlubang di desa", "JALAN", "DINAS_PU"},
            {"aspal jalan mengelupas dan berlubang", "JALAN", "DINAS_PU"},
            {"jembatan desa hampir ambruk", "JALAN", ""},
            {"ktp elektronik belum jadi setahun", "", "DISDUKCAPIL"},
            {"urus kartu keluarga lama sekali", "ADMINDUK", "DISDUKCAPIL"},
            {"akta kelahiran anak salah nama", "ADMINDUK", "DISDUKCAPIL"},
            {"sampah menumpuk tidak diangkut", "SAMPAH", "DLH"},
            {"bau sampah di pasar menyengat", "SAMPAH", "DLH"},
        };
        int id = 0;
        for (int copy = 0; copy < 3; copy++) {
            for (String[] row : rows) {
                csv.append(id++).append(",\"").append(row[0]).append(" ").append(copy).append("\",")
                        .append(row[1]).append(',').append(row[2]).append('\n');
            }
        }
        return Files.writeString(dir.resolve("train.csv"), csv);
    }

    @Test
    void trainsAndEvaluatesAnyLabelSet() throws IOException {
        Path data = corpus();
        Path model = dir.resolve("out/model.zip");
        Path json = dir.resolve("out/eval.json");

        assertThat(run("train", "--data", data.toString(), "--out", model.toString())).isZero();
        assertThat(model).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 category labels, 3 agency labels");
        assertThat(err()).contains("training category head");

        assertThat(run("evaluate", "--model", model.toString(), "--data", data.toString(), "--json", json.toString()))
                .isZero();
        String written = Files.readString(json);
        assertThat(written).contains("\"category\": {", "\"agency\": {", "\"DISDUKCAPIL\"", "\"macro_f1\"",
                "\"top3_accuracy\"", "\"confusion_matrix\"", "\"latency_ms_per_document\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("accuracy=");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactlyInAnyOrder(model, json);
        }
    }

    @Test
    void reportsAMissingFileInOneLineWithExitCodeTwo() {
        Path missing = dir.resolve("missing.csv");
        assertThat(run("train", "--data", missing.toString(), "--out", dir.resolve("m.zip").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("error: " + missing + ": no such file" + System.lineSeparator());
        assertThat(dir.resolve("m.zip")).doesNotExist();
    }

    @Test
    void reportsBadCsvWithFileAndLineAndWritesNothing() throws IOException {
        Path model = dir.resolve("m.zip");
        String[][] cases = {
            {"missing-column.csv", "text,category\njalan,JALAN\n", "line 1: missing column 'agency'"},
            {"empty.csv", "", "line 1: empty file"},
            {"unclosed.csv", "text,category,agency\nok,A,B\n\"not closed,A,B\nmore,A,B\n", "line 3: unclosed quote"},
        };
        for (String[] c : cases) {
            err.reset();
            Path file = Files.writeString(dir.resolve(c[0]), c[1]);
            assertThat(run("train", "--data", file.toString(), "--out", model.toString())).isEqualTo(2);
            assertThat(err()).startsWith("error: " + file + " " + c[2]).hasLineCount(1);
        }
        err.reset();
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "text,category,agency\ncaf\u00e9,A,B\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("train", "--data", latin1.toString(), "--out", model.toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: " + latin1 + " line 2: not valid UTF-8").hasLineCount(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().contains("m.zip"));
        }
    }

    @Test
    void reportsAFileThatIsNotAModel() throws IOException {
        Path notModel = Files.writeString(dir.resolve("model.zip"), "nope");
        Path data = corpus();
        assertThat(run("evaluate", "--model", notModel.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: " + notModel + ": not a model file").hasLineCount(1);
    }

    @Test
    void explainsUsageMistakes() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("train", "--data")).isEqualTo(2);
        assertThat(run("train", "--out", "x")).isEqualTo(2);
        assertThat(err()).contains("missing --data", "usage:");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("train", "--data", "a.csv", "--out", "m", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unknown option --colour");
    }
}
