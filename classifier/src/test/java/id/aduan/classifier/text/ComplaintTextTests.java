package id.aduan.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintTextTests {

    @Test
    void removesStopWordsAndStemsIndonesian() {
        ComplaintText.Doc doc = ComplaintText.standard().read("Jalannya berlubang dan kami kebanjiran");
        assertThat(doc.words()).containsExactly("jalan", "lubang", "banjir");
    }

    @Test
    void readsAtMostMaxCharsOfVeryLongText() {
        ComplaintText.Doc doc = ComplaintText.standard().read("sampah ".repeat(10_000));
        assertThat(doc.normalised().length()).isLessThanOrEqualTo(ComplaintText.MAX_CHARS);
    }

    @Test
    void lightStemmingKeepsDerivedWords() {
        ComplaintText light = new ComplaintText(TextNormaliser.standard(), new ChatAnalyzer(false));
        assertThat(light.read("perumahannya").words()).containsExactly("perumahan");
    }
}
