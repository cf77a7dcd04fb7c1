package org.learnlog.app;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.learnlog.model.Note;
import org.learnlog.store.NoteChanges;
import org.learnlog.store.index.NoteIndex;

/**
 * The search index, opened when a search or a note write first needs it: a command that only reads
 * (list, show, goals) never pays for opening it (docs/performance.md).
 */
final class IndexOnFirstUse implements Supplier<NoteIndex>, NoteChanges {
    private final Supplier<NoteIndex> open;
    private NoteIndex index;

    IndexOnFirstUse(Supplier<NoteIndex> open) {
        this.open = open;
    }

    @Override
    public synchronized NoteIndex get() {
        if (index == null) {
            index = open.get();
        }
        return index;
    }

    @Override
    public void saved(Note note, long writes) {
        get().saved(note, writes);
    }

    @Override
    public void savedAll(List<Note> notes, long firstWrite) {
        get().savedAll(notes, firstWrite);
    }

    @Override
    public void deleted(UUID id, long writes) {
        get().deleted(id, writes);
    }

    /** Closes the index if it was opened. */
    synchronized void close() {
        if (index != null) {
            index.close();
        }
    }
}
