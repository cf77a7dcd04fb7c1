package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;

/**
 * Brings one note from a file into the journal, keeping its id and times. A note the journal has is
 * updated only if the file's copy is newer; an older, different copy is a conflict, and both are kept.
 */
public final class NoteImport {
    private final NoteRepository notes;
    private final NoteRules rules;

    public NoteImport(NoteRepository notes, GoalRepository goals) {
        this.notes = notes;
        this.rules = new NoteRules(goals);
    }

    Entry importNote(Note fromFile) {
        Note incoming = checked(fromFile);
        Optional<Note> existing = notes.find(incoming.id());
        if (existing.isEmpty()) {
            notes.save(incoming);
            return new Entry("", Outcome.IMPORTED, "");
        }
        if (existing.get().equals(incoming)) {
            return new Entry("", Outcome.UNCHANGED, "");
        }
        if (incoming.updated().isAfter(existing.get().updated())) {
            notes.save(incoming);
            return new Entry("", Outcome.UPDATED, "");
        }
        Note copy = conflictCopy(incoming);
        boolean alreadyKept = notes.find(copy.id()).isPresent();
        if (!alreadyKept) {
            notes.save(copy);
        }
        return new Entry("", Outcome.CONFLICT, "The journal's copy is as new or newer and differs; this version "
                + (alreadyKept ? "was kept earlier" : "is kept") + " as note " + copy.shortId() + ".");
    }

    /** The note as the journal would store it: the same checks as a typed note, the file's id and times. */
    private Note checked(Note note) {
        NoteDraft draft = rules.check(NoteDraft.from(note));
        return new Note(note.id(), draft.title(), draft.body(), note.date(), draft.kind(), draft.context(),
                draft.tags(), draft.goals(), note.created(), note.updated(), note.source());
    }

    /** Its id is derived from the original's id and time, so importing the same file again finds it. */
    private static Note conflictCopy(Note note) {
        UUID id = UUID.nameUUIDFromBytes((note.id() + "@" + note.updated()).getBytes(StandardCharsets.UTF_8));
        return new Note(id, note.title(), note.body(), note.date(), note.kind(), note.context(), note.tags(),
                note.goals(), note.created(), note.updated(), note.source());
    }
}
