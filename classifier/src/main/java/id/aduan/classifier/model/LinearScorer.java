package id.aduan.classifier.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * A linear SVM over {@link FeatureSpace} TF-IDF features: one-vs-rest L2-regularised squared-hinge SVMs solved by
 * dual coordinate descent (the LIBLINEAR algorithm). Margins become probabilities by a softmax whose temperature
 * the head's calibration fits.
 */
final class LinearScorer implements Scorer {

    /** Stop when the projected gradients span less than this (LIBLINEAR's default eps). */
    private static final double TOLERANCE = 0.1;

    private final FeatureSpace features;
    private final int labels;
    private final float[] weights;
    private final float[] bias;

    private LinearScorer(FeatureSpace features, int labels, float[] weights, float[] bias) {
        this.features = features;
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * One-vs-rest squared-hinge SVMs by dual coordinate descent (Hsieh et al. 2008, as LIBLINEAR's default solver),
     * with the bias as a regularised feature. Examples of rare labels get a larger cost,
     * {@code C * (n / (labels * support))^classBalance}, which raises macro-F1.
     */
    static LinearScorer train(List<Doc> docs, List<String> targets, Labels labelSet, TrainingOptions options) {
        FeatureSpace features = FeatureSpace.fit(docs, options.linearMinDf());
        double c = options.linearCost();
        int k = labelSet.size();
        int n = docs.size();
        int d = features.size();
        List<FeatureSpace.Sparse> x = new ArrayList<>(n);
        int[] y = new int[n];
        double[] qii = new double[n];
        double[] diagOf = new double[n];
        int[] support = new int[k];
        for (int i = 0; i < n; i++) {
            y[i] = labelSet.indexOf(targets.get(i));
            support[y[i]]++;
        }
        double balance = options.classBalance();
        for (int i = 0; i < n; i++) {
            FeatureSpace.Sparse v = features.vector(docs.get(i));
            x.add(v);
            double ci = c * Math.pow((double) n / (k * support[y[i]]), balance);
            diagOf[i] = 1.0 / (2.0 * ci);
            double sq = 1.0; // the bias feature
            for (float value : v.values()) {
                sq += value * value;
            }
            qii[i] = sq + diagOf[i];
        }
        float[] weights = new float[d * k];
        float[] bias = new float[k];
        double[] w = new double[d];
        double[] alpha = new double[n];
        Random random = new Random(42);
        int[] index = new int[n];
        for (int label = 0; label < k; label++) {
            java.util.Arrays.fill(w, 0);
            java.util.Arrays.fill(alpha, 0);
            double b = solve(x, y, label, qii, diagOf, alpha, w, index, random, options.linearPasses());
            for (int f = 0; f < d; f++) {
                weights[f * k + label] = (float) w[f];
            }
            bias[label] = (float) b;
        }
        return new LinearScorer(features, k, weights, bias);
    }

    /**
     * Dual coordinate descent with shrinking for one binary problem (label against the rest), following
     * LIBLINEAR's solve_l2r_l1l2_svc for the squared hinge (no upper bound on alpha): examples that are far on the
     * right side of the margin leave the active set, which makes one-vs-rest over many labels fast.
     *
     * @return the bias; {@code w} holds the weights
     */
    private static double solve(List<FeatureSpace.Sparse> x, int[] y, int label, double[] qii, double[] diagOf,
                                double[] alpha, double[] w, int[] index, Random random, int maxPasses) {
        int n = x.size();
        double b = 0;
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int active = n;
        double maxOld = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < maxPasses; pass++) {
            for (int i = active - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = index[i];
                index[i] = index[j];
                index[j] = t;
            }
            double maxNew = Double.NEGATIVE_INFINITY;
            double minNew = Double.POSITIVE_INFINITY;
            for (int s = 0; s < active; s++) {
                int i = index[s];
                FeatureSpace.Sparse v = x.get(i);
                double yi = y[i] == label ? 1.0 : -1.0;
                int[] ids = v.ids();
                float[] values = v.values();
                double margin = b;
                for (int f = 0; f < ids.length; f++) {
                    margin += w[ids[f]] * values[f];
                }
                double g = yi * margin - 1.0 + diagOf[i] * alpha[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > maxOld) {
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                maxNew = Math.max(maxNew, pg);
                minNew = Math.min(minNew, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / qii[i], 0);
                    double delta = (alpha[i] - old) * yi;
                    for (int f = 0; f < ids.length; f++) {
                        w[ids[f]] += delta * values[f];
                    }
                    b += delta;
                }
            }
            if (maxNew - minNew <= TOLERANCE) {
                if (active == n) {
                    break;
                }
                active = n;
                maxOld = Double.POSITIVE_INFINITY;
                continue;
            }
            maxOld = maxNew <= 0 ? Double.POSITIVE_INFINITY : maxNew;
        }
        return b;
    }

    private static void scores(FeatureSpace.Sparse v, float[] w, float[] b, double scale, int k, double[] out) {
        for (int c = 0; c < k; c++) {
            out[c] = 0;
        }
        int[] ids = v.ids();
        float[] values = v.values();
        for (int f = 0; f < ids.length; f++) {
            int base = ids[f] * k;
            double value = values[f];
            for (int c = 0; c < k; c++) {
                out[c] += value * w[base + c];
            }
        }
        for (int c = 0; c < k; c++) {
            out[c] = out[c] * scale + b[c];
        }
    }

    private static void softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
    }

    @Override
    public double[] probabilities(Doc doc) {
        double[] p = new double[labels];
        scores(features.vector(doc), weights, bias, 1.0, labels, p);
        softmax(p);
        return p;
    }

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            features.write(out);
            out.writeInt(labels);
            writeFloats(out, bias);
            writeFloats(out, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static LinearScorer read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            FeatureSpace features = FeatureSpace.read(in);
            int k = in.readInt();
            float[] b = readFloats(in, k);
            float[] w = readFloats(in, features.size() * k);
            return new LinearScorer(features, k, w, b);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        out.write(buffer.array());
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        byte[] bytes = new byte[count * Float.BYTES];
        in.readFully(bytes);
        float[] values = new float[count];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }
}
