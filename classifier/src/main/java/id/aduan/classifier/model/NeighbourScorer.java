package id.aduan.classifier.model;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * k nearest neighbours over the training examples in an in-memory Lucene index: MoreLikeThis picks the most
 * telling words of the text, BM25 ranks the examples, and each of the k best votes for its label with its score
 * relative to the best one. Thread-safe (the index is read-only once built).
 */
final class NeighbourScorer implements Scorer {

    private static final String LABEL = "label";

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int[] labelOf;
    private final int labels;
    private final int k;

    private NeighbourScorer(Analyzer analyzer, IndexSearcher searcher, int[] labelOf, int labels, int k) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.labelOf = labelOf;
        this.labels = labels;
        this.k = k;
    }

    static NeighbourScorer build(List<Doc> docs, List<String> targets, Labels labelSet, Analyzer analyzer, int k) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < docs.size(); i++) {
                    Document doc = new Document();
                    doc.add(new TextField(ComplaintText.FIELD, docs.get(i).normalised(), Field.Store.NO));
                    doc.add(new StoredField(LABEL, labelSet.indexOf(targets.get(i))));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            int[] labelOf = new int[reader.maxDoc()];
            for (int d = 0; d < labelOf.length; d++) {
                labelOf[d] = searcher.storedFields().document(d).getField(LABEL).numericValue().intValue();
            }
            return new NeighbourScorer(analyzer, searcher, labelOf, labelSet.size(), k);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double[] probabilities(Doc doc) {
        double[] votes = new double[labels];
        try {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {ComplaintText.FIELD});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(40);
            Query query = mlt.like(ComplaintText.FIELD, new StringReader(doc.normalised()));
            ScoreDoc[] hits = searcher.search(query, k).scoreDocs;
            double best = hits.length == 0 ? 0 : hits[0].score;
            for (ScoreDoc hit : hits) {
                votes[labelOf[hit.doc]] += hit.score / best;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Add-one smoothing keeps every label possible and turns votes into probabilities.
        double total = 0;
        for (int i = 0; i < labels; i++) {
            votes[i] += 1.0 / labels;
            total += votes[i];
        }
        for (int i = 0; i < labels; i++) {
            votes[i] /= total;
        }
        return votes;
    }
}
