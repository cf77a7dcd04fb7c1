package org.learnlog.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How note text becomes search terms: Unicode word breaks, lower case, accents folded (café = cafe),
 * English possessives and stop words dropped, and words stemmed (rebasing = rebase).
 */
final class JournalAnalyzer extends Analyzer {
    /** Between the values of a field a note has several of (its tags), so no phrase runs from one into the next. */
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream terms = new LowerCaseFilter(source);
        terms = new ASCIIFoldingFilter(terms);
        terms = new EnglishPossessiveFilter(terms);
        terms = new StopFilter(terms, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        terms = new PorterStemFilter(terms);
        return new TokenStreamComponents(source, terms);
    }

    @Override
    public int getPositionIncrementGap(String field) {
        return GAP_BETWEEN_VALUES;
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
