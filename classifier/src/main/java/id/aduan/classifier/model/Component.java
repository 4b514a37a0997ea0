package id.aduan.classifier.model;

/** The models a head can combine. */
public enum Component {
    /** OpenNLP document categorizer over analysed words and word bigrams. */
    DOCCAT("opennlp-doccat"),
    /** Linear SVM over TF-IDF word 1-2-grams and character 2-5-grams. */
    LINEAR("tfidf-svm"),
    /** Lucene MoreLikeThis + BM25 k nearest neighbours over the training examples. */
    NEIGHBOURS("lucene-bm25-knn");

    private final String code;

    Component(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Component fromCode(String code) {
        for (Component c : values()) {
            if (c.code.equals(code) || c.name().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown component: " + code);
    }
}
