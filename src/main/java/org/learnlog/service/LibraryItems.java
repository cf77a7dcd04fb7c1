package org.learnlog.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnlog.model.Aid;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.Note;
import org.learnlog.model.TeamLibrary;
import org.learnlog.store.AidRepository;
import org.learnlog.store.NoteRepository;

/** Finding items: the journal's aid or note as an item to publish, a library's item by its id's first characters. */
final class LibraryItems {
    private LibraryItems() {
    }

    /** The journal's aid or note {@code id} as an item to publish: its text, kind and tags, nothing private. */
    static LibraryItem fromJournal(AidRepository aids, NoteRepository notes, UUID id) {
        Optional<Aid> aid = aids.find(id);
        if (aid.isPresent()) {
            return new LibraryItem(id, true, aid.get().title(), aid.get().type(), "", 0, aid.get().updated(),
                    aid.get().tags(), List.of(), aid.get().body(), "", Optional.empty());
        }
        Note note = notes.find(id).orElseThrow(() -> new NotFoundException("The journal has no aid or note " + id + "."));
        return new LibraryItem(id, false, note.title(), note.kind().slug(), "", 0, note.updated(), note.tags(), List.of(),
                note.body(), "", Optional.empty());
    }

    /** Puts {@code text} in the journal's aid or note {@code id}; a note keeps the text it had as a version. */
    static void replaceText(AidRepository aids, NoteRepository notes, UUID id, String text, Instant now) {
        Optional<Aid> aid = aids.find(id);
        if (aid.isPresent()) {
            Aid was = aid.get();
            aids.save(new Aid(id, was.type(), was.title(), was.author(), was.created(), now, was.version(), was.sourceNotes(),
                    was.goals(), was.tags(), text));
            return;
        }
        Note was = notes.find(id).orElseThrow(() -> new NotFoundException("The journal has no aid or note " + id + "."));
        notes.saveKeepingVersion(new Note(id, was.title(), text, was.date(), was.kind(), was.context(), was.tags(), was.goals(),
                was.created(), now, was.source()), Optional.of(was));
    }

    /** Whether publishing {@code other} over {@code one} would change nothing a teammate reads. */
    static boolean sameText(LibraryItem one, LibraryItem other) {
        return one.aid() == other.aid() && one.title().equals(other.title()) && one.kind().equals(other.kind())
                && one.tags().equals(other.tags()) && one.body().equals(other.body());
    }

    /** {@code goals} with {@code goal} added, once. */
    static List<String> linked(List<String> goals, Optional<String> goal) {
        Set<String> all = new LinkedHashSet<>(goals);
        goal.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The library's item whose id starts with {@code itemId} (at least 4 characters), not a conflict's copy. */
    static LibraryItem resolve(LibraryFiles files, TeamLibrary library, String itemId) {
        String wanted = itemId == null ? "" : itemId.strip().toLowerCase(Locale.ROOT);
        List<LibraryItem> matches = files.items().stream()
                .filter(item -> item.conflictOf().isEmpty() && wanted.length() >= 4 && item.id().toString().startsWith(wanted))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new NotFoundException(matches.isEmpty()
                ? "The library " + library.name() + " has no item " + itemId + ". `learnlog library list " + library.name()
                + "` shows its items with their ids."
                : "More than one item of " + library.name() + " starts with " + itemId + "; give more of its id.");
    }
}
