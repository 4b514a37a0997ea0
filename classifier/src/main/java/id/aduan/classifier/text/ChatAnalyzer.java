package id.aduan.classifier.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene analysis for normalised complaint text: standard tokenizer, lowercase, Indonesian stop words and the
 * Indonesian stemmer, with derivational stemming ({@code pe-/me-/-an}) switchable because it over-stems.
 */
public final class ChatAnalyzer extends Analyzer {

    private final boolean stemDerivational;

    /** An analyzer; {@code stemDerivational=true} equals Lucene's {@link IndonesianAnalyzer}. */
    public ChatAnalyzer(boolean stemDerivational) {
        this.stemDerivational = stemDerivational;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, IndonesianAnalyzer.getDefaultStopSet());
        result = new IndonesianStemFilter(result, stemDerivational);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
