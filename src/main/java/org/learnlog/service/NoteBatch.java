package org.learnlog.service;

import java.util.ArrayList;
import java.util.List;
import org.learnlog.model.Note;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;

/**
 * Gathers the notes read from files and imports them a few hundred at a time, in one transaction
 * each, while their report entries keep the place of their files.
 */
final class NoteBatch {
    static final int SIZE = 500;

    private final NoteImport notes;
    private final List<Entry> entries;
    private final List<Integer> slots = new ArrayList<>();
    private final List<Note> pending = new ArrayList<>();

    /** Entries for the batched notes go into {@code entries}, where their files come. */
    NoteBatch(NoteImport notes, List<Entry> entries) {
        this.notes = notes;
        this.entries = entries;
    }

    void add(String path, Note note) {
        slots.add(entries.size());
        entries.add(new Entry(path, Outcome.SKIPPED, "Not imported: the import stopped first."));
        pending.add(note);
        if (pending.size() >= SIZE) {
            flush();
        }
    }

    /** Imports what is gathered; call before stopping, so every note read is imported. */
    void flush() {
        List<Entry> results = notes.importNotes(pending);
        for (int i = 0; i < results.size(); i++) {
            int slot = slots.get(i);
            entries.set(slot, new Entry(entries.get(slot).path(), results.get(i).outcome(), results.get(i).detail()));
        }
        slots.clear();
        pending.clear();
    }
}
