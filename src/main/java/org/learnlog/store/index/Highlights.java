package org.learnlog.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
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

    /** For each hit: its title and its best passage (two, joined) with the matches marked; null where nothing matched. */
    String[][] of(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(START), String.valueOf(END), " … ", false))
                .withMaxLength(100_000)
                .build();
        var fields = highlighter.highlightFields(new String[] {NoteDocuments.TITLE, NoteDocuments.BODY}, query, hits,
                new int[] {1, 2});
        String[][] result = new String[hits.scoreDocs.length][2];
        for (int i = 0; i < result.length; i++) {
            result[i][0] = fields.get(NoteDocuments.TITLE)[i];
            result[i][1] = fields.get(NoteDocuments.BODY)[i];
        }
        return result;
    }

    /** The marked text as a snippet, or the start of {@code fallback} when nothing was marked. */
    static Snippet snippet(String marked, String fallback, int max) {
        if (marked == null) {
            String text = fallback.replaceAll("\\s+", " ").strip();
            return Snippet.plain(text.length() <= max ? text : text.substring(0, max).strip() + "…");
        }
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = text.length();
            } else if (c == END && start >= 0) {
                spans.add(new Snippet.Span(start, text.length()));
                start = -1;
            } else {
                text.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
        return new Snippet(text.toString(), spans);
    }
}
