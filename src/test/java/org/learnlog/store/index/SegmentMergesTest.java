package org.learnlog.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bulk write's scattered segments become one; an index already in one big piece is left alone. */
class SegmentMergesTest {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicInteger merged = new AtomicInteger();
    private final SegmentMerges merges;

    SegmentMergesTest() throws Exception {
        writer = new IndexWriter(directory, new IndexWriterConfig());
        searchers = new SearcherManager(writer, null);
        merges = new SegmentMerges(writer, searchers, merged::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        merges.close();
        writer.rollback();
        merges.awaitStopped();
        searchers.close();
        directory.close();
    }

    /** Adds {@code count} documents as a segment of their own. */
    private void segment(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Document document = new Document();
            document.add(new StringField("id", "n" + writer.getDocStats().maxDoc, Field.Store.NO));
            writer.addDocument(document);
        }
        writer.commit();
    }

    private int segments() throws Exception {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    @Test
    void anIndexInSeveralLikeSizedSegmentsIsMergedIntoOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            segment(200);
        }
        assertEquals(5, segments());

        merges.after(Duration.ZERO).get();

        assertEquals(1, segments());
        assertEquals(1000, writer.getDocStats().numDocs);
        assertEquals(1, merged.get());
    }

    @Test
    void anIndexWithOneSegmentHoldingMostNotesIsLeftAlone() throws Exception {
        segment(1000);
        segment(20);
        segment(20);

        merges.after(Duration.ZERO).get();

        assertEquals(3, segments());
        assertEquals(0, merged.get());
    }

    @Test
    void theLastBatchNotYetInASegmentCountsToo() throws Exception {
        segment(300);
        for (int i = 0; i < 300; i++) {
            writer.addDocument(new Document());
        }

        merges.after(Duration.ZERO).get();

        assertEquals(1, segments());
        assertEquals(600, writer.getDocStats().numDocs);
    }

    @Test
    void askingAfterCloseIsANoOp() throws Exception {
        merges.close();

        assertTrue(merges.after(Duration.ZERO).isDone());
    }
}
