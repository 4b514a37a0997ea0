package id.aduan.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.Category;
import id.aduan.models.taxonomy.Taxonomy;

/** Sanity checks of the shipped seed corpus and the classifier trained from it, on phrases not in the corpus. */
class ShippedSeedCorpusTests {

    private static final Taxonomy TAXONOMY = Taxonomy.defaults();
    private static LiveClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = LiveClassifier.fromSeed(TAXONOMY, ClassifierSettings.defaults().withBackgroundCalibration(false));
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    @Test
    void coversEveryActiveCategoryWithKnownCodes() throws Exception {
        List<Example> seed;
        try (InputStream in = getClass().getResourceAsStream(LiveClassifier.SEED_CORPUS)) {
            seed = CorpusReader.read(in, "seed");
        }
        Set<String> categories = seed.stream().map(Example::category).collect(Collectors.toSet());
        assertThat(categories).containsAll(TAXONOMY.activeCategories().stream().map(c -> c.code().value()).toList());
        assertThat(seed).allSatisfy(e -> assertThat(TAXONOMY.knows(id.aduan.models.taxonomy.CategoryCode.of(e.category())))
                .isTrue());
        assertThat(TAXONOMY.activeCategories()).allSatisfy((Category c) ->
                assertThat(seed.stream().filter(e -> e.category().equals(c.code().value())).count()).isGreaterThanOrEqualTo(60));
        assertThat(classifier.model().trainingExamples()).isEqualTo(seed.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pak, jalan di kampung kami rusak parah, aspalnya hancur dan motor sering tergelincir | jalan-jembatan | dinas-pupr",
        "air kran di rumah tidak mengalir dari kemarin pagi, tolong pdam | air-bersih | pdam",
        "lampu penerangan di gang mawar padam semua, malam jadi gelap gulita | penerangan-jalan | dishub",
        "tumpukan sampah di pinggir kali belum diangkut dua minggu, baunya kemana mana | sampah-kebersihan | dlh",
        "kartu bpjs kesehatan ibu saya dinonaktifkan padahal iuran lancar | jaminan-kesehatan | bpjs-kesehatan",
        "e-ktp saya belum dicetak sudah 6 bulan di disdukcapil | kependudukan | disdukcapil",
    })
    void classifiesObviousComplaints(String text, String category, String agency) {
        Suggestion suggestion = classifier.suggest(text);
        assertThat(suggestion.topCategory()).map(s -> s.label().value()).contains(category);
        assertThat(suggestion.topAgency()).map(s -> s.label().value()).contains(agency);
    }
}
