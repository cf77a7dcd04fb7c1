package org.learnlog.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchQuery;
import org.learnlog.model.SearchResults;
import org.learnlog.model.Snippet;
import org.learnlog.store.JournalState;
import org.learnlog.store.NoteScans;
import org.learnlog.store.index.NoteIndex;

/**
 * Full-text search over the notes. The index is a cache of the database: {@link #ensureCurrent}
 * checks it against the journal's write count and rebuilds it when they differ; until then a slower
 * scan of titles and bodies answers.
 */
public final class Search {
    static final int REBUILD_PAGE = 500;
    /** A rebuild that keeps being overtaken by writes gives up after this many rounds, and the next start retries. */
    static final int REBUILD_ROUNDS = 5;

    private final Supplier<NoteIndex> index;
    private final NoteScans notes;
    private final JournalState state;
    private final AtomicBoolean current = new AtomicBoolean();

    public Search(NoteIndex index, NoteScans notes, JournalState state) {
        this(() -> index, notes, state);
    }

    /** Over an index that {@code index} opens when a search first needs it. */
    public Search(Supplier<NoteIndex> index, NoteScans notes, JournalState state) {
        this.index = index;
        this.notes = notes;
        this.state = state;
    }

    /**
     * Marks a new, empty index as current when the journal has never had a note written, so a new
     * journal starts with a working index instead of a rebuild at the first search.
     */
    public static void adoptIfBothEmpty(NoteIndex index, JournalState state) {
        if (index.writes() < 0 && state.noteWrites() == 0) {
            index.replaceAll(List.of(), 0);
        }
    }

    /** Rebuilds the index if it missed a write, was never built, or was damaged; true if it rebuilt. */
    public boolean ensureCurrent(Progress progress) {
        if (!needsRebuild()) {
            return false;
        }
        rebuild(progress);
        return true;
    }

    /** Whether the index differs from the journal; when it doesn't, searches use it from now on. */
    public boolean needsRebuild() {
        boolean same = index.get().writes() == state.noteWrites();
        current.compareAndSet(false, same);
        return !same;
    }

    /**
     * Rebuilds the index from the notes. Writes during the rebuild also reach the index; when one
     * lands while the notes are read, the rebuild runs again, so none is missed.
     */
    public void rebuild(Progress progress) {
        current.set(false);
        for (int round = 0; round < REBUILD_ROUNDS; round++) {
            long before = state.noteWrites();
            index.get().replaceAll(() -> new Pages(progress), before);
            if (state.noteWrites() == before) {
                current.set(true);
                return;
            }
        }
    }

    /** Merges the index's segments now and waits: searches run fastest on one. Otherwise it happens in the background. */
    public void mergeIndex() {
        index.get().merge();
    }

    public SearchResults search(String text, int limit) {
        SearchQuery query = SearchQueryParser.parse(text);
        List<String> hints = new ArrayList<>(query.hints());
        if (query.isEmpty()) {
            return new SearchResults(List.of(), 0, true, hints, current.get());
        }
        if (!current.get()) {
            return scan(query, limit, hints);
        }
        NoteIndex.Found found = index.get().search(query, limit);
        return new SearchResults(found.hits(), found.total(), true, hints, true);
    }

    private SearchResults scan(SearchQuery query, int limit, List<String> hints) {
        List<String> texts = new ArrayList<>(query.words());
        texts.addAll(query.phrases());
        if (!query.tags().isEmpty() || !query.goals().isEmpty() || !query.kinds().isEmpty() || !query.excluded().isEmpty()
                || query.after() != null || query.before() != null || query.on() != null) {
            hints.add("The search index is being rebuilt; filters and excluded words apply once it is ready.");
        }
        // One more than shown tells whether more notes match than the hits say.
        List<NoteSummary> found = notes.scan(texts, limit + 1);
        List<SearchHit> hits = new ArrayList<>();
        for (NoteSummary note : found.subList(0, Math.min(limit, found.size()))) {
            hits.add(new SearchHit(note.id(), Snippet.plain(note.title()), note.date(), note.kind(), note.tags(),
                    Snippet.plain(""), 0));
        }
        return new SearchResults(hits, hits.size(), found.size() <= limit, hints, false);
    }

    /** The notes, read a page at a time in id order, so a rebuild never holds the whole journal in memory. */
    private final class Pages implements Iterator<Note> {
        private final Progress progress;
        private List<Note> page;
        private int at;
        private int done;
        private final int total;

        Pages(Progress progress) {
            this.progress = progress;
            this.total = notes.count();
            this.page = notes.page(null, REBUILD_PAGE);
        }

        @Override
        public boolean hasNext() {
            if (at == page.size() && page.size() == REBUILD_PAGE) {
                UUID last = page.get(page.size() - 1).id();
                page = notes.page(last, REBUILD_PAGE);
                at = 0;
            }
            return at < page.size();
        }

        @Override
        public Note next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            progress.checkCancelled("The search index rebuild was cancelled; it runs again at the next start.");
            progress.done(++done, total);
            return page.get(at++);
        }
    }
}
