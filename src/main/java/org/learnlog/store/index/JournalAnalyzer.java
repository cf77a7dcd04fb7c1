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
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
