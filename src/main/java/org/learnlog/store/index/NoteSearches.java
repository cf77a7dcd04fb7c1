package org.learnlog.store.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchQuery;
import org.learnlog.store.StoreException;

/**
 * Answers searches from the index's latest view, which is refreshed only when a search follows a
 * write: reopening costs more than most searches.
 */
final class NoteSearches {
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(NoteDocuments.DAY,
            SortField.Type.LONG, true), new SortField(NoteDocuments.UPDATED, SortField.Type.LONG, true));

    private final SearcherManager searchers;
    private final IndexQueries queries;
    private final Highlights highlights;
    private final AtomicBoolean unseen = new AtomicBoolean();

    NoteSearches(SearcherManager searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.queries = new IndexQueries(analyzer);
        this.highlights = new Highlights(analyzer);
    }

    /** The index has changed since the last search. */
    void changed() {
        unseen.set(true);
    }

    NoteIndex.Found search(SearchQuery search, int limit) {
        Query query = queries.of(search);
        if (query == null) {
            return new NoteIndex.Found(List.of(), 0);
        }
        try {
            if (unseen.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = searcher.search(query, Math.max(1, limit), RANKING, true);
                String[][] marked = highlights.of(searcher, queries.marked(search), top);
                List<SearchHit> hits = List.of(HitDetails.of(searcher, top.scoreDocs, marked));
                // The top hits count exactly up to a thousand matches; only past that is a separate count needed.
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                        : searcher.count(query);
                return new NoteIndex.Found(hits, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("Searching failed: " + e.getMessage(), e);
        }
    }
}
