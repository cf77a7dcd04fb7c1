package org.learnlog.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * Finds the best notes for a query, relevance first and then the newest, and counts every match. One
 * word alone is ranked skipping the notes that can't make the best while a helper counts its matches;
 * anything more is scored and counted in one pass, over parts of the index at once, one per core
 * (docs/decisions/0009-search-in-parts.md).
 */
final class RankedSearch {
    static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(NoteDocuments.DAY,
            SortField.Type.LONG, true), new SortField(NoteDocuments.UPDATED, SortField.Type.LONG, true));
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Shared by every index in the process; its threads end when searches stop for a while. */
    private static final ExecutorService HELPERS = helpers(Math.max(1, Math.min(CORES, 4) - 1));

    private final int parts;
    private final int smallestPart;

    /** Up to {@code parts} parts of a segment, none smaller than {@code smallestPart} notes. */
    RankedSearch(int parts, int smallestPart) {
        this.parts = parts;
        this.smallestPart = smallestPart;
    }

    /** One part for each core this machine has, up to four, of at least 4,096 notes. */
    RankedSearch() {
        this(Math.min(CORES, 4), 4_096);
    }

    /**
     * The best {@code limit} matches, each with its score, and the exact number of all matches;
     * {@code oneWord}: the query is one word alone.
     */
    TopFieldDocs search(IndexSearcher searcher, Query query, int limit, boolean oneWord) throws IOException {
        TopFieldDocs top = oneWord ? rankedThenCounted(searcher, query, limit) : inParts(searcher, query, limit);
        for (ScoreDoc hit : top.scoreDocs) {
            hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
        return top;
    }

    private static TopFieldDocs rankedThenCounted(IndexSearcher searcher, Query query, int limit) throws IOException {
        FutureTask<Integer> count = new FutureTask<>(() -> searcher.count(query));
        HELPERS.execute(count);
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(RANKING, limit, null, limit, false));
        count.run();
        return new TopFieldDocs(new TotalHits(finish(count), TotalHits.Relation.EQUAL_TO), top.scoreDocs, top.fields);
    }

    private TopFieldDocs inParts(IndexSearcher searcher, Query query, int limit) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        TopFieldCollectorManager manager = new TopFieldCollectorManager(RANKING, limit, null, Integer.MAX_VALUE, true);
        List<TopFieldCollector> collectors = new ArrayList<>();
        List<FutureTask<Void>> tasks = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int docs = leaf.reader().maxDoc();
            int count = Math.max(1, Math.min(parts, docs / smallestPart));
            for (int part = 0; part < count; part++) {
                TopFieldCollector collector = manager.newCollector();
                collectors.add(collector);
                int from = (int) ((long) docs * part / count);
                int to = (int) ((long) docs * (part + 1) / count);
                tasks.add(new FutureTask<>(() -> score(weight, leaf, collector, from, to), null));
            }
        }
        for (int i = 1; i < tasks.size(); i++) {
            HELPERS.execute(tasks.get(i));
        }
        // This thread takes every part no helper has started yet: a busy helper never holds a search up.
        tasks.forEach(FutureTask::run);
        for (FutureTask<Void> task : tasks) {
            finish(task);
        }
        return manager.reduce(collectors);
    }

    private static void score(Weight weight, LeafReaderContext leaf, TopFieldCollector collector, int from, int to) {
        try {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                LeafCollector matches = collector.getLeafCollector(leaf);
                scorer.score(matches, leaf.reader().getLiveDocs(), from, to);
                matches.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T finish(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The search was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private static ExecutorService helpers(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "search-helper");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
