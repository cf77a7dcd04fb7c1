package org.learnlog.store;

import java.util.List;
import java.util.UUID;
import org.learnlog.model.Note;

/**
 * Hears of each committed note write, with the journal's write count after it, so a cache of the
 * notes (the search index) follows the database. Called after the commit, on the writing thread.
 */
public interface NoteChanges {
    NoteChanges NONE = new NoteChanges() {
        @Override
        public void saved(Note note, long writes) {
        }

        @Override
        public void deleted(UUID id, long writes) {
        }
    };

    /** Tells {@code first}, then {@code second}. */
    static NoteChanges both(NoteChanges first, NoteChanges second) {
        return new NoteChanges() {
            @Override
            public void saved(Note note, long writes) {
                first.saved(note, writes);
                second.saved(note, writes);
            }

            @Override
            public void savedAll(List<Note> notes, long firstWrite) {
                first.savedAll(notes, firstWrite);
                second.savedAll(notes, firstWrite);
            }

            @Override
            public void deleted(UUID id, long writes) {
                first.deleted(id, writes);
                second.deleted(id, writes);
            }
        };
    }

    void saved(Note note, long writes);

    /** The notes of one transaction, which counted as writes {@code firstWrite}, {@code firstWrite + 1}, …, in order. */
    default void savedAll(List<Note> notes, long firstWrite) {
        for (int i = 0; i < notes.size(); i++) {
            saved(notes.get(i), firstWrite + i);
        }
    }

    void deleted(UUID id, long writes);
}
