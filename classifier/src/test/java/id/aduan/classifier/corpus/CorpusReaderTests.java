package id.aduan.classifier.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTests {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("corpus.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsRowsWithEitherLabelEmptyAndIgnoresOtherColumns() throws IOException {
        Path csv = file("id,text,category,agency\n1,\"jalan rusak, parah\",jalan-jembatan,\n2,ktp lama,,DISDUKCAPIL\n");
        assertThat(CorpusReader.read(csv)).containsExactly(
                new Example("jalan rusak, parah", "jalan-jembatan", ""),
                new Example("ktp lama", "", "DISDUKCAPIL"));
    }

    @Test
    void acceptsByteOrderMarkAndMultilineQuotedText() throws IOException {
        Path csv = file("\uFEFFtext,category,agency\n\"baris satu\nbaris dua\",a,b\n");
        assertThat(CorpusReader.read(csv)).containsExactly(new Example("baris satu\nbaris dua", "a", "b"));
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CorpusReader.read(missing)).isInstanceOf(InvalidCorpus.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void namesAMissingColumn() throws IOException {
        Path csv = file("text,category\njalan rusak,jalan-jembatan\n");
        assertThatThrownBy(() -> CorpusReader.read(csv)).isInstanceOf(InvalidCorpus.class)
                .hasMessageStartingWith(csv + " line 1: missing column 'agency'");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path csv = file("");
        assertThatThrownBy(() -> CorpusReader.read(csv)).isInstanceOf(InvalidCorpus.class)
                .hasMessageStartingWith(csv + " line 1: empty file");
    }

    @Test
    void rejectsAHeaderWithoutRows() throws IOException {
        Path csv = file("text,category,agency\n");
        assertThatThrownBy(() -> CorpusReader.read(csv)).isInstanceOf(InvalidCorpus.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void namesTheLineOfBadUtf8() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        byte[] head = "text,category,agency\nok,a,b\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "caf\u00e9,a,b\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(csv, all);
        assertThatThrownBy(() -> CorpusReader.read(csv)).isInstanceOf(InvalidCorpus.class)
                .hasMessageStartingWith(csv + " line ").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void namesTheLineOfAnUnclosedQuote() throws IOException {
        Path csv = file("text,category,agency\nok,a,b\n\"tidak ditutup,a,b\nlagi,a,b\n");
        assertThatThrownBy(() -> CorpusReader.read(csv)).isInstanceOf(InvalidCorpus.class)
                .hasMessage(csv + " line 3: unclosed quote (the quoted field runs to the end of the file)");
    }
}
