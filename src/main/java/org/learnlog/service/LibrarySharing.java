package org.learnlog.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnlog.markdown.LibraryMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.TeamLibrary;
import org.learnlog.store.AidRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.StoreException;
import org.learnlog.store.library.LibraryStore;
import org.learnlog.store.library.LibraryUnreachableException;

/**
 * What moves between the journal and a team library: publishing an aid or a note (its text, kind and
 * tags; never its context, goals or check-ins), adopting a teammate's item into the journal, and the
 * user's feedback on one. Offline, a publish is committed here and waits for the next sync.
 */
public final class LibrarySharing {
    private final Libraries libraries;
    private final NoteRepository notes;
    private final AidRepository aids;
    private final Goals goals;

    public LibrarySharing(Libraries libraries, NoteRepository notes, AidRepository aids, Goals goals) {
        this.libraries = libraries;
        this.notes = notes;
        this.aids = aids;
        this.goals = goals;
    }

    /**
     * What a publish did: the item as the library holds it, whether it went out or waits, and whether it
     * met a teammate's newer version, in which case both are kept and the user's is beside theirs.
     */
    public record Published(LibraryItem item, SyncOutcome outcome, boolean unchanged, boolean conflict) {
    }

    /** Publishes the journal's aid or note {@code id} to {@code library}, as a new version if it is there already. */
    public Published publish(UUID id, String library) {
        return libraries.exclusively(() -> publishNow(id, library));
    }

    /** Settles a conflict with text merged from both versions: the journal's copy takes it, and it goes in place. */
    public Published publishMerged(UUID id, String library, String merged) {
        return libraries.exclusively(() -> {
            LibraryItems.replaceText(aids, notes, id, merged, libraries.clock().instant());
            return publishNow(id, library);
        });
    }

    private Published publishNow(UUID id, String library) {
        LibraryItem draft = LibraryItems.fromJournal(aids, notes, id);
        try (LibraryStore store = libraries.open(libraries.find(library))) {
            LibrarySync sync = new LibrarySync(store, libraries.me());
            boolean online = bringIn(sync);
            LibraryFiles files = sync.files();
            // Read once: every file of the library, to find the item, its conflicts and its old places.
            List<LibraryItem> present = files.items();
            Optional<LibraryItem> current = present.stream()
                    .filter(item -> item.id().equals(id) && item.conflictOf().isEmpty()).findFirst();
            if (current.filter(item -> LibraryItems.sameText(item, draft)).isPresent()) {
                return new Published(current.get(), online ? SyncOutcome.UP_TO_DATE : SyncOutcome.WAITING, true, false);
            }
            Integer base = libraries.repository().adopted(library).get(id);
            boolean settled = present.stream().anyMatch(copy -> copy.conflictOf().filter(id::equals).isPresent()
                    && copy.path().equals(LibraryPaths.conflict(current.map(LibraryItem::path).orElse(""),
                    libraries.me().name())));
            if (current.isPresent() && (base == null || current.get().version() > base) && !settled) {
                return conflict(sync, store, current.get(), draft, base == null ? current.get().version() : base);
            }
            String me = libraries.me().signature();
            String author = current.map(LibraryItem::author).filter(name -> !name.isBlank()).orElse(me);
            Set<String> contributors = new LinkedHashSet<>(current.map(LibraryItem::contributors).orElse(List.of()));
            if (!author.equals(me)) {
                contributors.add(me);
            }
            LibraryItem unplaced = new LibraryItem(id, draft.aid(), draft.title(), draft.kind(), author,
                    current.map(item -> item.version() + 1).orElse(1), libraries.clock().instant(), draft.tags(),
                    new ArrayList<>(contributors), draft.body(), "", Optional.empty());
            LibraryItem item = unplaced.withPath(LibraryPaths.of(unplaced,
                    path -> present.stream().anyMatch(other -> other.path().equals(path) && !other.id().equals(id))));
            // Publishing settles a conflict on the item: this version is the one the user chose.
            present.stream().filter(old -> old.id().equals(id) && !old.path().equals(item.path()))
                    .forEach(old -> files.delete(old.path()));
            files.write(item.path(), LibraryMarkdown.write(item));
            sync.commit("Publish \"" + item.title() + "\" (version " + item.version() + ")");
            libraries.repository().adopt(library, id, item.version());
            // The user's own version is nothing new to them.
            libraries.repository().see(library, Map.of(id, item.version()));
            return new Published(item, sendOut(sync, store), false, false);
        }
    }

