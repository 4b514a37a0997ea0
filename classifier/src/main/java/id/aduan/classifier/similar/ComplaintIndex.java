package id.aduan.classifier.similar;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import id.aduan.classifier.text.ComplaintText;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * A thread-safe in-memory Lucene index of open complaints, for finding complaints that are likely the same
 * problem and for officers' full-text search (MongoDB's {@code $text} is not available on the embedded store).
 *
 * <p>Similarity: MoreLikeThis picks the most telling words of the new text and retrieves candidates of the same
 * category (when known); each candidate is scored by the TF-IDF cosine of the two texts (0..1), blended with
 * whether the place matches (when the new complaint's place is known). Search takes arbitrary user input: it is
 * analysed into words, never parsed as query syntax, and bounded in length.
 */
public final class ComplaintIndex implements Closeable {

    /** Candidates below this similarity are not returned. */
    public static final double MIN_SIMILARITY = 0.1;
    /** Longest search input read, in characters; the rest is ignored. */
    public static final int MAX_QUERY_CHARS = 200;
    /** Most results a single call returns. */
    public static final int MAX_RESULTS = 1000;

    private static final double PLACE_WEIGHT = 0.15;
    private static final int MAX_QUERY_TERMS = 32;
    private static final String ID = "id";
    private static final String TEXT = ComplaintText.FIELD;
    private static final String CATEGORY = "category";
    private static final String PLACE = "place";
    private static final String PLACE_KEY = "place_key";
    private static final String CREATED = "created";
    private static final Set<String> ID_AND_PLACE = Set.of(ID, PLACE_KEY);

    private final ComplaintText text;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Each indexed complaint's words and how often each occurs, counted once when it is put, so that scoring a
     * candidate needs no second analysis of its text. The words are interned: most are shared by many complaints.
     */
    private final Map<String, Words> wordsById = new ConcurrentHashMap<>();

    public ComplaintIndex() {
        this(ComplaintText.standard());
    }

    ComplaintIndex(ComplaintText text) {
        this.text = text;
        this.analyzer = text.analyzer();
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a complaint, or replaces the one with the same id. */
    public void put(IndexedComplaint complaint) {
        putAll(List.of(complaint));
    }

    /**
     * Adds or replaces several complaints and makes them searchable together: one reader refresh for all of them
     * (a refresh per complaint made loading 100,000 complaints take minutes).
     */
    public synchronized void putAll(Collection<IndexedComplaint> complaints) {
        try {
            for (IndexedComplaint complaint : complaints) {
                String normalised = text.normalise(complaint.text());
                wordsById.put(complaint.id(), Words.of(text.words(normalised), true));
                writer.updateDocument(new Term(ID, complaint.id()), document(complaint, normalised));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(IndexedComplaint complaint, String normalised) {
        Document doc = new Document();
        doc.add(new StringField(ID, complaint.id(), Field.Store.YES));
        // search reads the ids of its (up to 1,000) hits from here: loading stored documents costs far more
        doc.add(new SortedDocValuesField(ID, new BytesRef(complaint.id())));
        doc.add(new TextField(TEXT, normalised, Field.Store.YES));
        if (complaint.category() != null && !complaint.category().isBlank()) {
            doc.add(new StringField(CATEGORY, complaint.category().strip(), Field.Store.NO));
        }
        String placeKey = placeKey(complaint.place());
        if (!placeKey.isEmpty()) {
            doc.add(new StringField(PLACE_KEY, placeKey, Field.Store.YES));
            doc.add(new TextField(PLACE, text.normalise(complaint.place()), Field.Store.NO));
        }
        long created = complaint.createdAt().toEpochMilli();
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED, created));
        doc.add(new StoredField(CREATED, created));
        return doc;
    }

    /** Removes a complaint (e.g. when it is closed); unknown ids are ignored. */
    public synchronized void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            searchers.maybeRefreshBlocking();
            wordsById.remove(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many complaints the index holds. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Complaints like {@code complaint}, other than itself. */
    public List<SimilarComplaint> similar(IndexedComplaint complaint, int limit) {
        return similar(complaint.text(), complaint.category() == null || complaint.category().isBlank() ? null
                : CategoryCode.of(complaint.category().strip()), complaint.place(), limit, complaint.id());
    }

    /**
     * Indexed complaints that are likely the same problem as {@code text}, most similar first.
     *
     * @param category when not null, only complaints of this category are considered
     * @param place when not null, complaints at the same place rank higher
     */
    public List<SimilarComplaint> similar(String text, CategoryCode category, String place, int limit) {
        return similar(text, category, place, limit, null);
    }

    private List<SimilarComplaint> similar(String raw, CategoryCode category, String place, int limit,
                                           String excludeId) {
        int wanted = Math.min(limit, MAX_RESULTS);
        String normalised = text.normalise(raw);
        if (wanted <= 0 || normalised.isEmpty()) {
            return List.of();
        }
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(TEXT, new StringReader(normalised));
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
            if (category != null) {
                query.add(new TermQuery(new Term(CATEGORY, category.value())), Occur.FILTER);
            }
            String placeKey = placeKey(place);
            if (!placeKey.isEmpty()) {
                query.add(new BoostQuery(new TermQuery(new Term(PLACE_KEY, placeKey)), 2f), Occur.SHOULD);
            }
            if (excludeId != null) {
                query.add(new TermQuery(new Term(ID, excludeId)), Occur.MUST_NOT);
            }
            // the candidates share most of their words: look each word's document frequency up once per call
            Map<String, Integer> docFreqs = new HashMap<>();
            Map<String, Double> queryVector = vector(reader, Words.of(text.words(normalised), false), docFreqs);
            List<SimilarComplaint> found = new ArrayList<>();
            // only the best candidates matter, not how many match: counting no further lets Lucene skip the documents
            // that cannot make the top (when every indexed complaint is the same problem, that is most of them)
            int candidates = Math.max(wanted * 3, 20);
            TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(candidates, candidates));
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc, ID_AND_PLACE);
                Words words = wordsById.get(doc.get(ID));
                if (words == null) { // replaced or removed since the search began: analyse what the search saw
                    words = Words.of(text.words(searcher.storedFields().document(hit.doc).get(TEXT)), false);
                }
                double score = cosine(queryVector, vector(reader, words, docFreqs));
                if (!placeKey.isEmpty()) {
                    score = (1 - PLACE_WEIGHT) * score + (placeKey.equals(doc.get(PLACE_KEY)) ? PLACE_WEIGHT : 0);
                }
                if (score >= MIN_SIMILARITY) {
                    found.add(new SimilarComplaint(doc.get(ID), Math.min(1.0, score)));
                }
            }
            found.sort(Comparator.comparingDouble(SimilarComplaint::score).reversed());
            return found.size() > wanted ? List.copyOf(found.subList(0, wanted)) : found;
        });
    }

    /**
     * Full-text search over complaint text and place for officers: ids, best match first. Any input is safe: it is
     * analysed into at most 32 words (query syntax has no meaning) and only its first 200 characters are read.
     */
    public List<String> search(String query, int limit) {
        int wanted = Math.min(limit, MAX_RESULTS);
        if (query == null || wanted <= 0) {
            return List.of();
        }
        String bounded = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        Set<String> words = new LinkedHashSet<>(List.of(text.words(text.normalise(bounded))));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        words.stream().limit(MAX_QUERY_TERMS).forEach(word -> {
            builder.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(PLACE, word)), 0.5f), Occur.SHOULD);
        });
        if (!bounded.isBlank()) {
            builder.add(new BoostQuery(new TermQuery(new Term(ID, bounded.strip())), 10f), Occur.SHOULD);
        }
        Query built = builder.build();
        return withSearcher(searcher -> ids(searcher, searcher.search(built, wanted).scoreDocs));
    }

    /** The ids of these hits, in the hits' order, read from doc values in document order (as they must be). */
    private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getSortedDocValues(ID);
            }
            values.advanceExact(doc - leaf.docBase); // every document has its id there (see document())
            ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return List.of(ids);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> vector(IndexReader reader, Words words, Map<String, Integer> docFreqs)
            throws IOException {
        Map<String, Double> weights = HashMap.newHashMap(words.words().length);
        int docs = reader.numDocs();
        for (int i = 0; i < words.words().length; i++) {
            String word = words.words()[i];
            Integer known = docFreqs.get(word);
            int df = known != null ? known : reader.docFreq(new Term(TEXT, word));
            docFreqs.putIfAbsent(word, df);
            double idf = Math.log(1.0 + (docs + 1.0) / (df + 1.0));
            weights.put(word, (1 + Math.log(words.counts()[i])) * idf);
        }
        return weights;
    }

    /** The distinct words of a text and how often each occurs. */
    private record Words(String[] words, int[] counts) {

        static Words of(String[] analysed, boolean kept) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String word : analysed) {
                counts.merge(word, 1, Integer::sum);
            }
            String[] words = new String[counts.size()];
            int[] times = new int[counts.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                words[i] = kept ? e.getKey().intern() : e.getKey();
                times[i++] = e.getValue();
            }
            return new Words(words, times);
        }
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double norm = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum())
                * Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return norm == 0 ? 0 : dot / norm;
    }

    private static String placeKey(String place) {
        return place == null ? "" : place.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
