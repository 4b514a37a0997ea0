package id.aduan.classifier.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import id.aduan.classifier.text.ComplaintText;
import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * k nearest neighbours over the training examples in an in-memory Lucene index: the most telling words of the text
 * (as Lucene's MoreLikeThis picks them), BM25 ranks the examples, and each of the k best votes for its label with its score
 * relative to the best one. Thread-safe (the index is read-only once built).
 */
final class NeighbourScorer implements Scorer {

    private static final String LABEL = "label";
    /** Query terms per text, as MoreLikeThis was configured before (ADR 0106). */
    static final int MAX_QUERY_TERMS = 40;
    /** MoreLikeThis's default: words beyond this many are not read. */
    private static final int MAX_TOKENS_PARSED = 5000;

    private final IndexSearcher searcher;
    private final int[] labelOf;
    private final int labels;
    private final int k;

    private NeighbourScorer(IndexSearcher searcher, int[] labelOf, int labels, int k) {
        this.searcher = searcher;
        this.labelOf = labelOf;
        this.labels = labels;
        this.k = k;
    }

    /** The index of the training examples (for tests). */
    IndexReader reader() {
        return searcher.getIndexReader();
    }

    static NeighbourScorer build(List<Doc> docs, List<String> targets, Labels labelSet, Analyzer analyzer, int k) {
        try {
            // One buffer per file: searching clones index inputs for every term lookup, and cloning a file kept as
            // many small buffers duplicates each of them (most of the kNN's cost when profiled).
            ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
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
            return new NeighbourScorer(searcher, labelOf, labelSet.size(), k);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double[] probabilities(Doc doc) {
        double[] votes = new double[labels];
        try {
            Query query = likeThis(doc.words());
            ScoreDoc[] hits = query == null ? new ScoreDoc[0] : searcher.search(query, k).scoreDocs;
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

    /**
     * The query {@link MoreLikeThis} would build for these analysed words (the {@code MAX_QUERY_TERMS} words with
     * the highest tf * idf, idf as in ClassicSimilarity, words unknown to the index skipped), built from the words
     * the text was already analysed into and with each term looked up once: MoreLikeThis analyses the text again and
     * looks every term up twice (for its idf and again for the query's weight), which was most of a suggestion's
     * cost. Null when no word is in the index.
     */
    Query likeThis(String[] words) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        for (int i = 0; i < Math.min(words.length, MAX_TOKENS_PARSED); i++) {
            frequencies.merge(words[i], 1, Integer::sum);
        }
        IndexReader reader = searcher.getIndexReader();
        List<QueryTerm> candidates = new ArrayList<>();
        int numDocs = reader.numDocs();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(ComplaintText.FIELD);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
                BytesRef bytes = new BytesRef(entry.getKey());
                if (!iterator.seekExact(bytes)) {
                    continue;
                }
                int docFreq = iterator.docFreq();
                double idf = Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0;
                candidates.add(new QueryTerm(entry.getKey(), (float) (entry.getValue() * idf),
                        new TermStates(reader.getContext(), iterator.termState(), leaf.ord, docFreq,
                                iterator.totalTermFreq())));
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(Comparator.comparingDouble(QueryTerm::score).reversed().thenComparing(QueryTerm::word));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryTerm term : candidates.subList(0, Math.min(MAX_QUERY_TERMS, candidates.size()))) {
            query.add(new TermQuery(new Term(ComplaintText.FIELD, term.word()), term.states()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private record QueryTerm(String word, float score, TermStates states) {
    }
}
