package org.learnlog.store.index;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Merges the index into one segment, on a thread of its own, once a bulk write (an import, a rebuild)
 * has left it in several big pieces. A search visits every segment, and at 100,000 notes one segment
 * answers 15–30 % faster than the seven an import leaves; merging them takes seconds, so it waits for
 * the bulk write to go quiet and never holds up a write, a search or closing.
 */
final class SegmentMerges implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SegmentMerges.class.getName());
    /** Below this share of the notes in its biggest segment, an index is worth merging. */
    private static final double SCATTERED = 0.8;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Runnable merged;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread merging = new Thread(runnable, "learnlog-index-merge");
        merging.setDaemon(true);
        return merging;
    });
    private ScheduledFuture<?> next;

    /** {@code merged} runs after each merge, on the merging thread (to commit it). */
    SegmentMerges(IndexWriter writer, SearcherManager searchers, Runnable merged) {
        this.writer = writer;
        this.searchers = searchers;
        this.merged = merged;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setRemoveOnCancelPolicy(true);
        // Merges are rare: between them the thread goes away (it stays while a check is waiting).
        thread.setKeepAliveTime(30, TimeUnit.SECONDS);
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * Looks at the index once nothing has asked again for {@code quiet}, and merges it if it is
     * scattered: an import's batches, each asking, start one merge after the last of them.
     */
    synchronized Future<?> after(Duration quiet) {
        if (next != null) {
            next.cancel(false);
        }
        try {
            next = thread.schedule(this::mergeIfScattered, quiet.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.completedFuture(null);
        }
        return next;
    }

    private void mergeIfScattered() {
        try {
            // Refreshing first also flushes the last batch into a segment of its own, so it is counted.
            searchers.maybeRefreshBlocking();
            if (!scattered()) {
                return;
            }
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
            merged.run();
        } catch (IOException | RuntimeException e) {
            // Closing rolls the writer back, which stops a merge under way (the next start asks again);
            // any other failure leaves the index as it was, only a little slower to search.
            if (writer.isOpen()) {
                LOG.log(System.Logger.Level.WARNING, "Can't merge the search index", e);
            }
        }
    }

    private boolean scattered() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LeafReaderContext> segments = searcher.getIndexReader().leaves();
            int biggest = segments.stream().mapToInt(segment -> segment.reader().maxDoc()).max().orElse(0);
            return segments.size() > 1 && biggest < SCATTERED * searcher.getIndexReader().maxDoc();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Drops a merge not yet begun; one under way stops when the writer is rolled back. */
    @Override
    public void close() {
        thread.shutdown();
    }

    /** Waits for the merging thread to stop, once the writer is rolled back. */
    void awaitStopped() {
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