    /**
     * A teammate published a version of the item the user's copy did not start from: theirs stays in
     * place and the user's is kept beside it, until the user takes theirs (adopt) or publishes again.
     */
    private Published conflict(LibrarySync sync, LibraryStore store, LibraryItem theirs, LibraryItem draft, int base) {
        String path = LibraryPaths.conflict(theirs.path(), libraries.me().name());
        LibraryItem mine = new LibraryItem(theirs.id(), draft.aid(), draft.title(), draft.kind(), libraries.me().signature(),
                base + 1, libraries.clock().instant(), draft.tags(), List.of(), draft.body(), path, Optional.of(theirs.id()));
        sync.files().write(path, LibraryMarkdown.write(mine));
        sync.commit("Keep " + libraries.me().name() + "'s version of \"" + theirs.title() + "\" beside version "
                + theirs.version());
        return new Published(mine, sendOut(sync, store), false, true);
    }

    /** What an adoption did: the item as adopted, and whether it replaced an earlier copy. */
    public record Adopted(LibraryItem item, boolean replaced) {
    }

    /**
     * Copies the item {@code itemId} (its full id or the first characters of it) from {@code library} into
     * the journal, linked to {@code goal} if given, or takes its newer version over the journal's copy.
     */
    public Adopted adopt(String library, String itemId, Optional<String> goal) {
        return libraries.exclusively(() -> adoptNow(library, itemId, goal));
    }

    private Adopted adoptNow(String library, String itemId, Optional<String> goal) {
        TeamLibrary from = libraries.find(library);
        goal.ifPresent(goals::find);
        LibraryItem item;
        try (LibraryStore store = libraries.open(from)) {
            LibrarySync sync = new LibrarySync(store, libraries.me());
            bringIn(sync);
            item = LibraryItems.resolve(sync.files(), from, itemId);
        }
        String source = "library:" + from.name() + "/" + item.id() + "@" + item.version();
        boolean replaced;
        if (item.aid()) {
            Optional<Aid> mine = aids.find(item.id());
            replaced = mine.isPresent();
            aids.save(new Aid(item.id(), item.kind(), item.title(), item.author(),
                    mine.map(Aid::created).orElse(libraries.clock().instant()), libraries.clock().instant(), item.version(),
                    mine.map(Aid::sourceNotes).orElse(List.of()), LibraryItems.linked(mine.map(Aid::goals).orElse(List.of()), goal),
                    item.tags(), item.body()));
        } else {
            Optional<Note> mine = notes.find(item.id());
            replaced = mine.isPresent();
            notes.save(new Note(item.id(), item.title(), item.body(),
                    mine.map(Note::date).orElse(item.updated().atZone(libraries.clock().getZone()).toLocalDate()),
                    NoteKind.fromSlug(item.kind()).orElse(NoteKind.INSIGHT), mine.map(Note::context).orElse(""), item.tags(),
                    LibraryItems.linked(mine.map(Note::goals).orElse(List.of()), goal), mine.map(Note::created)
                    .orElse(libraries.clock().instant()), libraries.clock().instant(), source), mine);
        }
        libraries.repository().adopt(from.name(), item.id(), item.version());
        libraries.repository().see(from.name(), Map.of(item.id(), item.version()));
        return new Adopted(item, replaced);
    }

