package id.aduan.classifier.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.aduan.models.taxonomy.CategoryCode;

class ComplaintIndexTests {

    private static final CategoryCode ROADS = CategoryCode.of("jalan-jembatan");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private ComplaintIndex index;

    @BeforeEach
    void fill() {
        index = new ComplaintIndex();
        index.put(new IndexedComplaint("A-1", "Jalan di depan SDN 2 Sukamaju berlubang besar, motor sering jatuh",
                "jalan-jembatan", "Sukamaju", NOW));
        index.put(new IndexedComplaint("A-2", "jalan berlubang di depan sekolah sukamaju belum diperbaiki",
                "jalan-jembatan", "Cibeunying", NOW));
        index.put(new IndexedComplaint("A-3", "sampah menumpuk di pasar baru, bau sekali", "sampah-kebersihan",
                "Sukamaju", NOW));
        index.put(new IndexedComplaint("A-4", "lampu jalan mati di gang melati", "penerangan-jalan", null, NOW));
        index.put(new IndexedComplaint("A-5", "jembatan gantung di desa kami putus", "jalan-jembatan", null, NOW));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsComplaintsAboutTheSameProblemFirst() {
        List<SimilarComplaint> similar = index.similar("jalan depan sekolah di sukamaju berlubang", ROADS, null, 5);
        assertThat(similar).extracting(SimilarComplaint::id).startsWith("A-2").contains("A-1").doesNotContain("A-3");
        assertThat(similar).allSatisfy(s -> assertThat(s.score()).isBetween(ComplaintIndex.MIN_SIMILARITY, 1.0));
    }

    @Test
    void onlyConsidersTheGivenCategory() {
        List<SimilarComplaint> similar = index.similar("jalan berlubang dan sampah menumpuk di pasar", ROADS, null, 5);
        assertThat(similar).extracting(SimilarComplaint::id).doesNotContain("A-3", "A-4");
    }

    @Test
    void ranksTheSamePlaceHigher() {
        index.put(new IndexedComplaint("B-1", "trotoar rusak parah", "jalan-jembatan", "Cibeunying", NOW));
        index.put(new IndexedComplaint("B-2", "trotoar rusak parah", "jalan-jembatan", "Sukamaju", NOW));
        List<SimilarComplaint> similar = index.similar("trotoarnya rusak parah", ROADS, " sukamaju ", 2);
        assertThat(similar).extracting(SimilarComplaint::id).containsExactly("B-2", "B-1");
    }

    @Test
    void excludesTheComplaintItself() {
        IndexedComplaint own = new IndexedComplaint("A-2", "jalan berlubang di depan sekolah sukamaju belum diperbaiki",
                "jalan-jembatan", "Cibeunying", NOW);
        assertThat(index.similar(own, 5)).extracting(SimilarComplaint::id).doesNotContain("A-2").contains("A-1");
    }

    @Test
    void returnsNothingForUnrelatedText() {
        assertThat(index.similar("tagihan pajak kendaraan salah hitung", null, null, 5)).isEmpty();
    }

    @Test
    void forgetsRemovedAndReplacesUpdatedComplaints() {
        index.remove("A-2");
        index.put(new IndexedComplaint("A-1", "pohon tumbang menutup jalan", "taman-pohon", null, NOW));
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.search("berlubang", 10)).isEmpty();
        assertThat(index.search("pohon tumbang", 10)).containsExactly("A-1");
    }

    @Test
    void scoresAReplacedComplaintByItsNewTextAndNeverARemovedOne() {
        String text = "trotoar di depan pasar baru rusak parah, pejalan kaki terpaksa turun ke jalan";
        assertThat(index.similar(text, ROADS, null, 5)).extracting(SimilarComplaint::id).doesNotContain("A-5");

        index.put(new IndexedComplaint("A-5", text, "jalan-jembatan", null, NOW));
        List<SimilarComplaint> found = index.similar(text, ROADS, null, 5);
        assertThat(found.getFirst().id()).isEqualTo("A-5");
        assertThat(found.getFirst().score()).isCloseTo(1.0, within(1e-9));

        index.remove("A-5");
        assertThat(index.similar(text, ROADS, null, 5)).extracting(SimilarComplaint::id).doesNotContain("A-5");
    }

    @Test
    void searchesTextAndPlaceBestFirst() {
        assertThat(index.search("jalan berlubang", 10)).startsWith("A-2", "A-1").doesNotContain("A-3");
        assertThat(index.search("Sukamaju", 10)).contains("A-1", "A-3");
        assertThat(index.search("A-4", 1)).containsExactly("A-4");
    }

    @Test
    void treatsQuerySyntaxAsPlainWords() {
        assertThat(index.search("jalan AND (berlubang OR \"sampah* ~2 [a TO z] \\ / : ^ !", 10)).isNotEmpty();
        assertThat(index.search("*:*", 10)).isEmpty();
        assertThat(index.search("((((((", 10)).isEmpty();
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search(null, 10)).isEmpty();
        assertThat(index.search("jalan", 0)).isEmpty();
    }

    @Test
    void boundsVeryLongInput() {
        String huge = "sampah ".repeat(50_000);
        assertThat(index.search(huge, 10)).containsExactly("A-3");
        assertThat(index.similar(huge, null, null, 3)).extracting(SimilarComplaint::id).containsExactly("A-3");
    }

    @Test
    void loadsManyComplaintsTogetherAndFindsEachOnceBestFirst() {
        // three batches: several index segments, as a start-up load of many complaints makes
        for (int batch = 0; batch < 3; batch++) {
            List<IndexedComplaint> complaints = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                complaints.add(new IndexedComplaint("B" + batch + "-" + i, "air pdam mati di blok " + i + " sejak "
                        + "kemarin, warga terpaksa membeli air galon untuk masak dan mandi", "air-bersih", null, NOW));
            }
            index.putAll(complaints);
        }
        index.putAll(List.of(new IndexedComplaint("B1-7", "pdam pdam mati", "air-bersih", null, NOW)));

        assertThat(index.size()).isEqualTo(1505);
        List<String> found = index.search("pdam", 1000);
        assertThat(found).hasSize(1000).doesNotHaveDuplicates().first().isEqualTo("B1-7");
        assertThat(found).allMatch(id -> id.startsWith("B"));
    }

    @Test
    void servesConcurrentWritesAndReads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        index.put(new IndexedComplaint("T" + thread + "-" + i, "air pdam mati di blok " + i,
                                "air-bersih", null, NOW));
                    }
                    return null;
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        index.search("air pdam mati", 5);
                        index.similar("air pdam tidak mengalir", null, null, 5);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(205);
        assertThat(index.search("pdam", 1000)).hasSize(200);
    }
}
