package org.learnlog.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.learnlog.model.Note;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchQuery;
import org.learnlog.store.NoteChanges;
import org.learnlog.store.StoreException;

/**
 * The full-text index of the notes, a cache beside the database: each committed note write is applied
 * to it at once (searches see it), and committed to disk within a few seconds and on close, with the
 * journal's write count, so a start can tell whether it missed any write and must be rebuilt (docs/decisions/0004).
 */
public final class NoteIndex implements NoteChanges, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NoteIndex.class.getName());
    private static final String WRITES = "noteWrites";
    /** How documents are laid out; an index written in another layout is rebuilt, as if it had missed writes. */
    private static final String LAYOUT = "layout";
    private static final String CURRENT_LAYOUT = "3";
    /** How long bulk writes must pause before the index is merged: an import's batches come closer. */
    private static final Duration BULK_QUIET = Duration.ofSeconds(1);
    /** When an index found scattered at the start is merged: after the window, or a command, is done. */
    private static final Duration AFTER_START = Duration.ofSeconds(15);

    private final Directory directory;
    private final Analyzer analyzer = new JournalAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NoteSearches searches;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean unsaved = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Null for an index in memory, which has nothing to commit to. */
    private final PeriodicCommits committer;
    private final SegmentMerges merges;

    private NoteIndex(Directory directory, boolean periodicCommits) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCodec(new SnippetCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, NoteSearches.UNCACHED);
        this.searches = new NoteSearches(searchers, analyzer);
        Map<String, String> data = commitData();
        String stored = data.get(WRITES);
        writes.set(stored == null || !CURRENT_LAYOUT.equals(data.get(LAYOUT)) ? -1 : Long.parseLong(stored));
        committer = periodicCommits ? new PeriodicCommits(this::commitQuietly) : null;
        merges = new SegmentMerges(writer, searchers, this::commitMerged);
        // An import by another process, or a merge stopped by closing, may have left it scattered.
        merges.after(AFTER_START);
    }

    /**
     * Opens the index in {@code folder}. One that can't be read is set aside (renamed) and a new,
     * empty one made; its write count is then unknown, so the caller rebuilds it.
     */
    public static NoteIndex open(Path folder) {
        try {
            return new NoteIndex(FSDirectory.open(folder), true);
        } catch (LockObtainFailedException inUse) {
            throw new StoreException("The search index in " + folder + " is open in another process.", inUse);
        } catch (IOException | RuntimeException damaged) {
            try {
                Path aside = folder.resolveSibling(folder.getFileName() + ".damaged-" + System.currentTimeMillis());
                Files.move(folder, aside);
                return new NoteIndex(FSDirectory.open(folder), true);
            } catch (IOException e) {
                e.addSuppressed(damaged);
                throw new StoreException("Can't open the search index in " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    public static NoteIndex inMemory() {
        try {
            return new NoteIndex(new ByteBuffersDirectory(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journal's write count the index has seen, or -1 for an index never (or not wholly) built. */
    public long writes() {
        return rebuilding.get() ? -1 : writes.get();
    }

    /** Never throws: the note is saved whatever happens here, and an index that missed it is rebuilt later. */
    @Override
    public void saved(Note note, long count) {
        follow(() -> {
            update(note);
            return 0;
        }, count, count);
    }

    /** A batch is analysed on every core: Lucene's writer takes documents from many threads at once. */
    @Override
    public void savedAll(List<Note> notes, long firstCount) {
        follow(() -> {
            notes.parallelStream().forEach(this::update);
            return 0;
        }, firstCount, firstCount + notes.size() - 1);
        merges.after(BULK_QUIET);
    }

    private void update(Note note) {
        try {
            writer.updateDocument(new Term(NoteDocuments.ID, note.id().toString()), NoteDocuments.of(note));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleted(UUID id, long count) {
        follow(() -> writer.deleteDocuments(new Term(NoteDocuments.ID, id.toString())), count, count);
    }

    /** Applies the writes numbered {@code first} to {@code last}. */
    private void follow(IndexWork work, long first, long last) {
        try {
            apply(work, first, last);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The search index missed a write; it is rebuilt at the next start", e);
        }
    }

    /** Replaces everything with {@code notes}, as of the journal's write count {@code count}. */
    public void replaceAll(Iterable<Note> notes, long count) {
        // Until the last note is in, a commit (by the timer, or on close) records the count as unknown.
        rebuilding.set(true);
        apply(() -> {
            writer.deleteAll();
            for (Note note : notes) {
                writer.addDocument(NoteDocuments.of(note));
            }
            return 0;
        }, count, count);
        // Exactly the count read before the notes: an index from another journal may have counted higher.
        writes.set(count);
        rebuilding.set(false);
        unsaved.set(true);
        commitQuietly();
        merges.after(BULK_QUIET);
    }

    /** Merges the index into one segment now, if it is scattered, and waits: a rebuild by hand ends at full speed. */
    public void merge() {
        try {
            merges.after(Duration.ZERO).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // Another ask replaced this one, or closing stopped it: the index stays as it was.
        }
    }

    /** The best {@code limit} notes for the query, best first, with the matches marked; and how many matched. */
    public Found search(SearchQuery search, int limit) {
        return searches.search(search, limit);
    }

    /** What the index found: the hits and the number of all matching notes. */
    public record Found(List<SearchHit> hits, long total) {
    }

    private void apply(IndexWork work, long first, long last) {
        try {
            work.run();
            // Only an index that had seen every earlier write is current after these; one that missed
            // any keeps its older count, so the next check finds the gap and rebuilds.
            writes.compareAndSet(first - 1, last);
            unsaved.set(true);
            searches.changed();
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("Updating the search index failed: " + e.getMessage(), e);
        }
    }

    private void commitMerged() {
        unsaved.set(true);
        commitQuietly();
    }

    private void commitQuietly() {
        if (!unsaved.getAndSet(false)) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(WRITES, Long.toString(rebuilding.get() ? -1 : writes.get()),
                    LAYOUT, CURRENT_LAYOUT).entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // The next start finds the count behind the journal's and rebuilds; searching goes on meanwhile.
            LOG.log(System.Logger.Level.WARNING, "Can't commit the index", e);
        }
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** Commits, then rolls the writer back rather than closing it, which would wait for a merge under way. */
    @Override
    public void close() {
        merges.close();
        if (committer != null) {
            committer.close();
        }
        commitQuietly();
        try {
            writer.rollback();
            merges.awaitStopped();
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new StoreException("Closing the search index failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IndexWork {
        Object run() throws IOException;
    }
}