    /**
     * The library items of the journal's notes and aids linked to {@code goal}, with their teammates'
     * feedback: whether what the user shares for this goal helped anyone. Read from the libraries' copies.
     */
    public List<LibraryEntry> linkedTo(String goal) {
        return libraries.exclusively(() -> {
            Set<UUID> linked = new HashSet<>();
            notes.list(NoteFilter.goal(goal), Integer.MAX_VALUE).forEach(note -> linked.add(note.id()));
            aids.all().stream().filter(aid -> aid.goals().contains(goal)).forEach(aid -> linked.add(aid.id()));
            List<LibraryEntry> shared = new ArrayList<>();
            for (TeamLibrary library : libraries.all()) {
                try {
                    libraries.view(library.name()).entries().stream().filter(entry -> linked.contains(entry.item().id()))
                            .forEach(shared::add);
                } catch (StoreException unreadable) {
                    // A shared drive that is not connected: the goal's page shows what the others say.
                }
            }
            return shared;
        });
    }

    /** The text of the journal's copy of an item (an aid's or a note's body), if the journal has one. */
    public Optional<String> journalText(UUID id) {
        return aids.find(id).map(Aid::body).or(() -> notes.find(id).map(Note::body));
    }

    /** Keeps the journal's copy of an adopted item over the library's newer version, which stops being offered. */
    public LibraryItem keepOwn(String library, String itemId) {
        return libraries.exclusively(() -> keepOwnNow(library, itemId));
    }

    private LibraryItem keepOwnNow(String library, String itemId) {
        TeamLibrary from = libraries.find(library);
        try (LibraryStore store = libraries.open(from)) {
            LibraryItem item = LibraryItems.resolve(new LibraryFiles(store.folder()), from, itemId);
            libraries.repository().keep(from.name(), item.id(), item.version());
            return item;
        }
    }

    /** Records the user's feedback on an item, in the journal and in the library for its author to see. */
    public SyncOutcome feedback(String library, String itemId, boolean used, boolean helped, String comment) {
        return libraries.exclusively(() -> feedbackNow(library, itemId, used, helped, comment));
    }

    private SyncOutcome feedbackNow(String library, String itemId, boolean used, boolean helped, String comment) {
        String line = comment == null ? "" : comment.strip();
        if (line.length() > LibraryFeedback.MAX_COMMENT || line.contains("\n")) {
            throw new InvalidInputException("Feedback is one line of at most " + LibraryFeedback.MAX_COMMENT + " characters.");
        }
        if (!used && !helped) {
            throw new InvalidInputException("Say whether you used it (--used), whether it helped (--helped), or both.");
        }
        TeamLibrary from = libraries.find(library);
        try (LibraryStore store = libraries.open(from)) {
            LibrarySync sync = new LibrarySync(store, libraries.me());
            bringIn(sync);
            LibraryItem item = LibraryItems.resolve(sync.files(), from, itemId);
            LibraryFeedback said = new LibraryFeedback(item.id(), libraries.me().signature(), used, helped, line,
                    libraries.clock().instant());
            libraries.repository().saveFeedback(from.name(), said);
            sync.files().write(LibraryPaths.feedback(item.id(), libraries.me().name()), LibraryMarkdown.write(said));
            sync.commit("Feedback on \"" + item.title() + "\"");
            return sendOut(sync, store);
        }
    }

    /** Fetches the newest before a change, so it builds on it; false offline, where the change waits. */
    private static boolean bringIn(LibrarySync sync) {
        try {
            sync.sync();
            return true;
        } catch (LibraryUnreachableException offline) {
            return false;
        }
    }

    private static SyncOutcome sendOut(LibrarySync sync, LibraryStore store) {
        try {
            return store.push() ? SyncOutcome.PUBLISHED : sync.sync();
        } catch (LibraryUnreachableException offline) {
            return SyncOutcome.WAITING;
        }
    }
}
