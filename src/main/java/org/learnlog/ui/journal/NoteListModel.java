package org.learnlog.ui.journal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.Note;
import org.learnlog.model.NoteChange;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.StatusLine;

/**
 * The note list: the filter chosen in the sidebar and the notes it matches, loaded a page at a time.
 * A saved note updates its own row; only a new filter, notes coming back or a bulk change load again.
 */
public final class NoteListModel {
    /** Notes loaded at a time; more are loaded as the list is scrolled near its end. */
    static final int PAGE = 200;
    /** The list's order, as the journal's query sorts it: newest day first, then newest change. */
    static final Comparator<NoteSummary> ORDER = Comparator.comparing(NoteSummary::date).reversed()
            .thenComparing(Comparator.comparing(NoteSummary::updated).reversed()).thenComparing(NoteSummary::id);

    // properties
    private final ObjectProperty<NoteFilter> filter = new SimpleObjectProperty<>(NoteFilter.all());
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
    private boolean changing;

    private final Notes journalNotes;
    private final Background background;
    private final StatusLine status;
    private long generation;
    private boolean hasMore;
    private boolean loadingMore;

    public NoteListModel(Notes journalNotes, Background background, Navigation navigation, JournalEvents events,
                         StatusLine status) {
        this.journalNotes = journalNotes;
        this.background = background;
        this.status = status;
        filter.addListener((observable, old, now) -> load());
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.screen() == Place.Screen.NOTES) {
                filter.set(place.filter());
            }
        });
        events.listen(this::changed);
    }

    // commands

    /**
     * Loads the list anew (as many notes as it showed, so a scrolled list keeps its place); only the
     * newest of overlapping loads is shown.
     */
    public void load() {
        long mine = ++generation;
        NoteFilter current = filter.get();
        int shown = Math.max(PAGE, notes.size());
        loadingMore = false;
        background.read(() -> journalNotes.list(current, shown))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        hasMore = loaded.size() == shown;
                        if (!notes.equals(loaded)) {
                            change(() -> notes.setAll(loaded));
                        }
                    }
                })
                .onError(failure -> status.failed("action.load", failure));
    }

    /** Loads the next page when the list is scrolled near its end; a load meanwhile wins. */
    public void loadMore() {
        if (!hasMore || loadingMore || notes.isEmpty()) {
            return;
        }
        loadingMore = true;
        long mine = generation;
        NoteFilter current = filter.get();
        NoteSummary last = notes.get(notes.size() - 1);
        background.read(() -> journalNotes.listAfter(current, last, PAGE))
                .onSuccess(page -> {
                    if (mine == generation && loadingMore) {
                        loadingMore = false;
                        hasMore = page.size() == PAGE;
                        change(() -> notes.addAll(page));
                    }
                })
                .onError(failure -> {
                    loadingMore = false;
                    status.failed("action.load", failure);
                });
    }

    /** The filter of the Today row: today's notes. */
    public NoteFilter today() {
        return NoteFilter.on(journalNotes.today());
    }

    private void changed(JournalEvents.Change change) {
        if (change instanceof JournalEvents.NoteSaved saved) {
            saved(saved.change());
        } else if (change instanceof JournalEvents.NotesGone gone) {
            remove(Set.copyOf(gone.ids()));
        } else if (change instanceof JournalEvents.NotesBack || change instanceof JournalEvents.JournalReplaced
                // A deleted goal unlinks its notes: a list filtered by it changes.
                || change instanceof JournalEvents.GoalsChanged && filter.get().goal() != null) {
            load();
        }
    }

    /** The saved note's row moves to where the list's order puts it, or leaves a list it no longer matches. */
    private void saved(NoteChange change) {
        if (!change.changed()) {
            return;
        }
        Note after = change.after();
        int was = indexOf(after.id());
        if (!filter.get().matches(after)) {
            remove(Set.of(after.id()));
            return;
        }
        NoteSummary row = after.summary();
        int at = 0;
        while (at < notes.size() && (at == was || ORDER.compare(notes.get(at), row) < 0)) {
            at++;
        }
        int place = was >= 0 && at > was ? at - 1 : at;
        if (place == was) {
            change(() -> notes.set(was, row));
            return;
        }
        remove(Set.of(after.id()));
        // Past the last loaded page, it shows when that page is loaded.
        if (place < notes.size() || !hasMore) {
            change(() -> notes.add(place, row));
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void remove(Set<UUID> ids) {
        change(() -> notes.removeIf(note -> ids.contains(note.id())));
    }

    /**
     * Edits the list with {@link #isChanging()} true, so a view can tell a selection the edit moved from
     * one the user made.
     */
    private void change(Runnable edit) {
        changing = true;
        try {
            edit.run();
        } finally {
            changing = false;
        }
    }

    /** Whether the list is being edited right now: a selection that changes meanwhile is not the user's. */
    public boolean isChanging() {
        return changing;
    }

    // property accessors

    public ObjectProperty<NoteFilter> filterProperty() {
        return filter;
    }

    public ObservableList<NoteSummary> notes() {
        return notes;
    }

    /** The notes shown, as a list that stays as it is. */
    public List<NoteSummary> shown() {
        return List.copyOf(notes);
    }
}
