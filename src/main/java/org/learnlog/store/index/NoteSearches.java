package org.learnlog.store.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldDocs;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchQuery;
import org.learnlog.store.StoreException;

/**
 * Answers searches from the index's latest view, which is refreshed only when a search follows a
 * write: reopening costs more than most searches.
 */
final class NoteSearches {
    /**
     * Searchers without Lucene's query cache, which holds up to 32 MB of matches for repeated filters:
     * a person's searches seldom repeat, and a search should cost the same whether it does or not.
     */
    static final SearcherFactory UNCACHED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private final SearcherManager searchers;
    private final IndexQueries queries;
    private final Highlights highlights;
    private final RankedSearch ranked = new RankedSearch();
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
                TopFieldDocs top = ranked.search(searcher, query, Math.max(1, limit), search.isOneWord());
                String[][] marked = highlights.of(searcher, queries.marked(search), top);
                List<SearchHit> hits = List.of(HitDetails.of(searcher, top.scoreDocs, marked));
                return new NoteIndex.Found(hits, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("Searching failed: " + e.getMessage(), e);
        }
    }
}
