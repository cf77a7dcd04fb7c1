package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.StoreException;

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

    /** Where the files an imported note links to are kept. */
    Attachments attachments() {
        return new Attachments(notes, Clock.systemUTC());
    }

    /**
     * Imports many notes with one lookup and one transaction, as if one by one in order. If the
     * transaction fails, each note is imported alone, so one bad note costs only its own entry.
     */
    List<Entry> importNotes(List<Note> fromFiles) {
        Entry[] entries = new Entry[fromFiles.size()];
        Note[] checked = new Note[fromFiles.size()];
        for (int i = 0; i < checked.length; i++) {
            try {
                checked[i] = checked(fromFiles.get(i));
            } catch (IllegalArgumentException | InvalidInputException e) {
                entries[i] = new Entry("", Outcome.SKIPPED, e.getMessage());
            }
        }
        Map<UUID, Note> known = new HashMap<>(notes.findAll(Arrays.stream(checked).filter(Objects::nonNull)
                .map(Note::id).toList()));
        known.putAll(notes.findAll(possibleConflicts(checked, known)));
        Map<UUID, Note> toSave = new LinkedHashMap<>();
        for (int i = 0; i < checked.length; i++) {
            if (checked[i] != null) {
                entries[i] = decide(checked[i], known, toSave);
            }
        }
        try {
            notes.saveAll(List.copyOf(toSave.values()));
        } catch (StoreException batchFailed) {
            for (int i = 0; i < checked.length; i++) {
                entries[i] = checked[i] == null ? entries[i] : alone(fromFiles.get(i));
            }
        }
        return Arrays.asList(entries);
    }

    /** One note's outcome against what the journal (and this batch so far) holds; what to save goes in {@code toSave}. */
    private static Entry decide(Note incoming, Map<UUID, Note> known, Map<UUID, Note> toSave) {
        Note existing = known.get(incoming.id());
        if (existing == null || incoming.updated().isAfter(existing.updated()) && !existing.equals(incoming)) {
            known.put(incoming.id(), incoming);
            toSave.put(incoming.id(), incoming);
            return new Entry("", existing == null ? Outcome.IMPORTED : Outcome.UPDATED, "");
        }
        if (existing.equals(incoming)) {
            return new Entry("", Outcome.UNCHANGED, "");
        }
        Note copy = conflictCopy(incoming);
        boolean alreadyKept = known.containsKey(copy.id());
        if (!alreadyKept) {
            known.put(copy.id(), copy);
            toSave.put(copy.id(), copy);
        }
        return conflict(copy, alreadyKept);
    }

    private Entry alone(Note fromFile) {
        try {
            return importNote(fromFile);
        } catch (IllegalArgumentException | InvalidInputException | StoreException e) {
            return new Entry("", Outcome.SKIPPED, e.getMessage());
        }
    }

    /**
     * The ids of the conflict copies the batch could make: only a note the journal has, or one that
     * comes twice in the batch, can conflict. A first import thus skips a lookup and a hash per note.
     */
    private static List<UUID> possibleConflicts(Note[] checked, Map<UUID, Note> known) {
        Set<UUID> seen = new HashSet<>();
        List<UUID> copies = new ArrayList<>();
        for (Note note : checked) {
            if (note != null && (!seen.add(note.id()) || known.containsKey(note.id()))) {
                copies.add(conflictCopy(note).id());
            }
        }
        return copies;
    }

    /** One note alone, decided exactly as in a batch, in a transaction of its own. */
    private Entry importNote(Note fromFile) {
        Note incoming = checked(fromFile);
        Map<UUID, Note> known = new HashMap<>(notes.findAll(List.of(incoming.id(), conflictCopy(incoming).id())));
        Map<UUID, Note> toSave = new LinkedHashMap<>();
        Entry entry = decide(incoming, known, toSave);
        notes.saveAll(List.copyOf(toSave.values()));
        return entry;
    }

    private static Entry conflict(Note copy, boolean alreadyKept) {
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
