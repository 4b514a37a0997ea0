package id.aduan.classifier.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * TF-IDF features of a text, in two blocks each normalised to unit length: analysed word unigrams and bigrams, and
 * character 2- to 5-grams inside space-padded words of the normalised text (robust to spelling variants and
 * affixes the stemmer misses).
 */
final class FeatureSpace {

    private static final int MIN_CHAR_GRAM = 2;
    private static final int MAX_CHAR_GRAM = 5;

    private final Map<String, Integer> index;
    private final String[] names;
    private final float[] idf;
    private final boolean[] isWord;

    private FeatureSpace(String[] names, float[] idf) {
        this.names = names;
        this.idf = idf;
        this.index = new HashMap<>(names.length * 2);
        this.isWord = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
            isWord[i] = names[i].startsWith("w");
        }
    }

    /** Builds the vocabulary from training documents, keeping features seen in at least {@code minDf} of them. */
    static FeatureSpace fit(List<Doc> docs, int minDf) {
        Map<String, int[]> df = new HashMap<>();
        for (Doc doc : docs) {
            for (String feature : counts(doc).keySet()) {
                df.computeIfAbsent(feature, f -> new int[1])[0]++;
            }
        }
        int n = docs.size();
        String[] names = df.entrySet().stream().filter(e -> e.getValue()[0] >= minDf).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        float[] idf = new float[names.length];
        for (int i = 0; i < names.length; i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(names[i])[0])) + 1.0);
        }
        return new FeatureSpace(names, idf);
    }

    int size() {
        return names.length;
    }

    /** The sparse TF-IDF vector of a document (unknown features dropped). */
    Sparse vector(Doc doc) {
        Map<String, Integer> counts = counts(doc);
        int[] ids = new int[counts.size()];
        float[] values = new float[counts.size()];
        int n = 0;
        double wordNorm = 0;
        double charNorm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer id = index.get(e.getKey());
            if (id == null) {
                continue;
            }
            float v = (float) ((1.0 + Math.log(e.getValue())) * idf[id]);
            ids[n] = id;
            values[n++] = v;
            if (isWord[id]) {
                wordNorm += v * v;
            } else {
                charNorm += v * v;
            }
        }
        wordNorm = Math.sqrt(wordNorm);
        charNorm = Math.sqrt(charNorm);
        for (int i = 0; i < n; i++) {
            double norm = isWord[ids[i]] ? wordNorm : charNorm;
            values[i] = norm == 0 ? 0 : (float) (values[i] / norm);
        }
        return new Sparse(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(values, n));
    }

    static Map<String, Integer> counts(Doc doc) {
        Map<String, Integer> counts = new HashMap<>();
        String[] words = doc.words();
        for (int i = 0; i < words.length; i++) {
            counts.merge("w" + words[i], 1, Integer::sum);
            if (i > 0) {
                counts.merge("w" + words[i - 1] + ' ' + words[i], 1, Integer::sum);
            }
        }
        String text = doc.normalised();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                charGrams(" " + text.substring(start, i) + " ", counts);
                start = -1;
            }
        }
        return counts;
    }

    private static void charGrams(String padded, Map<String, Integer> counts) {
        for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                counts.merge("c" + padded.substring(i, i + n), 1, Integer::sum);
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(names.length);
        for (int i = 0; i < names.length; i++) {
            out.writeUTF(names[i]);
            out.writeFloat(idf[i]);
        }
    }

    static FeatureSpace read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] names = new String[n];
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            names[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        return new FeatureSpace(names, idf);
    }

    /** A sparse vector: feature ids and their values. */
    record Sparse(int[] ids, float[] values) {
    }
}
