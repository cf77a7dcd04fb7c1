package org.learnlog.store.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.learnlog.model.NoteKind;
import org.learnlog.model.SearchQuery;
import org.learnlog.model.Tags;

/**
 * Turns a parsed search into a Lucene query without Lucene's own query syntax, so no input can be a
 * syntax error: every word and phrase must match in some field (a title match weighs most), excluded
 * words must match in none, and tag, goal, kind and day filters narrow the rest.
 */
final class IndexQueries {
    /** Where text is looked for, and how much a match there weighs. */
    private static final Map<String, Float> FIELDS = Map.of(NoteDocuments.TITLE, 3f, NoteDocuments.BODY, 1f,
            NoteDocuments.CONTEXT, 1f, NoteDocuments.TAG_TEXT, 1.5f);

    private final QueryBuilder builder;

    IndexQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query, or null when the text analyzes to nothing (only stop words or punctuation) and nothing filters. */
    Query of(SearchQuery search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean scoring = false;
        for (String word : search.words()) {
            scoring |= addText(query, word, false, Occur.MUST);
        }
        for (String phrase : search.phrases()) {
            scoring |= addText(query, phrase, true, Occur.MUST);
        }
        for (String excluded : search.excluded()) {
            addText(query, excluded, excluded.contains(" "), Occur.MUST_NOT);
        }
        boolean filtered = addFilters(query, search) || !search.excluded().isEmpty();
        if (!scoring && !filtered) {
            return null;
        }
        if (!scoring) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /**
     * What the highlighter marks: the words and phrases in the title and body alone. Matching this
     * small query in each hit costs a fraction of matching the whole query again, filters and all.
     */
    Query marked(SearchQuery search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : new String[] {NoteDocuments.TITLE, NoteDocuments.BODY}) {
            for (String word : search.words()) {
                add(query, builder.createBooleanQuery(field, word, Occur.SHOULD));
            }
            for (String phrase : search.phrases()) {
                add(query, builder.createPhraseQuery(field, phrase));
            }
        }
        return query.build();
    }

    private static void add(BooleanQuery.Builder query, Query clause) {
        if (clause != null) {
            query.add(clause, Occur.SHOULD);
        }
    }

    /** Adds the text as one clause that matches in any field; false when the text has no searchable words. */
    private boolean addText(BooleanQuery.Builder query, String text, boolean phrase, Occur occur) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        boolean found = false;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Query match = phrase ? builder.createPhraseQuery(field.getKey(), text)
                    : builder.createBooleanQuery(field.getKey(), text, Occur.MUST);
            if (match != null) {
                anyField.add(new BoostQuery(match, field.getValue()), Occur.SHOULD);
                found = true;
            }
        }
        if (found) {
            query.add(anyField.build(), occur);
        }
        return found;
    }

    private static boolean addFilters(BooleanQuery.Builder query, SearchQuery search) {
        boolean any = false;
        for (String tag : search.tags()) {
            query.add(new TermQuery(new Term(NoteDocuments.TAG, Tags.key(tag))), Occur.FILTER);
            any = true;
        }
        for (String goal : search.goals()) {
            query.add(new TermQuery(new Term(NoteDocuments.GOAL, goal)), Occur.FILTER);
            any = true;
        }
        if (!search.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (NoteKind kind : search.kinds()) {
                kinds.add(new TermQuery(new Term(NoteDocuments.KIND, kind.slug())), Occur.SHOULD);
            }
            query.add(kinds.build(), Occur.FILTER);
            any = true;
        }
        long from = search.on() != null ? search.on().toEpochDay()
                : search.after() != null ? search.after().toEpochDay() + 1 : Long.MIN_VALUE;
        long to = search.on() != null ? search.on().toEpochDay()
                : search.before() != null ? search.before().toEpochDay() - 1 : Long.MAX_VALUE;
        if (from != Long.MIN_VALUE || to != Long.MAX_VALUE) {
            query.add(LongPoint.newRangeQuery(NoteDocuments.DAY, from, to), Occur.FILTER);
            any = true;
        }
        return any;
    }
}
