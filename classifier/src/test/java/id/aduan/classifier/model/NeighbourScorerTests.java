package id.aduan.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.aduan.classifier.corpus.CorpusReader;
import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;

class NeighbourScorerTests {

    private static ComplaintText text;
    private static List<Doc> docs;
    private static NeighbourScorer scorer;

    @BeforeAll
    static void indexFixture() throws Exception {
        List<Example> examples;
        try (InputStream in = NeighbourScorerTests.class.getResourceAsStream("/aduan/classifier/fixture-corpus.csv")) {
            examples = CorpusReader.read(in, "fixture-corpus.csv");
        }
        text = TrainedModel.textFor(TrainingOptions.defaults());
        docs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Example e : examples) {
            docs.add(text.read(e.text()));
            targets.add(e.category());
        }
        scorer = NeighbourScorer.build(docs, targets, new Labels(targets), text.analyzer(), 15);
    }

    @Test
    void asksForTheWordsMoreLikeThisWouldAskFor() throws Exception {
        for (Doc doc : docs) {
            assertThat(terms(scorer.likeThis(doc.words()))).as(doc.normalised())
                    .isEqualTo(terms(moreLikeThis(doc)));
        }
    }

    @Test
    void keepsTheMostTellingWordsOfALongComplaintAsMoreLikeThisDoes() throws Exception {
        StringBuilder all = new StringBuilder();
        docs.stream().limit(30).forEach(d -> all.append(d.normalised()).append(' '));
        Doc doc = text.read(all.toString());
        Set<Term> own = terms(scorer.likeThis(doc.words()));
        assertThat(own).hasSize(NeighbourScorer.MAX_QUERY_TERMS);
        // Many words share a tf * idf, so either side may keep a different one among equals; the scores kept may
        // not differ.
        assertThat(scores(own, doc)).isEqualTo(scores(terms(moreLikeThis(doc)), doc));
    }

    /** MoreLikeThis's score of each word, tf * ClassicSimilarity idf, highest first. */
    private static List<Float> scores(Set<Term> terms, Doc doc) throws Exception {
        List<Float> scores = new ArrayList<>();
        int numDocs = scorer.reader().numDocs();
        for (Term term : terms) {
            long tf = java.util.Arrays.stream(doc.words()).filter(term.text()::equals).count();
            int docFreq = scorer.reader().docFreq(term);
            scores.add((float) (tf * (Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0)));
        }
        scores.sort(java.util.Comparator.reverseOrder());
        return scores;
    }

    @Test
    void givesNoQueryForWordsTheIndexHasNeverSeen() throws Exception {
        assertThat(scorer.likeThis(new String[] {"xyzzyq", "plughq"})).isNull();
        double[] p = scorer.probabilities(text.read("xyzzyq plughq"));
        for (double v : p) {
            assertThat(v).isEqualTo(1.0 / p.length, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    private static Query moreLikeThis(Doc doc) throws Exception {
        MoreLikeThis mlt = new MoreLikeThis(scorer.reader());
        mlt.setAnalyzer(text.analyzer());
        mlt.setFieldNames(new String[] {ComplaintText.FIELD});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(NeighbourScorer.MAX_QUERY_TERMS);
        return mlt.like(ComplaintText.FIELD, new StringReader(doc.normalised()));
    }

    private static Set<Term> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        return terms;
    }
}
