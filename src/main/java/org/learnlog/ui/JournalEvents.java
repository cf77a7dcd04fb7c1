package org.learnlog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.learnlog.model.NoteChange;

/**
 * What changed in the journal, told on the FX thread to the screens that show it, so each updates the
 * row, count or list that changed instead of reloading everything. One per window, made by its wiring.
 */
public final class JournalEvents {
    private final List<Consumer<Change>> listeners = new ArrayList<>();

    /** Something that changed. */
    public sealed interface Change permits NoteSaved, NotesGone, NotesBack, GoalsChanged, AidsChanged, JournalReplaced {
    }

    /** A note was saved: the list updates its row, the sidebar its tags, the heatmap its day. */
    public record NoteSaved(NoteChange change) implements Change {
    }

    /** Notes went to the trash. */
    public record NotesGone(List<UUID> ids) implements Change {
    }

    /** Notes came back: from the trash, or a delete undone. */
    public record NotesBack(List<UUID> ids) implements Change {
    }

    /** A goal was made, changed or deleted, or a check-in or a review was recorded. */
    public record GoalsChanged() implements Change {
    }

    /** An aid was saved or deleted. */
    public record AidsChanged() implements Change {
    }

    /** Much changed at once, as an import or a command handed over from a terminal does: everything loads again. */
    public record JournalReplaced() implements Change {
    }

    public void publish(Change change) {
        for (Consumer<Change> listener : List.copyOf(listeners)) {
            listener.accept(change);
        }
    }

    public void listen(Consumer<Change> listener) {
        listeners.add(listener);
    }
}
