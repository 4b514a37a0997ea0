package id.aduan.classifier.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * TF-IDF features of a text, in two blocks each normalised to unit length: analysed word unigrams and bigrams, and
 * character 2- to 5-grams inside space-padded words of the normalised text (robust to spelling variants and
 * affixes the stemmer misses).
 *
 * <p>Features are 64-bit FNV-1a hashes of the n-grams, computed without building strings (the feature
 * extraction is the hot path of both training and serving); a collision among the ~10^5-10^6 features of a
 * corpus has a probability of about 10^-8.
 */
final class FeatureSpace {

    private static final int MIN_CHAR_GRAM = 2;
    private static final int MAX_CHAR_GRAM = 5;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long WORD_SEED = 0xcbf29ce484222325L;
    private static final long CHAR_SEED = 0x84222325cbf29ce4L;
    /** Lowest bit of a feature key: 1 for word features, 0 for character features. */
    private static final long WORD_BIT = 1L;

    private final LongCounts index;
    private final long[] keys;
    private final float[] idf;

    private FeatureSpace(long[] keys, float[] idf) {
        this.keys = keys;
        this.idf = idf;
        this.index = new LongCounts(keys.length);
        for (int i = 0; i < keys.length; i++) {
            index.add(keys[i], i + 1);
        }
    }

    /** Builds the vocabulary from training documents, keeping features seen in at least {@code minDf} of them. */
    static FeatureSpace fit(List<Doc> docs, int minDf) {
        LongCounts df = new LongCounts(1 << 16);
        for (Doc doc : docs) {
            counts(doc).forEach((key, count) -> df.add(key, 1));
        }
        long[] kept = new long[df.size()];
        int[] n = {0};
        df.forEach((key, count) -> {
            if (count >= minDf) {
                kept[n[0]++] = key;
            }
        });
        long[] keys = Arrays.copyOf(kept, n[0]);
        Arrays.sort(keys);
        float[] idf = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            idf[i] = (float) (Math.log((1.0 + docs.size()) / (1.0 + df.get(keys[i]))) + 1.0);
        }
        return new FeatureSpace(keys, idf);
    }

    int size() {
        return keys.length;
    }

    /** The sparse TF-IDF vector of a document (unknown features dropped). */
    Sparse vector(Doc doc) {
        LongCounts counts = counts(doc);
        int[] ids = new int[counts.size()];
        float[] values = new float[counts.size()];
        double[] norms = new double[2];
        int[] n = {0};
        counts.forEach((key, count) -> {
            int id = index.get(key) - 1;
            if (id < 0) {
                return;
            }
            float v = (float) ((1.0 + Math.log(count)) * idf[id]);
            ids[n[0]] = id;
            values[n[0]++] = v;
            norms[(int) (key & WORD_BIT)] += v * v;
        });
        double charNorm = Math.sqrt(norms[0]);
        double wordNorm = Math.sqrt(norms[1]);
        for (int i = 0; i < n[0]; i++) {
            double norm = (keys[ids[i]] & WORD_BIT) != 0 ? wordNorm : charNorm;
            values[i] = norm == 0 ? 0 : (float) (values[i] / norm);
        }
        return new Sparse(Arrays.copyOf(ids, n[0]), Arrays.copyOf(values, n[0]));
    }

    static LongCounts counts(Doc doc) {
        String text = doc.normalised();
        String[] words = doc.words();
        LongCounts counts = new LongCounts(words.length * 2 + text.length() * 4);
        long previous = 0;
        for (int i = 0; i < words.length; i++) {
            long word = hash(WORD_SEED, words[i]);
            counts.add(key(word, true), 1);
            if (i > 0) {
                counts.add(key((previous ^ ' ') * FNV_PRIME ^ word, true), 1);
            }
            previous = word;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                charGrams(text, start, i, counts);
                start = -1;
            }
        }
        return counts;
    }

    /** Character n-grams of text[from, to) padded with a space on both sides. */
    private static void charGrams(String text, int from, int to, LongCounts counts) {
        int length = to - from + 2;
        for (int i = 0; i < length; i++) {
            long h = CHAR_SEED;
            for (int j = i; j < Math.min(length, i + MAX_CHAR_GRAM); j++) {
                char c = j == 0 || j == length - 1 ? ' ' : text.charAt(from + j - 1);
                h = (h ^ c) * FNV_PRIME;
                if (j - i + 1 >= MIN_CHAR_GRAM) {
                    counts.add(key(h, false), 1);
                }
            }
        }
    }

    private static long hash(long seed, String s) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** A non-zero key whose lowest bit tells the block. */
    private static long key(long hash, boolean word) {
        long key = (hash & ~WORD_BIT) | (word ? WORD_BIT : 0);
        return key == 0 ? 2 : key;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeLong(keys[i]);
            out.writeFloat(idf[i]);
        }
    }

    static FeatureSpace read(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] keys = new long[n];
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readLong();
            idf[i] = in.readFloat();
        }
        return new FeatureSpace(keys, idf);
    }

    /** A sparse vector: feature ids and their values. */
    record Sparse(int[] ids, float[] values) {
    }
}
