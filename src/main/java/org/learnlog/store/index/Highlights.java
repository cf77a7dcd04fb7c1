package org.learnlog.store.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.learnlog.model.Snippet;

/** Marks what matched in the titles and bodies of the hits, as snippets with character ranges. */
final class Highlights {
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    static final int SNIPPET_LENGTH = 160;

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * For each hit: its whole title and a passage of its body, with the matches marked; a body without
     * a match gives its start. The highlighter reads both from the stored fields, once per hit.
     */
    String[][] of(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = new Passages(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(START), String.valueOf(END), " … ", false))
                .withScorer(new PassageRanking())
                .withWeightMatches(false)
                .withMaxLength(100_000));
        var fields = highlighter.highlightFields(new String[] {NoteDocuments.TITLE, NoteDocuments.BODY}, query, hits,
                new int[] {1, 1});
        String[][] result = new String[hits.scoreDocs.length][2];
        for (int i = 0; i < result.length; i++) {
            result[i][0] = fields.get(NoteDocuments.TITLE)[i];
            result[i][1] = fields.get(NoteDocuments.BODY)[i];
        }
        return result;
    }

    /** The marked text as a snippet, its runs of white space made single spaces; empty for null. */
    static Snippet snippet(String marked) {
        if (marked == null) {
            return Snippet.plain("");
        }
        StringBuilder text = new StringBuilder(marked.length());
        List<Snippet.Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = text.length();
            } else if (c == END && start >= 0) {
                spans.add(new Snippet.Span(start, text.length()));
                start = -1;
            } else if (!Character.isWhitespace(c)) {
                text.append(c);
            } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ' && (spans.isEmpty() || spans.get(spans.size() - 1).end() < end)) {
            end--;
        }
        return new Snippet(text.substring(0, end), spans);
    }

    /**
     * Titles whole; bodies in passages of about a snippet's length around the match, the match a third
     * of the way in, broken between words. A sentence of a note can run for a page, and breaking at
     * sentences (with the JDK's rules) cost more than the search itself.
     */
    private static final class Passages extends UnifiedHighlighter {
        Passages(Builder builder) {
            super(builder);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (field.equals(NoteDocuments.TITLE)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH,
                    0.33f);
        }
    }
}
